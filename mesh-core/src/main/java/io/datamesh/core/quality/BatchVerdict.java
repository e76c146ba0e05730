package io.datamesh.core.quality;

import io.datamesh.arrow.quality.BatchViolations;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The row verdicts of one batch: which rows broke a blocking row-level rule (the rows to quarantine) and, for any
 * row, which row-level checks it broke.
 *
 * <pre>{@code
 * BatchVerdict verdict = pass.accept(batch);
 * if (verdict.badRowCount() > 0) {
 *   try (QuarantineSplit split = verdict.split(batch, allocator)) { ... }
 * }
 * }</pre>
 */
public final class BatchVerdict {
  private final BatchViolations violations;
  private final BitSet bad;
  private final List<CheckSpec> rowChecks;

  BatchVerdict(BatchViolations violations, BitSet bad, List<CheckSpec> rowChecks) {
    this.violations = violations;
    this.bad = bad;
    this.rowChecks = rowChecks;
  }

  /**
   * Returns the index, in the whole stream, of this batch's first row.
   *
   * @return the index, from 0
   */
  public long firstRow() {
    return violations.firstRow();
  }

  /**
   * Returns the number of rows of the batch.
   *
   * @return the row count
   */
  public int rowCount() {
    return violations.rowCount();
  }

  /**
   * Returns the number of rows that broke a blocking row-level rule.
   *
   * @return the count
   */
  public int badRowCount() {
    return bad.cardinality();
  }

  /**
   * Tells whether a row broke a blocking row-level rule.
   *
   * @param row the row index within the batch
   * @return true if it is bad
   */
  public boolean isBad(int row) {
    return bad.get(row);
  }

  /**
   * Returns the bad rows.
   *
   * @return a new bit set of row indexes within the batch
   */
  public BitSet badRows() {
    return (BitSet) bad.clone();
  }

  /**
   * Returns the ids of the row-level checks a row broke, blocking or not.
   *
   * @param row the row index within the batch
   * @return the check ids, in report order; empty for a clean row
   */
  public List<String> brokenChecks(int row) {
    List<String> out = new ArrayList<>();
    for (CheckSpec c : rowChecks) {
      if (violations.violated(c.sourceId(), row)) {
        out.add(c.id());
      }
    }
    return out;
  }

  /**
   * Splits the batch into the rows to publish and the rows to quarantine, in the caller's allocator.
   *
   * @param batch the batch this verdict was computed for; left untouched
   * @param allocator where the two new batches live
   * @return the split; close it
   * @throws IllegalArgumentException if the batch's row count differs from the verdict's
   */
  public QuarantineSplit split(VectorSchemaRoot batch, BufferAllocator allocator) {
    return split(batch, allocator, allocator);
  }

  /**
   * Splits the batch into the rows to publish, in one allocator, and the rows to quarantine, in another (such as
   * the allocators of the snapshot draft and of the quarantine draft).
   *
   * @param batch the batch this verdict was computed for; left untouched
   * @param goodAllocator where the good rows live
   * @param badAllocator where the bad rows live
   * @return the split; close it
   * @throws IllegalArgumentException if the batch's row count differs from the verdict's
   */
  public QuarantineSplit split(VectorSchemaRoot batch, BufferAllocator goodAllocator,
      BufferAllocator badAllocator) {
    Objects.requireNonNull(goodAllocator, "goodAllocator");
    Objects.requireNonNull(badAllocator, "badAllocator");
    if (batch.getRowCount() != rowCount()) {
      throw new IllegalArgumentException("the batch has " + batch.getRowCount() + " rows but this verdict is for "
          + rowCount() + ": split the batch the verdict was computed for");
    }
    return QuarantineSplit.of(batch, bad, this::brokenChecks, goodAllocator, badAllocator);
  }
}
