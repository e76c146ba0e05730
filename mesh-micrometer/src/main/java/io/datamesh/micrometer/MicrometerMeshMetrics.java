package io.datamesh.micrometer;

import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import io.datamesh.core.observe.MeshMetrics;
import io.datamesh.core.observe.SloState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Records a mesh's measurements in a Micrometer registry:
 *
 * <ul>
 *   <li>{@code mesh.publishes}, {@code mesh.publish.rows}, {@code mesh.publish.bytes} (counters, tag {@code port});
 *   <li>{@code mesh.publish.failures} (counter, tags {@code port} and {@code status}: {@code QUALITY_GATE_FAILED}
 *       for a quality gate rejection);
 *   <li>{@code mesh.reads} (counter, tag {@code port}); {@code mesh.emitter.failures} (counter, tag
 *       {@code emitter});
 *   <li>{@code mesh.read.cache} (counter, tags {@code port} and {@code result}: {@code hit} or {@code miss}, for
 *       masked or row-filtered reads served from the enforced-read cache);
 *   <li>{@code mesh.slo.state} (gauge, tags {@code port} and {@code sla}: 0 MET, 1 AT_RISK, 2 BREACHED);
 *   <li>{@code mesh.allocator.bytes} (gauge: the Arrow memory the mesh holds);
 *   <li>{@code mesh.emitter.queued} and {@code mesh.emitter.outboxed} (gauges: events a lineage transport holds in
 *       memory and on disk), {@code mesh.emitter.spilled}, {@code mesh.emitter.retries} and
 *       {@code mesh.emitter.dropped} (counters), all with tag {@code transport} (the endpoint URL).
 * </ul>
 *
 * <pre>{@code
 * Mesh mesh = Mesh.builder().setMetrics(MicrometerMeshMetrics.create(registry, Tags.of("mesh", "sales"))).build();
 * }</pre>
 */
public final class MicrometerMeshMetrics implements MeshMetrics {
  private final MeterRegistry registry;
  private final Tags tags;
  private final Map<List<String>, AtomicInteger> sloStates = new ConcurrentHashMap<>();
  /** Function counters keep their source weakly: these keep the transports' suppliers alive. */
  private final List<LongSupplier> emitterSources = new CopyOnWriteArrayList<>();

  private MicrometerMeshMetrics(MeterRegistry registry, Tags tags) {
    this.registry = registry;
    this.tags = tags;
  }

  /**
   * Binds to a registry.
   *
   * @param registry where the meters live
   * @return the metrics, for {@code MeshBuilder.setMetrics}
   */
  public static MicrometerMeshMetrics create(MeterRegistry registry) {
    return create(registry, Tags.empty());
  }

  /**
   * Binds to a registry, adding tags to every meter; give each mesh that shares a registry its own tag.
   *
   * @param registry where the meters live
   * @param tags added to every meter, such as {@code Tags.of("mesh", "sales")}
   * @return the metrics, for {@code MeshBuilder.setMetrics}
   */
  public static MicrometerMeshMetrics create(MeterRegistry registry, Iterable<Tag> tags) {
    return new MicrometerMeshMetrics(Objects.requireNonNull(registry, "registry"),
        Tags.of(Objects.requireNonNull(tags, "tags")));
  }

  @Override
  public void published(PortAddress port, long rows, long bytes) {
    counter("mesh.publishes", "snapshots made current", port).increment();
    counter("mesh.publish.rows", "rows in snapshots made current", port).increment(rows);
    counter("mesh.publish.bytes", "bytes of snapshots made current", port).increment(bytes);
  }

  @Override
  public void quarantined(PortAddress port, long rows) {
    counter("mesh.quarantined.rows", "rows kept in a quarantine instead of published", port).increment(rows);
  }

  @Override
  public void publishFailed(PortAddress port, MeshStatus status) {
    Counter.builder("mesh.publish.failures").description("publishes rejected or failed")
        .tags(tags).tag("port", port.toString()).tag("status", status.name()).register(registry).increment();
  }

  @Override
  public void read(PortAddress port) {
    counter("mesh.reads", "readers handed out", port).increment();
  }

  @Override
  public void readCache(PortAddress port, boolean hit) {
    Counter.builder("mesh.read.cache").description("enforced reads served from (hit) or added to (miss) the cache")
        .tags(tags).tag("port", port.toString()).tag("result", hit ? "hit" : "miss").register(registry).increment();
  }

  @Override
  public void emitterFailed(String emitter) {
    Counter.builder("mesh.emitter.failures").description("events an emitter threw on")
        .tags(tags).tag("emitter", emitter).register(registry).increment();
  }

  @Override
  public void sloState(PortAddress port, String sla, SloState state) {
    int code = switch (state) {
      case MET -> 0;
      case AT_RISK -> 1;
      case BREACHED -> 2;
    };
    // a new gauge starts at the state it reports: a scrape never sees it MET before the value is set
    sloStates.computeIfAbsent(List.of(port.toString(), sla), k -> gauge(port, sla, code)).set(code);
  }

  @Override
  public void allocatorBytes(LongSupplier allocatedBytes) {
    Gauge.builder("mesh.allocator.bytes", allocatedBytes, s -> (double) s.getAsLong())
        .description("Arrow memory the mesh holds").baseUnit("bytes").tags(tags).strongReference(true)
        .register(registry);
  }

  @Override
  public void emitterQueued(String transport, LongSupplier queued) {
    emitterGauge("mesh.emitter.queued", "lineage events waiting in memory", transport, queued);
  }

  @Override
  public void emitterOutboxed(String transport, LongSupplier outboxed) {
    emitterGauge("mesh.emitter.outboxed", "lineage events waiting in the outbox on disk", transport, outboxed);
  }

  @Override
  public void emitterSpilled(String transport, LongSupplier spilled) {
    emitterCounter("mesh.emitter.spilled", "lineage events written to the outbox", transport, spilled);
  }

  @Override
  public void emitterRetries(String transport, LongSupplier retries) {
    emitterCounter("mesh.emitter.retries", "lineage requests retried", transport, retries);
  }

  @Override
  public void emitterDropped(String transport, LongSupplier dropped) {
    emitterCounter("mesh.emitter.dropped", "lineage events lost because the outbox was full", transport, dropped);
  }

  private void emitterGauge(String name, String description, String transport, LongSupplier value) {
    Gauge.builder(name, value, s -> (double) s.getAsLong()).description(description).baseUnit("events")
        .tags(tags).tag("transport", transport).strongReference(true).register(registry);
  }

  private void emitterCounter(String name, String description, String transport, LongSupplier value) {
    emitterSources.add(value);
    FunctionCounter.builder(name, value, s -> (double) s.getAsLong()).description(description).baseUnit("events")
        .tags(tags).tag("transport", transport).register(registry);
  }

  private Counter counter(String name, String description, PortAddress port) {
    return Counter.builder(name).description(description).tags(tags).tag("port", port.toString())
        .register(registry);
  }

  private AtomicInteger gauge(PortAddress port, String sla, int initial) {
    AtomicInteger value = new AtomicInteger(initial);
    Gauge.builder("mesh.slo.state", value, AtomicInteger::get)
        .description("0 MET, 1 AT_RISK, 2 BREACHED at the last check").tags(tags).tag("port", port.toString())
        .tag("sla", sla).strongReference(true).register(registry);
    return value;
  }
}
