package io.datamesh.core;

import static io.datamesh.core.Chain.copy;
import static io.datamesh.core.Chain.eventually;
import static io.datamesh.core.Chain.port;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransformTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private final RootAllocator leakCheck = new RootAllocator();
  private final MutableClock clock = new MutableClock();
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final Mesh mesh = Mesh.builder().setClock(clock).setAllocator(leakCheck).addEmitter(events::add)
      .setName("transform-test").build();
  private final PortAddress orders = Orders.PORT;
  private final PortAddress agg = port("agg", "agg");
  private final PortAddress cons = port("cons", "cons");

  @AfterEach
  void close_mesh_and_check_for_leaks() {
    mesh.close();
    assertThat(leakCheck.getAllocatedMemory()).as("bytes leaked").isZero();
    leakCheck.close();
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("transform-test-"));
  }

  private long[] read(PortAddress port) throws Exception {
    return Orders.drain(mesh.read(ReadRequest.of(port, Principal.anonymous())));
  }

  private void registerChain(RefreshPolicy policy) {
    mesh.register(Orders.product());
    mesh.register(Chain.product("agg", DomainKind.AGGREGATE, new String[] {"agg"}, orders));
    mesh.register(Chain.product("cons", DomainKind.CONSUMER_ALIGNED, new String[] {"cons"}, agg));
    mesh.setTransform(port("agg", "agg").product(), copy("agg"), policy);
    mesh.setTransform(port("cons", "cons").product(), copy("cons"), policy);
  }

  @Test
  void publishing_to_the_source_refreshes_the_chain_in_order_naming_the_exact_input_snapshots() throws Exception {
    registerChain(RefreshPolicy.onUpstreamPublish(Duration.ZERO));

    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 100));
    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10)); // may coalesce with the first
    eventually(() -> mesh.currentSnapshotId(cons).isPresent() && read(cons)[0] == 10);
    assertThat(mesh.awaitIdle(WAIT)).isTrue();

    RunResult aggRun = last(agg.product());
    RunResult consRun = last(cons.product());
    assertThat(aggRun.succeeded()).isTrue();
    assertThat(aggRun.inputSnapshots()).containsExactly(Map.entry(orders, 2L));
    assertThat(consRun.inputSnapshots()).containsExactly(Map.entry(agg, aggRun.outputSnapshots().get(agg)));
    assertThat(consRun.trigger()).isEqualTo(RunTrigger.UPSTREAM_PUBLISH);
    assertThat(read(cons)).containsExactly(10, 45);
    List<String> order = events.stream().filter(e -> e.type().name().startsWith("RUN_"))
        .map(e -> e.type() + " " + e.product().name()).toList();
    assertThat(order.lastIndexOf("RUN_COMPLETED agg")).isLessThan(order.lastIndexOf("RUN_STARTED cons"));
  }

  private RunResult last(io.datamesh.api.ProductUrn urn) {
    List<RunResult> h = mesh.runHistory(urn);
    assertThat(h).as("runs of " + urn).isNotEmpty();
    return h.get(h.size() - 1);
  }

  @Test
  void a_transform_that_throws_keeps_the_last_good_snapshot_and_records_the_error() throws Exception {
    registerChain(RefreshPolicy.manual());
    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));
    assertThat(mesh.refresh(agg.product()).succeeded()).isTrue();
    long good = mesh.currentSnapshotId(agg).orElseThrow();

    mesh.setTransform(agg.product(), ctx -> {
      ctx.publish("agg", ctx.input("in0"));
      throw new IllegalStateException("warehouse timeout");
    }, RefreshPolicy.manual());
    RunResult failed = mesh.refresh(agg.product());

    assertThat(failed.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(failed.error()).hasValueSatisfying(e -> assertThat(e).contains("warehouse timeout"));
    assertThat(failed.outputSnapshots()).isEmpty();
    assertThat(mesh.currentSnapshotId(agg)).hasValue(good);
    assertThat(read(agg)).containsExactly(10, 45);
    assertThat(mesh.runHistory(agg.product())).extracting(RunResult::outcome)
        .containsExactly(RunOutcome.SUCCEEDED, RunOutcome.FAILED);
  }

  @Test
  void reading_an_undeclared_port_fails_the_run_and_names_the_declared_inputs() {
    registerChain(RefreshPolicy.manual());
    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));
    mesh.setTransform(agg.product(), ctx -> ctx.publish("agg", ctx.input("customers")), RefreshPolicy.manual());

    RunResult r = mesh.refresh(agg.product());

    assertThat(r.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("no input port 'customers'", "[in0]"));
    assertThat(mesh.currentSnapshotId(agg)).isEmpty();
  }

  @Test
  void a_run_whose_upstream_never_published_fails_unavailable_without_calling_the_transform() {
    registerChain(RefreshPolicy.manual());
    RunResult r = mesh.refresh(agg.product());

    assertThat(r.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("has not published a snapshot yet"));
  }

  @Test
  void outputs_of_one_run_commit_together_or_not_at_all() throws Exception {
    mesh.register(Orders.product());
    DataProduct two = Chain.product("two", DomainKind.AGGREGATE, new String[] {"a", "b"}, orders);
    mesh.register(two);
    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));
    mesh.setTransform(two.urn(), ctx -> {
      ctx.publish("a", ctx.input("in0"));
      ctx.publish("b", org.apache.arrow.vector.VectorSchemaRoot.of()); // no columns: a contract violation
    }, RefreshPolicy.manual());

    RunResult r = mesh.refresh(two.urn());

    assertThat(r.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(mesh.currentSnapshotId(port("two", "a"))).as("a is not current alone").isEmpty();
    assertThat(mesh.currentSnapshotId(port("two", "b"))).isEmpty();

    mesh.setTransform(two.urn(), ctx -> {
      ctx.publish("a", ctx.input("in0"));
      ctx.publish("b", ctx.input("in0"));
    }, RefreshPolicy.manual());
    RunResult ok = mesh.refresh(two.urn());
    assertThat(ok.outputSnapshots()).containsOnlyKeys(port("two", "a"), port("two", "b"));
    assertThat(ok.rows()).containsEntry(port("two", "a"), 10L);
  }

  @Test
  void a_diamond_runs_its_sink_once_on_consistent_snapshots() throws Exception {
    mesh.register(Orders.product());
    DataProduct split = Chain.product("split", DomainKind.AGGREGATE, new String[] {"left", "right"}, orders);
    DataProduct sink = Chain.product("sink", DomainKind.CONSUMER_ALIGNED, new String[] {"sink"},
        port("split", "left"), port("split", "right"));
    mesh.register(split);
    mesh.register(sink);
    mesh.setTransform(split.urn(), ctx -> {
      ctx.publish("left", ctx.input("in0"));
      ctx.publish("right", ctx.input("in0"));
    }, RefreshPolicy.onUpstreamPublish(Duration.ZERO));
    mesh.setTransform(sink.urn(), ctx -> {
      ctx.log().info("left=" + ctx.inputSnapshotId("in0") + " right=" + ctx.inputSnapshotId("in1"));
      ctx.publish("sink", ctx.input("in1"));
    }, RefreshPolicy.onUpstreamPublish(Duration.ZERO));

    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));
    eventually(() -> !mesh.runHistory(sink.urn()).isEmpty());
    assertThat(mesh.awaitIdle(WAIT)).isTrue();

    RunResult s = last(split.urn());
    assertThat(mesh.runHistory(sink.urn())).singleElement().satisfies(r -> {
      assertThat(r.succeeded()).isTrue();
      assertThat(r.inputSnapshots()).isEqualTo(s.outputSnapshots());
    });
  }

  @Test
  void a_scheduled_trigger_follows_the_mesh_clock() throws Exception {
    registerChain(RefreshPolicy.manual());
    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));
    mesh.setTransform(agg.product(), copy("agg"), RefreshPolicy.builder().setInterval(Duration.ofHours(1)).build());

    Thread.sleep(50);
    assertThat(mesh.runHistory(agg.product())).as("nothing runs before the clock moves").isEmpty();
    clock.advance(Duration.ofMinutes(59));
    Thread.sleep(50);
    assertThat(mesh.runHistory(agg.product())).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    eventually(() -> mesh.runHistory(agg.product()).size() == 1);
    clock.advance(Duration.ofHours(1));
    eventually(() -> mesh.runHistory(agg.product()).size() == 2);

    assertThat(mesh.runHistory(agg.product())).extracting(RunResult::trigger)
        .containsExactly(RunTrigger.SCHEDULED, RunTrigger.SCHEDULED);
  }

  @Test
  void a_cron_trigger_fires_at_its_minute() throws Exception {
    registerChain(RefreshPolicy.manual());
    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));
    mesh.setTransform(agg.product(), copy("agg"),
        RefreshPolicy.builder().setCron(CronExpression.parse("30 6 * * *")).build());

    clock.advance(Duration.ofHours(6).plusMinutes(29));
    Thread.sleep(50);
    assertThat(mesh.runHistory(agg.product())).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    eventually(() -> mesh.runHistory(agg.product()).size() == 1);
  }

  @Test
  void a_burst_of_upstream_publishes_is_debounced_into_one_run_on_the_last_snapshot() throws Exception {
    registerChain(RefreshPolicy.manual());
    mesh.setTransform(agg.product(), copy("agg"), RefreshPolicy.onUpstreamPublish(Duration.ofSeconds(30)));
    for (int i = 1; i <= 5; i++) {
      mesh.publish(orders, Orders.batch(mesh.allocator(), 0, i));
    }
    Thread.sleep(50);
    assertThat(mesh.runHistory(agg.product())).as("still debouncing").isEmpty();

    clock.advance(Duration.ofSeconds(30));
    eventually(() -> !mesh.runHistory(agg.product()).isEmpty());
    assertThat(mesh.awaitIdle(WAIT)).isTrue();

    assertThat(mesh.runHistory(agg.product())).singleElement()
        .satisfies(r -> assertThat(r.inputSnapshots()).containsEntry(orders, 5L));
  }

  @Test
  void a_failed_triggered_run_is_retried_after_its_backoff() throws Exception {
    registerChain(RefreshPolicy.manual());
    int[] calls = {0};
    mesh.setTransform(agg.product(), ctx -> {
      if (calls[0]++ == 0) {
        throw new IllegalStateException("first attempt fails");
      }
      ctx.publish("agg", ctx.input("in0"));
    }, RefreshPolicy.builder().setOnUpstreamPublish(Duration.ZERO).setMaxAttempts(2)
        .setRetryBackoff(Duration.ofMinutes(1)).build());

    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));
    eventually(() -> mesh.runHistory(agg.product()).size() == 1);
    clock.advance(Duration.ofMinutes(1));
    eventually(() -> mesh.runHistory(agg.product()).size() == 2);

    assertThat(mesh.runHistory(agg.product())).extracting(RunResult::trigger, RunResult::attempt, RunResult::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RunTrigger.UPSTREAM_PUBLISH, 1, RunOutcome.FAILED),
            org.assertj.core.groups.Tuple.tuple(RunTrigger.RETRY, 2, RunOutcome.SUCCEEDED));
  }

  @Test
  void racing_triggers_never_run_one_product_twice_at_once() throws Exception {
    registerChain(RefreshPolicy.manual());
    java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    mesh.setTransform(agg.product(), ctx -> {
      most.accumulateAndGet(inside.incrementAndGet(), Math::max);
      try {
        Thread.sleep(20);
        ctx.publish("agg", ctx.input("in0"));
      } finally {
        inside.decrementAndGet();
      }
    }, RefreshPolicy.onUpstreamPublish(Duration.ZERO));
    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));

    Thread manual = new Thread(() -> {
      for (int i = 0; i < 3; i++) {
        mesh.refresh(agg.product());
      }
    });
    manual.start();
    for (int i = 0; i < 3; i++) {
      mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));
    }
    manual.join();
    assertThat(mesh.awaitIdle(WAIT)).isTrue();

    assertThat(most).hasValue(1);
    assertThat(mesh.runHistory(agg.product())).hasSizeGreaterThanOrEqualTo(4).allMatch(RunResult::succeeded);
  }

  @Test
  void closing_the_mesh_cancels_a_run_in_flight_and_leaves_nothing_behind() throws Exception {
    registerChain(RefreshPolicy.manual());
    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    mesh.setTransform(agg.product(), ctx -> {
      var in = ctx.input("in0"); // left open on purpose: the mesh must close it
      started.countDown();
      while (true) {
        ctx.throwIfCancelled();
        Thread.sleep(5);
      }
    }, RefreshPolicy.onUpstreamPublish(Duration.ZERO));
    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));
    assertThat(started.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

    mesh.close(Duration.ofSeconds(5));

    assertThat(mesh.runHistory(agg.product())).singleElement()
        .satisfies(r -> assertThat(r.outcome()).isEqualTo(RunOutcome.CANCELLED));
    assertThat(mesh.currentSnapshotId(agg)).isEmpty();
  }

  @Test
  void a_pinned_input_survives_its_retirement_while_the_run_reads_it() throws Exception {
    registerChain(RefreshPolicy.manual());
    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 7));
    java.util.concurrent.CountDownLatch pinned = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch retired = new java.util.concurrent.CountDownLatch(1);
    mesh.setTransform(agg.product(), ctx -> {
      pinned.countDown();
      retired.await();
      ctx.publish("agg", ctx.input("in0"));
    }, RefreshPolicy.manual());
    java.util.concurrent.ExecutorService caller = java.util.concurrent.Executors.newSingleThreadExecutor();
    RunResult r;
    try {
      java.util.concurrent.Future<RunResult> run = caller.submit(() -> mesh.refresh(agg.product()));
      assertThat(pinned.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 5; i++) {
        mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 100)); // history 3: snapshot 1 is retired
      }
      retired.countDown();
      r = run.get(30, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      retired.countDown();
      caller.shutdownNow();
    }
    assertThat(r.succeeded()).as(r.error().orElse("")).isTrue();
    assertThat(r.inputSnapshots()).containsEntry(orders, 1L);
    assertThat(read(agg)).containsExactly(7, 21);
  }

  @Test
  void a_product_without_a_transform_cannot_be_refreshed() {
    mesh.register(Orders.product());
    assertThatThrownBy(() -> mesh.refresh(orders.product())).isInstanceOfSatisfying(MeshException.class,
        e -> assertThat(e.status()).isEqualTo(MeshStatus.FAILED_PRECONDITION));
  }

  @Test
  void run_events_carry_the_run_id() throws Exception {
    registerChain(RefreshPolicy.manual());
    mesh.publish(orders, Orders.batch(mesh.allocator(), 0, 10));
    RunResult r = mesh.refresh(agg.product());
    eventually(() -> events.stream().anyMatch(e -> e.type() == MeshEventType.RUN_COMPLETED));

    assertThat(events).filteredOn(e -> e.type() == MeshEventType.RUN_COMPLETED).singleElement()
        .satisfies(e -> {
          assertThat(e.attributes()).containsEntry("runId", r.runId().toString());
          assertThat(e.attributes().get("inputs")).isEqualTo(List.of(Map.of("port", orders.toString(),
              "snapshotId", 1L)));
          assertThat(e.attributes().get("outputs")).isEqualTo(List.of(Map.of("port", agg.toString(),
              "snapshotId", 1L, "rows", 10L)));
        });
  }
}
