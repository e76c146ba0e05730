package io.datamesh.arrow.quality;

import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.arrow.vector.FieldVector;

/** Violated when any part is violated; every part reads the same column. */
final class AnyOfKernel extends Kernel {
  private final List<Kernel> parts;

  AnyOfKernel(List<Condition> parts) {
    super(first(parts));
    this.parts = parts.stream().map(p -> (Kernel) p).toList();
    for (Condition p : parts) {
      if (!p.column().equals(column())) {
        throw new IllegalArgumentException("anyOf needs conditions on one column, got '" + column() + "' and '"
            + p.column() + "'");
      }
    }
  }

  private static String first(List<Condition> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("anyOf needs at least one condition");
    }
    return parts.get(0).column();
  }

  @Override
  public String description() {
    return parts.stream().map(Condition::description).collect(Collectors.joining(" and "));
  }

  @Override
  void evaluate(FieldVector v, int rows, BitSet out) {
    for (Kernel k : parts) {
      k.evaluate(v, rows, out);
    }
  }
}
