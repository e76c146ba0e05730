package io.datamesh.core.emit;

import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MetadataEmitter;
import io.datamesh.core.lineage.LineageEvent;
import io.datamesh.core.lineage.LineageMapper;
import io.datamesh.core.observe.MeshMetrics;
import io.datamesh.core.observe.MetricsSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An emitter that maps each mesh event to OpenLineage 2-0-2 events and hands them to its transports in order. It
 * never throws at the mesh: a failure of the mapping or of a transport is logged with its exception and counted in
 * {@link #failures()}. A mesh binds it to its {@link MeshMetrics}, and it hands them every transport that measures
 * itself (an {@link HttpTransport}: queue and outbox depth, spills, retries, drops).
 *
 * <pre>{@code
 * Mesh mesh = Mesh.builder()
 *     .addEmitterFactory(m -> OpenLineageEmitter.builder()
 *         .setMapper(LineageMapper.builder().setProducts(m::product).build())
 *         .addTransport(HttpTransport.builder(URI.create("http://localhost:5000"), Path.of("outbox")).build())
 *         .build())
 *     .build();
 * }</pre>
 */
public final class OpenLineageEmitter implements MetadataEmitter, MetricsSource {
  private static final Logger LOG = LoggerFactory.getLogger(OpenLineageEmitter.class);

  private final LineageMapper mapper;
  private final List<LineageTransport> transports;
  private final Duration flushTimeout;
  private final AtomicLong failures = new AtomicLong();

  OpenLineageEmitter(OpenLineageEmitterBuilder b) {
    this.mapper = b.mapper;
    this.transports = List.copyOf(b.transports);
    this.flushTimeout = b.flushTimeout;
  }

  /**
   * Starts configuring an emitter.
   *
   * @return a builder
   */
  public static OpenLineageEmitterBuilder builder() {
    return new OpenLineageEmitterBuilder();
  }

  @Override
  public void emit(MeshEvent event) {
    List<LineageEvent> events;
    try {
      events = mapper.map(event);
    } catch (RuntimeException e) {
      failures.incrementAndGet();
      LOG.error("cannot map {} of {} to OpenLineage; no lineage is sent for it", event.type(), event.product(), e);
      return;
    }
    for (LineageTransport t : transports) {
      for (LineageEvent e : events) {
        try {
          t.send(e);
        } catch (RuntimeException ex) {
          failures.incrementAndGet();
          LOG.error("transport {} failed on {}; the event is lost for this transport only", t, e, ex);
        }
      }
    }
  }

  /** Waits up to the flush timeout for every transport to deliver what it holds. */
  @Override
  public void flush() {
    for (LineageTransport t : transports) {
      try {
        if (!t.flush(flushTimeout)) {
          LOG.warn("transport {} still holds events after {}; they stay queued or in its outbox", t, flushTimeout);
        }
      } catch (RuntimeException e) {
        failures.incrementAndGet();
        LOG.error("transport {} failed to flush", t, e);
      }
    }
  }

  /** Closes every transport; each delivers what it can within its own close timeout. */
  @Override
  public void close() {
    for (LineageTransport t : transports) {
      try {
        t.close();
      } catch (RuntimeException e) {
        failures.incrementAndGet();
        LOG.error("transport {} failed to close", t, e);
      }
    }
  }

  /**
   * Binds every transport that measures itself to the metrics; the mesh calls this when the emitter is added to it.
   *
   * @param metrics where the transports report
   */
  @Override
  public void bindTo(MeshMetrics metrics) {
    for (LineageTransport t : transports) {
      if (t instanceof MetricsSource source) {
        source.bindTo(metrics);
      }
    }
  }

  /**
   * Returns how many mappings, sends, flushes and closes failed with an exception since the emitter was built.
   *
   * @return the failure count
   */
  public long failures() {
    return failures.get();
  }

  @Override
  public String toString() {
    return "OpenLineageEmitter" + transports;
  }
}
