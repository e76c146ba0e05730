package io.datamesh.core;

import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import io.datamesh.core.observe.MeshMetrics;
import io.datamesh.core.observe.SloState;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wraps the user's metrics so that a failing one is logged and never fails a publish, read or check. */
final class SafeMetrics implements MeshMetrics {
  private static final Logger LOG = LoggerFactory.getLogger(SafeMetrics.class);

  private final MeshMetrics delegate;

  SafeMetrics(MeshMetrics delegate) {
    this.delegate = delegate;
  }

  @Override
  public void published(PortAddress port, long rows, long bytes) {
    guard(() -> delegate.published(port, rows, bytes), "published");
  }

  @Override
  public void publishFailed(PortAddress port, MeshStatus status) {
    guard(() -> delegate.publishFailed(port, status), "publishFailed");
  }

  @Override
  public void quarantined(PortAddress port, long rows) {
    guard(() -> delegate.quarantined(port, rows), "quarantined");
  }

  @Override
  public void read(PortAddress port) {
    guard(() -> delegate.read(port), "read");
  }

  @Override
  public void readCache(PortAddress port, boolean hit) {
    guard(() -> delegate.readCache(port, hit), "readCache");
  }

  @Override
  public void emitterFailed(String emitter) {
    guard(() -> delegate.emitterFailed(emitter), "emitterFailed");
  }

  @Override
  public void sloState(PortAddress port, String sla, SloState state) {
    guard(() -> delegate.sloState(port, sla, state), "sloState");
  }

  @Override
  public void allocatorBytes(LongSupplier allocatedBytes) {
    guard(() -> delegate.allocatorBytes(allocatedBytes), "allocatorBytes");
  }

  @Override
  public void emitterQueued(String transport, LongSupplier queued) {
    guard(() -> delegate.emitterQueued(transport, queued), "emitterQueued");
  }

  @Override
  public void emitterOutboxed(String transport, LongSupplier outboxed) {
    guard(() -> delegate.emitterOutboxed(transport, outboxed), "emitterOutboxed");
  }

  @Override
  public void emitterSpilled(String transport, LongSupplier spilled) {
    guard(() -> delegate.emitterSpilled(transport, spilled), "emitterSpilled");
  }

  @Override
  public void emitterRetries(String transport, LongSupplier retries) {
    guard(() -> delegate.emitterRetries(transport, retries), "emitterRetries");
  }

  @Override
  public void emitterDropped(String transport, LongSupplier dropped) {
    guard(() -> delegate.emitterDropped(transport, dropped), "emitterDropped");
  }

  private void guard(Runnable call, String what) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.error("metrics {} failed in {}; the measurement is dropped", delegate.getClass().getName(), what, e);
    }
  }
}
