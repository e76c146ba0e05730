package io.datamesh.core;

import io.datamesh.api.ProductUrn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/** One product's transform, policy, trigger state and run history. Guarded by the refresher's lock. */
final class RefreshSlot {
  static final int HISTORY = 100;

  final ProductUrn urn;
  final Transform transform;
  final RefreshPolicy policy;
  /** At most one run per product at a time, manual or triggered. */
  final ReentrantLock runLock = new ReentrantLock();
  private final Deque<RunResult> history;
  ClockScheduler.@Nullable Handle debounce;
  ClockScheduler.@Nullable Handle schedule;
  ClockScheduler.@Nullable Handle retry;
  @Nullable Due due;
  boolean running;
  volatile @Nullable RunContext current;

  record Due(RunTrigger trigger, int attempt) {}

  RefreshSlot(ProductUrn urn, Transform transform, RefreshPolicy policy, @Nullable RefreshSlot previous) {
    this.urn = urn;
    this.transform = transform;
    this.policy = policy;
    this.history = previous == null ? new ArrayDeque<>() : new ArrayDeque<>(previous.history());
  }

  boolean busy() {
    return due != null || running || debounce != null || retry != null || runLock.isLocked();
  }

  void record(RunResult result) {
    synchronized (history) {
      if (history.size() == HISTORY) {
        history.removeFirst();
      }
      history.addLast(result);
    }
  }

  List<RunResult> history() {
    synchronized (history) {
      return List.copyOf(history);
    }
  }

  void cancelHandles() {
    for (ClockScheduler.Handle h : new ClockScheduler.Handle[] {debounce, schedule, retry}) {
      if (h != null) {
        h.cancel();
      }
    }
    debounce = null;
    schedule = null;
    retry = null;
  }

  void cancelRun() {
    RunContext ctx = current;
    if (ctx != null) {
      ctx.cancel();
    }
  }
}
