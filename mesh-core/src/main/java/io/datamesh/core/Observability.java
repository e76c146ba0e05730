package io.datamesh.core;

import io.datamesh.api.PortAddress;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.arrow.snapshot.Snapshot;
import io.datamesh.core.observe.MeshMetrics;
import io.datamesh.core.observe.PortStatus;
import java.time.Clock;
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
  private final PortActivity activity;
  private final DataPlane plane;
  private final SloMonitor monitor;

  Observability(MeshBuilder b, DataPlane plane, Supplier<Registry> registry, Consumer<MeshEvent> events) {
    this.metrics = new SafeMetrics(b.metrics);
    this.activity = new PortActivity(metrics);
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

  PortStatus observe(PortAddress port) {
    plane.port(port); // NOT_FOUND for an unknown port
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
    return new PortStatusRecord(port, id, rows, bytes, activity.lastPublished(port),
        plane.quality.store().latest(port.toString()), plane.quality.store().history(port.toString()),
        activity.lastFailure(port), monitor.states(port));
  }

  @Override
  public void close() {
    monitor.close();
  }
}
