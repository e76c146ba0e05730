package io.datamesh.arrow.quality;

import org.apache.arrow.vector.FieldVector;

/**
 * A custom row-level rule in Java, the SPI behind {@link Condition#predicate}. It reads one row of the column
 * vector; prefer reading buffers or typed getters over {@code getObject} on hot paths.
 *
 * <pre>{@code
 * RowPredicate even = (v, row) -> v.isNull(row) || ((IntVector) v).get(row) % 2 == 0;
 * }</pre>
 */
@FunctionalInterface
public interface RowPredicate {
  /**
   * Tells whether a row meets the rule.
   *
   * @param column the column vector of the current batch
   * @param row the row index within the batch
   * @return true if the row is fine, false if it violates the rule
   */
  boolean test(FieldVector column, int row);
}
