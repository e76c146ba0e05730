package io.datamesh.core;

import static io.datamesh.core.Chain.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.core.observe.MeshMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/**
 * Timers the mesh sets after something became observable count from when it happened, not from when the mesh got
 * to its bookkeeping. Each test forces the losing interleaving: whoever observed the state moves the clock by
 * exactly the delay before the mesh schedules the timer, which then must still fire.
 */
class TriggerInterleavingTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private final MutableClock clock = new MutableClock();

  @Test
  void a_debounce_counts_from_the_upstream_commit_even_if_the_clock_moved_before_the_refresher_heard_of_it()
      throws Exception {
    PortAddress agg = Chain.port("agg", "agg");
    PortAddress cons = Chain.port("cons", "cons");
    AtomicBoolean moved = new AtomicBoolean();
    MeshMetrics observer = new MeshMetrics() {
      @Override
      public void published(PortAddress port, long rows, long bytes) {
        // On the committing thread, once agg's snapshot is current and before the refresher hears of the commit:
        // a test that saw the snapshot and moved the clock by the debounce.
        if (port.equals(agg) && moved.compareAndSet(false, true)) {
          clock.advance(Duration.ofSeconds(30));
        }
      }
    };
    try (RootAllocator leakCheck = new RootAllocator();
        Mesh mesh = Mesh.builder().setClock(clock).setAllocator(leakCheck).setMetrics(observer).build()) {
      mesh.register(Orders.product());
      mesh.register(Chain.product("agg", DomainKind.AGGREGATE, new String[] {"agg"}, Orders.PORT));
      mesh.register(Chain.product("cons", DomainKind.CONSUMER_ALIGNED, new String[] {"cons"}, agg));
      mesh.setTransform(agg.product(), Chain.copy("agg"), RefreshPolicy.manual());
      mesh.setTransform(cons.product(), Chain.copy("cons"), RefreshPolicy.onUpstreamPublish(Duration.ofSeconds(30)));
      mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));

      assertThat(mesh.refresh(agg.product()).succeeded()).isTrue();
      assertThat(moved).as("the clock moved between the commit and the refresher's bookkeeping").isTrue();

      eventually(() -> mesh.runHistory(cons.product()).size() == 1);
      assertThat(mesh.runHistory(cons.product())).singleElement().satisfies(r -> {
        assertThat(r.trigger()).isEqualTo(RunTrigger.UPSTREAM_PUBLISH);
        assertThat(r.startedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:30Z"));
      });
    }
  }

  @Test
  void a_retry_is_due_its_backoff_after_the_failure_even_if_the_clock_moved_before_the_refresher_scheduled_it()
      throws Exception {
    DataProduct agg = Chain.product("agg", DomainKind.AGGREGATE, new String[] {"agg"}, Orders.PORT);
    Registry registry = Registry.EMPTY.with(Orders.product(), UUID.randomUUID()).with(agg, UUID.randomUUID());
    List<RunResult> runs = new CopyOnWriteArrayList<>();
    CountDownLatch retried = new CountDownLatch(1);
    Refresher.RunExecutor executor = (slot, trigger, attempt) -> {
      RunResult r = result(slot.urn, trigger, attempt);
      slot.record(r); // visible in the history from here, as TransformRunner records it
      runs.add(r);
      if (attempt == 1) {
        clock.advance(Duration.ofMinutes(1)); // whoever saw the failure moves the clock by the backoff
      } else {
        retried.countDown();
      }
      return r;
    };
    ExecutorService workers = Executors.newFixedThreadPool(2);
    ClockScheduler scheduler = new ClockScheduler("retry-interleaving", clock, workers);
    try (Refresher refresher = new Refresher(() -> registry, executor, scheduler, workers, clock)) {
      refresher.setTransform(agg.urn(), Chain.copy("agg"), RefreshPolicy.builder()
          .setOnUpstreamPublish(Duration.ZERO).setMaxAttempts(2).setRetryBackoff(Duration.ofMinutes(1)).build());
      refresher.onPublished(List.of(Orders.PORT), clock.instant());

      assertThat(retried.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the retry fired").isTrue();
    } finally {
      scheduler.close();
      workers.shutdownNow();
    }
    assertThat(runs).extracting(RunResult::trigger, RunResult::attempt)
        .containsExactly(tuple(RunTrigger.UPSTREAM_PUBLISH, 1), tuple(RunTrigger.RETRY, 2));
  }

  @Test
  void a_downstream_run_that_came_due_while_a_manual_refresh_held_its_upstream_starts_when_the_refresh_ends()
      throws Exception {
    DataProduct agg = Chain.product("agg", DomainKind.AGGREGATE, new String[] {"agg"}, Orders.PORT);
    DataProduct cons = Chain.product("cons", DomainKind.CONSUMER_ALIGNED, new String[] {"cons"},
        Chain.port("agg", "agg"));
    Registry registry = Registry.EMPTY.with(Orders.product(), UUID.randomUUID()).with(agg, UUID.randomUUID())
        .with(cons, UUID.randomUUID());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Semaphore scheduledTaskDone = new Semaphore(0);
    Executor observed = task -> pool.execute(() -> {
      task.run();
      scheduledTaskDone.release();
    });
    ClockScheduler scheduler = new ClockScheduler("manual-interleaving", clock, observed);
    AtomicReference<Refresher> refresher = new AtomicReference<>();
    CountDownLatch consRan = new CountDownLatch(1);
    Refresher.RunExecutor executor = (slot, trigger, attempt) -> {
      slot.runLock.lock(); // as TransformRunner: the product is busy for the whole run
      try {
        if (slot.urn.equals(agg.urn())) {
          // agg's output commits inside the run; cons's zero debounce ends (and finds agg busy) before it returns
          refresher.get().onPublished(List.of(Chain.port("agg", "agg")), clock.instant());
          awaitPermit(scheduledTaskDone, "the debounce never ended");
        } else {
          consRan.countDown();
        }
        RunResult r = result(slot.urn, trigger, attempt, RunOutcome.SUCCEEDED);
        slot.record(r);
        return r;
      } finally {
        slot.runLock.unlock();
      }
    };
    try (Refresher r = new Refresher(() -> registry, executor, scheduler, pool, clock)) {
      refresher.set(r);
      r.setTransform(agg.urn(), Chain.copy("agg"), RefreshPolicy.manual());
      r.setTransform(cons.urn(), Chain.copy("cons"), RefreshPolicy.onUpstreamPublish(Duration.ZERO));

      assertThat(r.refresh(agg.urn()).succeeded()).isTrue();

      assertThat(consRan.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("cons ran after agg's refresh").isTrue();
      assertThat(r.awaitIdle(WAIT)).isTrue();
      assertThat(r.history(cons.urn())).extracting(RunResult::trigger).containsExactly(RunTrigger.UPSTREAM_PUBLISH);
    } finally {
      scheduler.close();
      pool.shutdownNow();
    }
  }

  private static void awaitPermit(Semaphore semaphore, String otherwise) {
    try {
      if (!semaphore.tryAcquire(WAIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError(otherwise);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(otherwise, e);
    }
  }

  private RunResult result(ProductUrn urn, RunTrigger trigger, int attempt) {
    return result(urn, trigger, attempt, attempt == 1 ? RunOutcome.FAILED : RunOutcome.SUCCEEDED);
  }

  private RunResult result(ProductUrn urn, RunTrigger trigger, int attempt, RunOutcome outcome) {
    Instant now = clock.instant();
    boolean failed = outcome == RunOutcome.FAILED;
    return new RunResult(UUID.randomUUID(), urn, trigger, attempt, outcome,
        Map.of(), Map.of(), Map.of(), now, now, failed ? Optional.of("first attempt fails") : Optional.empty(),
        List.of());
  }

  @Test
  void a_scheduled_policy_run_is_next_due_one_period_after_it_started_even_if_the_clock_moved_while_it_reported()
      throws Exception {
    List<MeshEvent> evaluated = new CopyOnWriteArrayList<>();
    CountDownLatch twice = new CountDownLatch(2);
    // Inline executors: the emitter hears each event on the thread of the scheduled run, before the run schedules
    // its successor, and moves the clock by the period after the first one, as a test that saw it would.
    ExecutorService inline = new Inline();
    EventDispatcher events = new EventDispatcher(List.of(e -> {
      if (e.type() == MeshEventType.POLICY_EVALUATED) {
        evaluated.add(e);
        if (evaluated.size() == 1) {
          clock.advance(Duration.ofHours(24));
        }
        twice.countDown();
      }
    }), inline);
    var governance = io.datamesh.core.governance.Governance.builder().setClock(clock)
        .setPolicies(MeshGovernanceTest.yaml(MeshGovernanceTest.policy("t.nightly",
            "    triggers: [scheduled]\n    severity: warning\n", "{exists: /info/description}"))).build();
    Registry registry = Registry.EMPTY.with(Products.source("orders", "1.0.0"), UUID.randomUUID());
    ClockScheduler scheduler = new ClockScheduler("policy-interleaving", clock, inline);
    try {
      new MeshGovernance(governance, events, Duration.ofHours(24)).start(scheduler, clock, () -> registry);
      clock.advance(Duration.ofHours(24));

      assertThat(twice.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the second scheduled run fired").isTrue();
    } finally {
      scheduler.close();
    }
    assertThat(evaluated).extracting(MeshEvent::time).containsExactly(Instant.parse("2026-01-02T00:00:00Z"),
        Instant.parse("2026-01-03T00:00:00Z"));
  }

  /** Runs every task on the caller's thread. */
  private static final class Inline extends AbstractExecutorService {
    private volatile boolean shutdown;

    @Override
    public void execute(Runnable command) {
      command.run();
    }

    @Override
    public void shutdown() {
      shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shutdown = true;
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return shutdown;
    }

    @Override
    public boolean isTerminated() {
      return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }
}
