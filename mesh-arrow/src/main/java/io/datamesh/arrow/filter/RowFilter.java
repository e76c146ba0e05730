package io.datamesh.arrow.filter;

import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Selects the rows of a batch that pass a predicate, a whole batch at a time.
 *
 * <pre>{@code
 * int[] selection = new int[batch.getRowCount()];
 * int n = filter.select(batch, selection); // selection[0..n) are the passing rows, ascending
 * }</pre>
 */
public interface RowFilter {
  /**
   * Returns the columns the filter reads; a batch given to {@link #select} must have them.
   *
   * @return the column names
   */
  List<String> columns();

  /**
   * Writes the indices of the rows that pass, ascending, into {@code selection}.
   *
   * @param batch the batch
   * @param selection an array at least as long as the batch's row count
   * @return how many rows pass
   */
  int select(VectorSchemaRoot batch, int[] selection);
}
