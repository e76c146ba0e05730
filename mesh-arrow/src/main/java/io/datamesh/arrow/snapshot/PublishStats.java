package io.datamesh.arrow.snapshot;

import io.datamesh.arrow.Coercion;
import java.util.List;

/**
 * Counts what one publish pass did.
 *
 * @param rows the rows in the snapshot
 * @param batches the non-empty batches in the snapshot
 * @param copiedBytes the bytes copied because the source lived under another root allocator (0 when every batch
 *     was handed over)
 * @param coercions the coercions applied, one per column and kind
 * @param droppedColumns incoming columns left out because the contract does not declare them
 */
public record PublishStats(long rows, int batches, long copiedBytes, List<Coercion> coercions,
    List<String> droppedColumns) {
  /**
   * Copies the lists.
   *
   * @param rows see the record component
   * @param batches see the record component
   * @param copiedBytes see the record component
   * @param coercions see the record component
   * @param droppedColumns see the record component
   */
  public PublishStats {
    coercions = List.copyOf(coercions);
    droppedColumns = List.copyOf(droppedColumns);
  }
}
