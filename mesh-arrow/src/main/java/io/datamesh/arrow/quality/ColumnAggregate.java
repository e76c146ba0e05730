package io.datamesh.arrow.quality;

import org.apache.arrow.vector.FieldVector;

/**
 * A custom column-level metric in Java: a mergeable state fed every batch of one column, whose value a threshold
 * then checks. One instance per scan; instances of one scan plan merge when scans merge.
 *
 * <pre>{@code
 * final class Zeros implements ColumnAggregate {
 *   long zeros;
 *   public void accept(FieldVector v, int rows) { for (int i = 0; i < rows; i++) if (!v.isNull(i) && ((IntVector) v).get(i) == 0) zeros++; }
 *   public void merge(ColumnAggregate other) { zeros += ((Zeros) other).zeros; }
 *   public double value() { return zeros; }
 * }
 * }</pre>
 */
public interface ColumnAggregate {
  /**
   * Folds one batch of the column into the state.
   *
   * @param column the column vector
   * @param rowCount the number of rows in the batch
   */
  void accept(FieldVector column, int rowCount);

  /**
   * Folds another state of the same kind into this one.
   *
   * @param other a state made by the same factory
   */
  void merge(ColumnAggregate other);

  /**
   * Returns the metric.
   *
   * @return the value
   */
  double value();
}
