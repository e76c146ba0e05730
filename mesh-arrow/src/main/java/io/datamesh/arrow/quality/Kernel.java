package io.datamesh.arrow.quality;

import java.util.BitSet;
import java.util.Objects;
import org.apache.arrow.vector.FieldVector;

/** The base of every built-in condition: marks the rows of a batch that violate it. */
abstract non-sealed class Kernel implements Condition {
  private final String column;

  Kernel(String column) {
    this.column = Objects.requireNonNull(column, "column");
    if (column.isBlank()) {
      throw new IllegalArgumentException("a condition needs a column name, got '" + column + "'");
    }
  }

  @Override
  public final String column() {
    return column;
  }

  /**
   * Sets the bit of every violating row in {@code out}; bits already set stay set.
   *
   * @throws IllegalArgumentException if the condition does not apply to the vector's type
   */
  abstract void evaluate(FieldVector v, int rows, BitSet out);

  /**
   * Tells whether the condition holds only where every struct enclosing a nested column is present, so that rows
   * where one is null never violate it ({@code required} on a nested property).
   */
  boolean withinParent() {
    return false;
  }

  final IllegalArgumentException unsupported(FieldVector v) {
    return new IllegalArgumentException("'" + description() + "' does not apply to column '" + v.getName()
        + "' of type " + Columns.describe(v) + ": remove the option from the contract or change the column type");
  }

  @Override
  public final String toString() {
    return column + " " + description();
  }
}
