package io.datamesh.arrow.quality;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The rows of one batch that violate each row rule (condition or key) of a plan; rows are indexed within the
 * batch, and {@link #firstRow()} places the batch in the whole stream.
 *
 * <pre>{@code
 * BitSet bad = violations.union(List.of("id_required", "id_unique"));
 * }</pre>
 */
public final class BatchViolations {
  private static final BitSet NONE = new BitSet();

  private final long firstRow;
  private final int rowCount;
  private final Map<String, BitSet> rows;

  BatchViolations(long firstRow, int rowCount, Map<String, BitSet> rows) {
    this.firstRow = firstRow;
    this.rowCount = rowCount;
    this.rows = rows;
  }

  /**
   * Returns the index, in the whole stream, of this batch's first row.
   *
   * @return the index, from 0
   */
  public long firstRow() {
    return firstRow;
  }

  /**
   * Returns the number of rows of the batch.
   *
   * @return the row count
   */
  public int rowCount() {
    return rowCount;
  }

  /**
   * Returns the ids evaluated on this batch (a rule that errored is left out).
   *
   * @return the ids
   */
  public List<String> ids() {
    return List.copyOf(rows.keySet());
  }

  /**
   * Tells whether a row violates a rule.
   *
   * @param id the rule id
   * @param row the row index within the batch
   * @return true if it does
   */
  public boolean violated(String id, int row) {
    return rows.getOrDefault(id, NONE).get(row);
  }

  /**
   * Counts the rows that violate a rule.
   *
   * @param id the rule id
   * @return the count
   */
  public int count(String id) {
    return rows.getOrDefault(id, NONE).cardinality();
  }

  /**
   * Finds the next row that violates a rule.
   *
   * @param id the rule id
   * @param from the first row to look at
   * @return the row index, or -1 if there is none
   */
  public int nextViolation(String id, int from) {
    return rows.getOrDefault(id, NONE).nextSetBit(from);
  }

  /**
   * Returns the rows that violate any of the given rules.
   *
   * @param ids the rule ids
   * @return a new bit set of row indexes
   */
  public BitSet union(Collection<String> ids) {
    BitSet out = new BitSet(rowCount);
    for (String id : ids) {
      BitSet b = rows.get(id);
      if (b != null) {
        out.or(b);
      }
    }
    return out;
  }
}
