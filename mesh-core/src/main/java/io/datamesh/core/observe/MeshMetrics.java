package io.datamesh.core.observe;

import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import java.util.function.LongSupplier;

/**
 * Receives the mesh's measurements as they happen; bind it to a metrics library (the {@code mesh-micrometer} module
 * binds Micrometer). Every method has a do-nothing default, so an implementation overrides what it records. The mesh
 * calls it on its own threads and on callers' threads, so implementations are thread-safe and quick; an exception
 * thrown from one is logged and ignored.
 *
 * <pre>{@code
 * Mesh mesh = Mesh.builder().setMetrics(MicrometerMeshMetrics.create(registry)).build();
 * }</pre>
 */
public interface MeshMetrics {
  /**
   * Returns metrics that record nothing, the mesh's default.
   *
   * @return the no-op metrics
   */
  static MeshMetrics noop() {
    return NoopMeshMetrics.INSTANCE;
  }

  /**
   * Records a snapshot that became current.
   *
   * @param port the output port
   * @param rows the snapshot's rows
   * @param bytes the snapshot's size in bytes, 0 when not measured (transform outputs)
   */
  default void published(PortAddress port, long rows, long bytes) {}

  /**
   * Records a publish that was rejected or failed.
   *
   * @param port the output port
   * @param status why: {@code QUALITY_GATE_FAILED} when the quality gate rejected it
   */
  default void publishFailed(PortAddress port, MeshStatus status) {}

  /**
   * Counts rows a publish kept in the port's quarantine instead of publishing them.
   *
   * @param port the output port
   * @param rows the quarantined rows of one publish (zero when none)
   */
  default void quarantined(PortAddress port, long rows) {}

  /**
   * Records a reader handed out.
   *
   * @param port the output port read
   */
  default void read(PortAddress port) {}

  /**
   * Records a lookup in the cache of enforced (masked or row-filtered) reads, keyed on the snapshot and the
   * enforcement plan's fingerprint.
   *
   * @param port the output port read
   * @param hit true if the read shared a cached result, false if it computed one
   */
  default void readCache(PortAddress port, boolean hit) {}

  /**
   * Records an emitter that threw on an event.
   *
   * @param emitter the emitter's class name
   */
  default void emitterFailed(String emitter) {}

  /**
   * Records the state of one SLA property at every check of the SLO monitor.
   *
   * @param port the output port
   * @param sla the property name as the contract writes it
   * @param state the state
   */
  default void sloState(PortAddress port, String sla, SloState state) {}

  /**
   * Hands over a gauge of the Arrow memory the mesh holds, once, while the mesh is built.
   *
   * @param allocatedBytes reads the bytes currently allocated under the mesh's root allocator
   */
  default void allocatorBytes(LongSupplier allocatedBytes) {}

  /**
   * Hands over a gauge of the events a lineage transport holds in memory, once, when the mesh takes an emitter
   * that reports it (such as an {@code OpenLineageEmitter} with an {@code HttpTransport}).
   *
   * @param transport names the transport, such as the endpoint URL of an HTTP transport
   * @param queued reads the events waiting in memory, including a batch being sent
   */
  default void emitterQueued(String transport, LongSupplier queued) {}

  /**
   * Hands over a gauge of the events a lineage transport keeps in its outbox on disk, once, like
   * {@link #emitterQueued}.
   *
   * @param transport names the transport
   * @param outboxed reads the events waiting in the outbox
   */
  default void emitterOutboxed(String transport, LongSupplier outboxed) {}

  /**
   * Hands over a monotonic count of the events a lineage transport wrote to its outbox because its queue was full
   * or its endpoint was down, once, like {@link #emitterQueued}.
   *
   * @param transport names the transport
   * @param spilled reads the count since the transport was built
   */
  default void emitterSpilled(String transport, LongSupplier spilled) {}

  /**
   * Hands over a monotonic count of the requests a lineage transport retried after a timeout, a connection failure
   * or a 5xx answer, once, like {@link #emitterQueued}.
   *
   * @param transport names the transport
   * @param retries reads the count since the transport was built
   */
  default void emitterRetries(String transport, LongSupplier retries) {}

  /**
   * Hands over a monotonic count of the events a lineage transport lost because its outbox was full or could not
   * be written, once, like {@link #emitterQueued}. Any increase means lineage is missing from the catalog.
   *
   * @param transport names the transport
   * @param dropped reads the count since the transport was built
   */
  default void emitterDropped(String transport, LongSupplier dropped) {}
}
