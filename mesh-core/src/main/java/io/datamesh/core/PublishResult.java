package io.datamesh.core;

import io.datamesh.api.PortAddress;
import io.datamesh.arrow.Coercion;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a publish did: the snapshot it made current and what it cost.
 *
 * <pre>{@code
 * PublishResult r = mesh.publish(port, reader);
 * log.info("snapshot {} of {}: {} rows, {} bytes copied", r.snapshotId(), r.port(), r.rows(), r.copiedBytes());
 * }</pre>
 *
 * @param port the output port
 * @param snapshotId the id of the new current snapshot
 * @param previousSnapshotId the snapshot it replaced, if any
 * @param rows the rows in the snapshot (the published rows: quarantined rows are not counted)
 * @param batches the non-empty batches in the snapshot
 * @param sizeBytes the Arrow memory the snapshot holds
 * @param copiedBytes the bytes copied because the data lived under another root allocator; 0 when handed over
 * @param coercions the conversions applied to make the data match the contract
 * @param droppedColumns the incoming columns left out because the contract does not declare them
 * @param quarantinedRows the rows that broke a blocking row-level quality rule and went to the port's quarantine
 *     snapshot instead (see {@link MeshBuilder#setQuarantine(PortAddress, io.datamesh.core.quality.QuarantineMode)});
 *     0 when the port does not quarantine
 */
public record PublishResult(PortAddress port, long snapshotId, OptionalLong previousSnapshotId, long rows,
    int batches, long sizeBytes, long copiedBytes, List<Coercion> coercions, List<String> droppedColumns,
    long quarantinedRows) {
  /**
   * Checks and copies the parts.
   *
   * @param port see the record component
   * @param snapshotId see the record component
   * @param previousSnapshotId see the record component
   * @param rows see the record component
   * @param batches see the record component
   * @param sizeBytes see the record component
   * @param copiedBytes see the record component
   * @param coercions see the record component
   * @param droppedColumns see the record component
   * @param quarantinedRows see the record component
   */
  public PublishResult {
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(previousSnapshotId, "previousSnapshotId");
    coercions = List.copyOf(coercions);
    droppedColumns = List.copyOf(droppedColumns);
  }
}
