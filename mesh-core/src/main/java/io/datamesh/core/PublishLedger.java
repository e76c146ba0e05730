package io.datamesh.core;

import io.datamesh.api.MeshException;
import io.datamesh.api.PortAddress;
import io.datamesh.core.observe.PublishFailure;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each output port's current snapshot became current, and its last failed publish, written by
 * {@link Publishing} under the commit lock in the same step as the snapshot and the quality report they go with.
 * {@link Observability} reads it under that lock too, so a status never shows a snapshot without its publish time,
 * or a report of a snapshot that is not current yet. Every method must be called holding the lock.
 */
final class PublishLedger {
  /**
   * A failed publish, and whether its reason is text the mesh wrote (the quality gate's) rather than a message that
   * came from, or passed through, the publish's source, transform or listener.
   */
  record Failure(PublishFailure failure, boolean meshReason, MeshException cause) {}

  private final Object lock;
  private final Map<PortAddress, Instant> published = new HashMap<>();
  private final Map<PortAddress, Failure> failures = new HashMap<>();

  PublishLedger(Object lock) {
    this.lock = lock;
  }

  void published(PortAddress port, Instant at) {
    assert Thread.holdsLock(lock);
    published.put(port, at);
  }

  /** Records a failure, unless it is the one already recorded (the gate's rejection, recorded with its report). */
  void failed(PortAddress port, Instant at, MeshException e, boolean meshReason) {
    assert Thread.holdsLock(lock);
    Failure last = failures.get(port);
    if (last == null || last.cause() != e) {
      failures.put(port, new Failure(new PublishFailure(at, e.status(), String.valueOf(e.getMessage())), meshReason, e));
    }
  }

  Optional<Instant> published(PortAddress port) {
    assert Thread.holdsLock(lock);
    return Optional.ofNullable(published.get(port));
  }

  Optional<Failure> failure(PortAddress port) {
    assert Thread.holdsLock(lock);
    return Optional.ofNullable(failures.get(port));
  }
}
