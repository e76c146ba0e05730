package io.datamesh.arrow.quality;

import java.util.BitSet;
import java.util.Objects;
import org.apache.arrow.vector.FieldVector;

/** Runs a custom {@link RowPredicate}; an exception from it reaches the scan, which reports it as an error. */
final class PredicateKernel extends Kernel {
  private final String description;
  private final RowPredicate predicate;

  PredicateKernel(String column, String description, RowPredicate predicate) {
    super(column);
    this.description = Objects.requireNonNull(description, "description");
    this.predicate = Objects.requireNonNull(predicate, "predicate");
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  void evaluate(FieldVector v, int rows, BitSet out) {
    for (int i = 0; i < rows; i++) {
      if (!predicate.test(v, i)) {
        out.set(i);
      }
    }
  }
}
