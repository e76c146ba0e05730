package io.datamesh.core;

import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MetadataEmitter;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import io.datamesh.core.observe.MeshMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events to the emitters on the mesh's worker threads, in order per mesh; an emitter's failure is logged and
 * counted, never thrown at the code that caused the event.
 */
final class EventDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  private final List<MetadataEmitter> emitters;
  private final ExecutorService executor;
  private final Queue<MeshEvent> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicLong failures = new AtomicLong();
  private volatile Consumer<MeshEvent> listener = e -> { };
  private volatile MeshMetrics metrics = MeshMetrics.noop();

  EventDispatcher(List<MetadataEmitter> emitters, ExecutorService executor) {
    this.emitters = List.copyOf(emitters);
    this.executor = executor;
  }

  void dispatch(MeshEvent event) {
    hear(event);
    if (emitters.isEmpty()) {
      return;
    }
    queue.add(event);
    if (draining.compareAndSet(false, true)) {
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException e) {
        LOG.debug("mesh is closing: events are delivered on the caller's thread");
        drain();
      }
    }
  }

  /** One drain at a time keeps events in the order they happened. */
  private void drain() {
    do {
      MeshEvent next;
      while ((next = queue.poll()) != null) {
        deliver(next);
      }
      draining.set(false);
    } while (!queue.isEmpty() && draining.compareAndSet(false, true));
  }

  /** Delivers whatever is still queued on the calling thread; used when the mesh closes. */
  void drainNow() {
    if (draining.compareAndSet(false, true)) {
      drain();
    }
  }

  private void deliver(MeshEvent event) {
    for (MetadataEmitter emitter : emitters) {
      try {
        emitter.emit(event);
      } catch (RuntimeException e) {
        failures.incrementAndGet();
        metrics.emitterFailed(emitter.getClass().getName());
        LOG.error("emitter {} failed on {} for {}; the event is dropped for this emitter only",
            emitter.getClass().getName(), event.type(), event.product(), e);
      }
    }
  }

  /**
   * Sets who hears every event synchronously, before the emitters (observability), and who counts failures; binds
   * the emitters that measure themselves to the metrics.
   */
  void observe(Consumer<MeshEvent> listener, MeshMetrics metrics) {
    this.listener = listener;
    this.metrics = metrics;
    for (MetadataEmitter emitter : emitters) {
      if (emitter instanceof io.datamesh.core.observe.MetricsSource source) {
        try {
          source.bindTo(metrics);
        } catch (RuntimeException e) {
          LOG.error("emitter {} failed to bind its metrics; it is not measured", emitter, e);
        }
      }
    }
  }

  private void hear(MeshEvent event) {
    try {
      listener.accept(event);
    } catch (RuntimeException e) {
      LOG.error("observing {} for {} failed", event.type(), event.product(), e);
    }
  }

  long failures() {
    return failures.get();
  }

  @Override
  public void close() {
    for (MetadataEmitter emitter : emitters) {
      try {
        emitter.close();
      } catch (RuntimeException e) {
        LOG.error("emitter {} failed to close", emitter.getClass().getName(), e);
      }
    }
  }
}
