package io.datamesh.testkit;

import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.event.MetadataEmitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Keeps every event a mesh emits, in order, for assertions. The mesh emits on its own threads, so tests that
 * check events right after an operation use {@link #await(Predicate, Duration)}. Thread-safe.
 *
 * <pre>{@code
 * InMemoryEmitter events = InMemoryEmitter.create();
 * Mesh mesh = Mesh.builder().addEmitter(events).build();
 * mesh.register(product);
 * events.await(e -> e.type() == MeshEventType.PRODUCT_REGISTERED, Duration.ofSeconds(5));
 * }</pre>
 */
public final class InMemoryEmitter implements MetadataEmitter {
  private final List<MeshEvent> events = new ArrayList<>();
  private boolean closed;

  private InMemoryEmitter() {}

  /**
   * Creates an empty emitter.
   *
   * @return the emitter
   */
  public static InMemoryEmitter create() {
    return new InMemoryEmitter();
  }

  @Override
  public void emit(MeshEvent event) {
    synchronized (events) {
      events.add(Objects.requireNonNull(event, "event"));
      events.notifyAll();
    }
  }

  /**
   * Returns every event received so far, oldest first.
   *
   * @return a snapshot of the events
   */
  public List<MeshEvent> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /**
   * Returns the events of one type, oldest first.
   *
   * @param type the event type
   * @return a snapshot of those events
   */
  public List<MeshEvent> events(MeshEventType type) {
    return events().stream().filter(e -> e.type() == type).toList();
  }

  /**
   * Waits until an event matching {@code condition} has arrived.
   *
   * @param condition what to wait for
   * @param timeout how long to wait, in real time
   * @return the first matching event
   * @throws AssertionError if none arrived in time, listing what did arrive
   */
  public MeshEvent await(Predicate<MeshEvent> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (events) {
      while (true) {
        for (MeshEvent e : events) {
          if (condition.test(e)) {
            return e;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("no matching event within " + timeout + "; received " + summary());
        }
        try {
          events.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted while waiting for an event", e);
        }
      }
    }
  }

  private List<String> summary() {
    List<String> s = new ArrayList<>();
    for (MeshEvent e : events) {
      s.add(e.type() + " " + e.port().map(Object::toString).orElse(e.product().toString()));
    }
    return s;
  }

  /** Forgets every event received so far. */
  public void clear() {
    synchronized (events) {
      events.clear();
    }
  }

  /**
   * Tells whether the mesh closed this emitter.
   *
   * @return true after {@link #close()}
   */
  public boolean isClosed() {
    synchronized (events) {
      return closed;
    }
  }

  @Override
  public void close() {
    synchronized (events) {
      closed = true;
    }
  }
}
