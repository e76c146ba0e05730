package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.InputPort;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when transforms run: manual refreshes, debounced upstream publishes, interval and cron schedules on the
 * mesh clock, and retries. Triggered runs start in topological order: a product waits while any product upstream
 * of it is due, debouncing or running, so a chain refreshes in order and a diamond runs its sink once.
 */
final class Refresher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Refresher.class);

  private final Supplier<Registry> registry;
  private final ClockScheduler scheduler;
  private final Executor workers;
  private final Clock clock;
  private final RunExecutor executor;
  private final Object lock = new Object();
  private final Map<ProductUrn, RefreshSlot> slots = new HashMap<>();
  private boolean closed;

  Refresher(Supplier<Registry> registry, RunExecutor executor, ClockScheduler scheduler, Executor workers,
      Clock clock) {
    this.registry = registry;
    this.executor = executor;
    this.scheduler = scheduler;
    this.workers = workers;
    this.clock = clock;
  }

  void setTransform(ProductUrn urn, Transform transform, RefreshPolicy policy) {
    if (registry.get().get(urn).isEmpty()) {
      throw new MeshException(MeshStatus.NOT_FOUND, "product " + urn + " is not registered; register it before"
          + " setting its transform");
    }
    synchronized (lock) {
      ensureOpen();
      RefreshSlot old = slots.get(urn);
      if (old != null) {
        old.cancelHandles();
      }
      RefreshSlot slot = new RefreshSlot(urn, transform, policy, old);
      slots.put(urn, slot);
      scheduleNext(slot);
    }
  }

  RunResult refresh(ProductUrn urn) {
    RefreshSlot slot;
    synchronized (lock) {
      ensureOpen();
      slot = slots.get(urn);
    }
    if (slot == null) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "product " + urn + " has no transform; set one with"
          + " mesh.setTransform(urn, transform, policy)");
    }
    try {
      return executor.run(slot, RunTrigger.MANUAL, 1);
    } finally {
      // A run that came due downstream while this one held the product (its commit's debounce can end before
      // the run does) waits for it; nothing else would dispatch it once this run ends.
      dispatch();
    }
  }

  List<RunResult> history(ProductUrn urn) {
    synchronized (lock) {
      RefreshSlot slot = slots.get(urn);
      return slot == null ? List.of() : slot.history();
    }
  }

  /**
   * Called after any snapshot commit: schedules debounced runs of the products that read those ports, due a
   * debounce after {@code committedAt} (read before the snapshots became visible), not after this call, which can
   * come after a reader saw the snapshot and moved the clock on.
   */
  void onPublished(Collection<PortAddress> ports, Instant committedAt) {
    Set<PortAddress> published = new HashSet<>(ports);
    Registry view = registry.get();
    synchronized (lock) {
      if (closed) {
        return;
      }
      for (RefreshSlot slot : slots.values()) {
        if (slot.policy.onUpstreamPublish().isEmpty() || !readsAny(view, slot.urn, published)) {
          continue;
        }
        if (slot.debounce != null) {
          slot.debounce.cancel();
        }
        Duration debounce = slot.policy.onUpstreamPublish().get();
        slot.debounce = scheduler.schedule(committedAt.plus(debounce), () -> {
          synchronized (lock) {
            slot.debounce = null; // cleared and made due in one step, so the slot never looks idle between
            markDue(slot, RunTrigger.UPSTREAM_PUBLISH, 1);
          }
          dispatch();
        });
      }
    }
  }

  private static boolean readsAny(Registry view, ProductUrn urn, Set<PortAddress> ports) {
    return view.get(urn).map(p -> p.inputPorts().stream()
        .anyMatch(in -> in.upstream().map(ports::contains).orElse(false))).orElse(false);
  }

  private void makeDue(RefreshSlot slot, RunTrigger trigger, int attempt) {
    synchronized (lock) {
      markDue(slot, trigger, attempt);
    }
    dispatch();
  }

  /** Marks a run due; the caller holds the lock. */
  private void markDue(RefreshSlot slot, RunTrigger trigger, int attempt) {
    if (closed || slots.get(slot.urn) != slot) {
      return;
    }
    if (slot.due == null || attempt < slot.due.attempt()) {
      slot.due = new RefreshSlot.Due(trigger, attempt);
    }
  }

  /** Starts every due run whose upstream products are all idle. */
  private void dispatch() {
    synchronized (lock) {
      Registry view = registry.get();
      for (RefreshSlot slot : slots.values()) {
        if (closed || slot.due == null || slot.running || upstreamBusy(view, slot.urn)) {
          continue;
        }
        RefreshSlot.Due due = slot.due;
        slot.due = null;
        slot.running = true;
        try {
          workers.execute(() -> runTriggered(slot, due));
        } catch (RejectedExecutionException e) {
          slot.running = false;
          LOG.debug("mesh is closing: triggered run of {} dropped", slot.urn);
        }
      }
      lock.notifyAll();
    }
  }

  private boolean upstreamBusy(Registry view, ProductUrn urn) {
    Deque<ProductUrn> todo = new ArrayDeque<>(upstreams(view, urn));
    Set<ProductUrn> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      ProductUrn up = todo.pop();
      if (!seen.add(up)) {
        continue;
      }
      RefreshSlot s = slots.get(up);
      if (s != null && s.busy()) {
        return true;
      }
      todo.addAll(upstreams(view, up));
    }
    return false;
  }

  private static Set<ProductUrn> upstreams(Registry view, ProductUrn urn) {
    Set<ProductUrn> ups = new HashSet<>();
    view.get(urn).ifPresent(p -> {
      for (InputPort in : p.inputPorts()) {
        in.upstream().ifPresent(a -> ups.add(a.product()));
      }
    });
    return ups;
  }

  private void runTriggered(RefreshSlot slot, RefreshSlot.Due due) {
    RunResult result = null;
    try {
      result = executor.run(slot, due.trigger(), due.attempt());
    } finally {
      synchronized (lock) {
        slot.running = false;
        if (result != null && result.outcome() == RunOutcome.FAILED && due.attempt() < slot.policy.maxAttempts()
            && !closed) {
          Duration wait = slot.policy.retryBackoff().multipliedBy(1L << Math.min(20, due.attempt() - 1));
          // The backoff counts from the failure, not from this bookkeeping, which can run after the
          // failed run is already visible in the history (and after the clock moved on).
          slot.retry = scheduler.schedule(result.finishedAt().plus(wait), () -> {
            synchronized (lock) {
              slot.retry = null;
              markDue(slot, RunTrigger.RETRY, due.attempt() + 1);
            }
            dispatch();
          });
        }
      }
      dispatch();
    }
  }

  private void scheduleNext(RefreshSlot slot) {
    Instant now = clock.instant();
    Instant next = null;
    if (slot.policy.interval().isPresent()) {
      next = now.plus(slot.policy.interval().get());
    }
    if (slot.policy.cron().isPresent()) {
      Instant c = slot.policy.cron().get().next(now.atZone(ZoneOffset.UTC)).toInstant();
      next = next == null || c.isBefore(next) ? c : next;
    }
    if (next != null) {
      slot.schedule = scheduler.schedule(next, () -> {
        synchronized (lock) {
          if (closed || slots.get(slot.urn) != slot) {
            return;
          }
          scheduleNext(slot);
        }
        makeDue(slot, RunTrigger.SCHEDULED, 1);
      });
    }
  }

  /** Waits until no run is due, debouncing, retrying or running; interval and cron schedules do not count. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (slots.values().stream().anyMatch(RefreshSlot::busy)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, Math.min(left / 1_000_000, 20)));
      }
      return true;
    }
  }

  void forget(ProductUrn urn) {
    synchronized (lock) {
      RefreshSlot slot = slots.remove(urn);
      if (slot != null) {
        slot.cancelHandles();
        slot.cancelRun();
      }
    }
    dispatch(); // a product downstream that waited for this one no longer does
  }

  private void ensureOpen() {
    if (closed) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "the mesh is closed");
    }
  }

  /** Stops triggering and cancels the runs in flight; the mesh then stops its threads. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      for (RefreshSlot slot : slots.values()) {
        slot.cancelHandles();
        slot.due = null;
        slot.cancelRun();
      }
      lock.notifyAll();
    }
  }

  /** Runs one attempt of a product's transform; implemented by the mesh over its data plane. */
  interface RunExecutor {
    RunResult run(RefreshSlot slot, RunTrigger trigger, int attempt);
  }

  static DataProduct productOrThrow(Registry view, ProductUrn urn) {
    return view.get(urn).orElseThrow(() -> new MeshException(MeshStatus.NOT_FOUND, "product " + urn
        + " is no longer registered"));
  }
}
