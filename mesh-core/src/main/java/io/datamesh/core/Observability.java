package io.datamesh.core;

import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.arrow.snapshot.Snapshot;
import io.datamesh.core.observe.MeshMetrics;
import io.datamesh.core.observe.PortStatus;
import io.datamesh.core.quality.QualityRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The mesh's observability: what each port did (from the events), the SLO monitor on the clock scheduler, and the
 * metrics hooks. {@link DefaultMesh} owns one and delegates {@link Mesh#observe} to it.
 */
final class Observability implements AutoCloseable {
  private final MeshMetrics metrics;
  final PortActivity activity;
  private final DataPlane plane;
  private final SloMonitor monitor;

  Observability(MeshBuilder b, DataPlane plane, Supplier<Registry> registry, Consumer<MeshEvent> events) {
    this.metrics = new SafeMetrics(b.metrics);
    this.activity = new PortActivity(metrics, p -> {
      synchronized (plane.commitLock) {
        return plane.ledger.published(p);
      }
    });
    this.plane = plane;
    this.monitor = new SloMonitor(b.clock, b.sloCheckInterval, registry, activity,
        p -> plane.store.currentId(p.toString()).isPresent(), events, metrics);
    metrics.allocatorBytes(plane.root::getAllocatedMemory);
  }

  /** Hears every event as it is dispatched, on the thread that caused it. */
  void onEvent(MeshEvent event) {
    activity.accept(event);
  }

  MeshMetrics metrics() {
    return metrics;
  }

  void start(ClockScheduler scheduler) {
    monitor.start(scheduler);
  }

  /** Runs the SLO checks now, as the scheduler does. */
  void checkSlos() {
    monitor.check();
  }

  /** Returns an output port's status; NOT_FOUND for a port no registered product has. */
  PortStatus observe(PortAddress port) {
    return observe(plane.port(port));
  }

  /** Returns the status of a port the caller already resolved (no registry lookup). */
  PortStatus observe(OutputPort port) {
    return observe(List.of(port)).get(0).status();
  }

  /**
   * Returns the statuses of ports as of one moment: under the commit lock, which every commit, quality report and
   * failure is recorded under, so no column is newer than another and one multi-port commit shows on every row or
   * on none. Only the store and the mesh's own maps are read there, never user code.
   */
  List<Observed> observe(List<OutputPort> ports) {
    List<Observed> out = new ArrayList<>(ports.size());
    synchronized (plane.commitLock) {
      for (OutputPort p : ports) {
        out.add(observed(p.address()));
      }
    }
    return out;
  }

  private Observed observed(PortAddress port) {
    OptionalLong id = OptionalLong.empty();
    long rows = 0;
    long bytes = 0;
    Optional<Snapshot> current = plane.store.acquire(port.toString());
    if (current.isPresent()) {
      try (Snapshot s = current.get()) {
        id = OptionalLong.of(s.id());
        rows = s.rowCount();
        bytes = s.sizeBytes();
      }
    }
    QualityRecord quality = plane.quality.store().read(port.toString());
    Optional<PublishLedger.Failure> failure = plane.ledger.failure(port);
    return new Observed(new PortStatusRecord(port, id, rows, bytes, plane.ledger.published(port),
        quality.latest(), quality.history(), failure.map(PublishLedger.Failure::failure), monitor.states(port)),
        failure.map(PublishLedger.Failure::meshReason).orElse(false));
  }

  /**
   * A port's status, and whether its last failure's reason is text the mesh wrote (the quality gate's) rather than a
   * message from the publish's own code.
   */
  record Observed(PortStatus status, boolean meshReason) {}

  @Override
  public void close() {
    monitor.close();
  }
}
