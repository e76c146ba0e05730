package io.datamesh.core;

import io.datamesh.api.ProductUrn;
import java.time.Clock;
import java.util.UUID;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * What a {@link Transform} sees during one run. Inputs are pinned to the snapshots that were current when the run
 * started, so a run reads one consistent state however long it takes; it reads them as
 * {@code Principal.ofProduct(urn)}, never as an end consumer.
 *
 * <pre>{@code
 * try (ArrowReader in = ctx.input("orders")) {
 *   while (in.loadNextBatch()) {
 *     ctx.throwIfCancelled();
 *     ...
 *   }
 * }
 * }</pre>
 */
public interface TransformContext {
  /**
   * Returns the product this run belongs to.
   *
   * @return the product URN
   */
  ProductUrn product();

  /**
   * Returns the run id, which metadata events hang on.
   *
   * @return the id
   */
  UUID runId();

  /**
   * Returns what started the run.
   *
   * @return the trigger
   */
  RunTrigger trigger();

  /**
   * Opens one of the product's declared input ports at its pinned snapshot. The caller closes the reader.
   *
   * @param inputPort the input port name
   * @return a reader of the pinned snapshot
   * @throws io.datamesh.api.MeshException {@code INVALID_ARGUMENT} if the product declares no such input port
   */
  ArrowReader input(String inputPort);

  /**
   * Returns the snapshot id the input port is pinned to for this run.
   *
   * @param inputPort the input port name
   * @return the snapshot id
   */
  long inputSnapshotId(String inputPort);

  /**
   * Publishes a new snapshot of one of the product's output ports. It is checked against the port's contract now,
   * and becomes current with the run's other outputs when the run succeeds. The reader is always closed.
   *
   * @param outputPort the output port name
   * @param data the batches; build them in {@link #allocator()} to avoid a copy
   */
  void publish(String outputPort, ArrowReader data);

  /**
   * Publishes one batch as a new snapshot of an output port; like {@link #publish(String, ArrowReader)}. The batch
   * is always closed.
   *
   * @param outputPort the output port name
   * @param batch the rows; build it in {@link #allocator()} to avoid a copy
   */
  void publish(String outputPort, VectorSchemaRoot batch);

  /**
   * Declares that an output column is derived from a column of one of the declared inputs; the run's lineage
   * event carries it as OpenLineage column lineage.
   *
   * <p>{@code ctx.declareLineage("daily_revenue", "revenue", "orders", "amount");}
   *
   * @param outputPort the output port name
   * @param outputColumn the output column
   * @param inputPort the declared input port name
   * @param inputColumn the input column it is derived from
   */
  void declareLineage(String outputPort, String outputColumn, String inputPort, String inputColumn);

  /**
   * Returns an allocator for the batches this run builds; the mesh closes it after the run.
   *
   * @return the run's allocator
   */
  BufferAllocator allocator();

  /**
   * Returns the mesh clock.
   *
   * @return the clock
   */
  Clock clock();

  /**
   * Returns the run's log; lines go to SLF4J with the run's context and into the {@link RunResult}.
   *
   * @return the log
   */
  RunLog log();

  /**
   * Tells whether the run was cancelled (the mesh is closing, or the run was superseded).
   *
   * @return true once cancelled
   */
  boolean isCancelled();

  /**
   * Throws if the run was cancelled; call it between batches.
   *
   * @throws io.datamesh.api.MeshException {@code CANCELLED}
   */
  void throwIfCancelled();
}
