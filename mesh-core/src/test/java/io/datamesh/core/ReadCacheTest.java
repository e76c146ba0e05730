package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.PortAddress;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.mask.MaskMethod;
import io.datamesh.core.governance.AccessPolicies;
import io.datamesh.core.governance.Grant;
import io.datamesh.core.governance.MaskingRule;
import io.datamesh.core.governance.PrincipalMatch;
import io.datamesh.core.governance.RowFilterRule;
import io.datamesh.core.observe.MeshMetrics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Masked and filtered reads share cached results exactly when their enforcement plans are identical. */
class ReadCacheTest {
  static final PortAddress CUSTOMERS = EnforcementTest.CUSTOMERS;
  static final Principal HASHER_1 = Principal.builder("h1").putAttribute("department", "marketing").build();
  static final Principal HASHER_2 = Principal.builder("h2").putAttribute("department", "marketing").build();
  static final Principal REDACTED = Principal.builder("r1").putAttribute("department", "sales").build();
  static final Principal EU_ONLY = Principal.builder("e1").putAttribute("department", "sales")
      .putAttribute("region", "EU").build();

  /** Counts cache lookups as a metrics binding would. */
  static final class Counting implements MeshMetrics {
    final Map<Boolean, AtomicLong> lookups = new ConcurrentHashMap<>(Map.of(true, new AtomicLong(),
        false, new AtomicLong()));

    @Override
    public void readCache(PortAddress port, boolean hit) {
      lookups.get(hit).incrementAndGet();
    }

    long hits() {
      return lookups.get(true).get();
    }

    long misses() {
      return lookups.get(false).get();
    }
  }

  private final RootAllocator leakCheck = new RootAllocator();
  private final Counting metrics = new Counting();
  private Mesh mesh;

  @AfterEach
  void close() {
    if (mesh != null) {
      mesh.close();
    }
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  static AccessPolicies policies() {
    PrincipalMatch marketing = PrincipalMatch.attribute("department", "marketing");
    PrincipalMatch sales = PrincipalMatch.attribute("department", "sales");
    return AccessPolicies.builder()
        .addGrant(Grant.of("grant.marketing", marketing, CUSTOMERS))
        .addGrant(Grant.of("grant.sales", sales, CUSTOMERS))
        .addMaskingRule(MaskingRule.of("mask.hash", "restricted", marketing, MaskMethod.HASH, 0, "k-2025"))
        .addMaskingRule(MaskingRule.of("mask.redact", "restricted", sales, MaskMethod.REDACT, 0, ""))
        .addRowFilter(RowFilterRule.of("rows.eu", CUSTOMERS, PrincipalMatch.attribute("region", "EU"),
            Expression.column("id").ne(Expression.literal(1))))
        .setSecrets(EnforcementTest.SECRETS)
        .build();
  }

  private Mesh start(MeshBuilder b) {
    mesh = b.setAllocator(leakCheck).setMetrics(metrics).setAccessPolicies(policies()).build();
    mesh.register(EnforcementTest.withEmails("customers"));
    publish();
    return mesh;
  }

  private void publish() {
    VectorSchemaRoot b = VectorSchemaRoot.create(io.datamesh.arrow.ArrowSchemas.of(
        EnforcementTest.withEmails("customers").outputPorts().get(0).contract(), "customers"), mesh.allocator());
    b.getFieldVectors().forEach(v -> v.setInitialCapacity(EnforcementTest.EMAILS.size())); // a tiny snapshot
    b.allocateNew();
    for (int i = 0; i < EnforcementTest.EMAILS.size(); i++) {
      ((BigIntVector) b.getVector("id")).setSafe(i, i);
      ((VarCharVector) b.getVector("email")).setSafe(i, EnforcementTest.EMAILS.get(i)
          .getBytes(StandardCharsets.UTF_8));
    }
    b.setRowCount(EnforcementTest.EMAILS.size());
    mesh.publish(CUSTOMERS, b);
  }

  static List<String> rows(ArrowReader reader) throws Exception {
    List<String> out = new ArrayList<>();
    try (reader) {
      while (reader.loadNextBatch()) {
        VectorSchemaRoot r = reader.getVectorSchemaRoot();
        for (int i = 0; i < r.getRowCount(); i++) {
          out.add(r.getVector("id").getObject(i) + " " + r.getVector("email").getObject(i));
        }
      }
    }
    return out;
  }

  private List<String> read(Principal p) throws Exception {
    return rows(mesh.read(ReadRequest.of(CUSTOMERS, p)));
  }

  private long entries() {
    return ((DefaultMesh) mesh).readCacheEntries();
  }

  @Test
  void two_principals_with_identical_plans_share_one_cached_result_and_count_a_hit() throws Exception {
    start(Mesh.builder());

    List<String> first = read(HASHER_1);
    List<String> second = read(HASHER_2);

    assertThat(second).isEqualTo(first).hasSize(3).noneMatch(r -> r.contains("@"));
    assertThat(metrics.misses()).isEqualTo(1);
    assertThat(metrics.hits()).isEqualTo(1);
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void principals_with_different_plans_never_share_a_cached_result() throws Exception {
    start(Mesh.builder());

    List<String> hashed = read(HASHER_1);
    List<String> redacted = read(REDACTED);
    List<String> filtered = read(EU_ONLY);

    assertThat(hashed).allMatch(r -> r.matches("\\d [0-9a-f]{64}"));
    assertThat(redacted).containsExactly("0 ****", "1 ****", "2 ****");
    assertThat(filtered).containsExactly("0 ****", "2 ****");
    assertThat(metrics.misses()).isEqualTo(3);
    assertThat(metrics.hits()).isZero();
    assertThat(entries()).isEqualTo(3);
  }

  @Test
  void closing_a_reader_never_frees_the_cached_result_and_a_request_projection_and_filter_apply_per_read()
      throws Exception {
    start(Mesh.builder());
    ArrowReader open = mesh.read(ReadRequest.of(CUSTOMERS, HASHER_1));
    List<String> whole = read(HASHER_2);
    open.close();

    List<String> again = read(HASHER_1);
    List<String> some = rows(mesh.read(ReadRequest.builder(CUSTOMERS, HASHER_1).setColumns(List.of("email", "id"))
        .setFilter(Expression.column("id").ge(Expression.literal(1))).build()));

    assertThat(again).isEqualTo(whole);
    assertThat(some).isEqualTo(whole.subList(1, 3));
    assertThat(metrics.misses()).isEqualTo(1);
    assertThat(metrics.hits()).isEqualTo(3);
  }

  @Test
  void a_retired_snapshot_drops_its_cached_results_while_an_open_reader_keeps_reading_them() throws Exception {
    start(Mesh.builder().setSnapshotHistory(1));
    ArrowReader old = mesh.read(ReadRequest.of(CUSTOMERS, HASHER_1));
    assertThat(entries()).isEqualTo(1);

    publish(); // retires snapshot 1 and its cached result

    assertThat(entries()).isZero();
    assertThat(rows(old)).hasSize(3).allMatch(r -> r.matches("\\d [0-9a-f]{64}"));
    assertThat(read(HASHER_2)).hasSize(3);
    assertThat(metrics.misses()).isEqualTo(2);
  }

  @Test
  void a_budget_smaller_than_four_snapshots_streams_every_read_and_reads_stay_correct() throws Exception {
    start(Mesh.builder().setReadCacheBytes(1));

    List<String> first = read(HASHER_1);
    List<String> second = read(HASHER_2);

    assertThat(second).isEqualTo(first).hasSize(3);
    assertThat(entries()).isZero();
    assertThat(metrics.hits() + metrics.misses()).isZero();
  }

  /** Publishes {@code batches} batches of {@code rows} customers as one snapshot. */
  private void publishLarge(int batches, int rows) {
    org.apache.arrow.vector.types.pojo.Schema schema = io.datamesh.arrow.ArrowSchemas.of(
        EnforcementTest.withEmails("customers").outputPorts().get(0).contract(), "customers");
    int[] done = {0};
    mesh.publish(CUSTOMERS, () -> {
      if (done[0] == batches) {
        return java.util.Optional.empty();
      }
      VectorSchemaRoot b = VectorSchemaRoot.create(schema, mesh.allocator());
      b.allocateNew();
      for (int i = 0; i < rows; i++) {
        long id = (long) done[0] * rows + i;
        ((BigIntVector) b.getVector("id")).setSafe(i, id);
        ((VarCharVector) b.getVector("email")).setSafe(i, ("user" + id + "@example.com")
            .getBytes(StandardCharsets.UTF_8));
      }
      b.setRowCount(rows);
      done[0]++;
      return java.util.Optional.of(b);
    });
  }

  private org.apache.arrow.memory.BufferAllocator child(String name) {
    return mesh.allocator().getChildAllocators().stream().filter(a -> a.getName().equals(name)).findFirst()
        .orElseThrow();
  }

  @Test
  void a_snapshot_over_a_quarter_of_the_budget_is_masked_while_streaming_and_a_small_one_is_cached()
      throws Exception {
    start(Mesh.builder().setSnapshotHistory(1).setReadCacheBytes(256 << 10));
    assertThat(read(HASHER_1)).hasSize(3);
    assertThat(entries()).as("the small snapshot's result is cached").isEqualTo(1);
    assertThat(metrics.misses()).isEqualTo(1);
    publishLarge(80, 1_000);
    long snapshotBytes = mesh.allocator().getAllocatedMemory();
    long cachePeak = child("read-cache").getPeakMemoryAllocation();

    long rows = 0;
    try (ArrowReader r = mesh.read(ReadRequest.of(CUSTOMERS, HASHER_1))) {
      while (r.loadNextBatch()) {
        VarCharVector email = (VarCharVector) r.getVectorSchemaRoot().getVector("email");
        assertThat(new String(email.get(0), StandardCharsets.UTF_8)).matches("[0-9a-f]{64}");
        rows += r.getVectorSchemaRoot().getRowCount();
      }
    }

    assertThat(snapshotBytes).isGreaterThan(4L * (256 << 10));
    assertThat(rows).isEqualTo(80_000);
    assertThat(entries()).isZero();
    assertThat(metrics.misses()).as("a streamed read is no cache lookup").isEqualTo(1);
    assertThat(metrics.hits()).isZero();
    assertThat(child("read-cache").getPeakMemoryAllocation()).isEqualTo(cachePeak);
    assertThat(child("reads").getPeakMemoryAllocation()).as("peak of the streaming read")
        .isLessThan(snapshotBytes / 4);
  }

  @Test
  void a_fallback_build_that_fails_after_its_entry_was_evicted_still_closes_the_snapshot_lease() {
    try (RootAllocator root = new RootAllocator()) {
      io.datamesh.arrow.snapshot.SnapshotStore store = io.datamesh.arrow.snapshot.SnapshotStore.inMemory(root, 1);
      org.apache.arrow.vector.types.pojo.Schema schema = io.datamesh.arrow.ArrowSchemas.of(
          EnforcementTest.withEmails("customers").outputPorts().get(0).contract(), "customers");
      try (io.datamesh.arrow.snapshot.SnapshotDraft d = store.newDraft("k", schema)) {
        VectorSchemaRoot b = VectorSchemaRoot.create(schema, root);
        b.allocateNew();
        ((BigIntVector) b.getVector("id")).setSafe(0, 1);
        ((VarCharVector) b.getVector("email")).setSafe(0, "ann@example.com".getBytes(StandardCharsets.UTF_8));
        b.setRowCount(1);
        io.datamesh.arrow.snapshot.SnapshotPublisher.publish(b, d, io.datamesh.arrow.ExtraColumns.REJECT);
        d.commit();
      }
      ReadCache cache = new ReadCache(root, 1 << 20, metrics, store);
      io.datamesh.core.governance.EnforcementPlan plan = new io.datamesh.core.governance.EnforcementPlan(
          CUSTOMERS, true, List.of("mask.redact"), "allowed", List.of(),
          List.of(io.datamesh.arrow.mask.Mask.redact("email")), java.util.Optional.empty(), Map.of(), "v1");
      AtomicLong builds = new AtomicLong();
      java.util.function.BiFunction<io.datamesh.arrow.snapshot.Snapshot, org.apache.arrow.memory.BufferAllocator,
          ArrowReader> enforce = (snapshot, a) -> {
            if (builds.incrementAndGet() > 1) {
              throw new IllegalStateException("enforcing failed");
            }
            return io.datamesh.arrow.snapshot.SnapshotReader.open(snapshot, a, List.of(), java.util.Optional.empty());
          };
      cache.acquire(CUSTOMERS, store.acquire("k").orElseThrow(), plan, enforce).close();
      cache.afterLookup = () -> cache.retainKept("k", List.of()); // evicted between lookup and lease

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.acquire(CUSTOMERS,
          store.acquire("k").orElseThrow(), plan, enforce)).hasMessage("enforcing failed");

      cache.close();
      store.close(); // refuses while a lease is still open
      assertThat(builds).hasValue(2);
    }
  }

  /** A store under {@code root} with one snapshot of {@code k} per list of emails (ids from 1), oldest first. */
  private static io.datamesh.arrow.snapshot.SnapshotStore store(RootAllocator root, List<List<String>> snapshots) {
    io.datamesh.arrow.snapshot.SnapshotStore store = io.datamesh.arrow.snapshot.SnapshotStore.inMemory(root,
        snapshots.size());
    org.apache.arrow.vector.types.pojo.Schema schema = io.datamesh.arrow.ArrowSchemas.of(
        EnforcementTest.withEmails("customers").outputPorts().get(0).contract(), "customers");
    for (List<String> emails : snapshots) {
      try (io.datamesh.arrow.snapshot.SnapshotDraft d = store.newDraft("k", schema)) {
        if (!emails.isEmpty()) {
          VectorSchemaRoot b = VectorSchemaRoot.create(schema, d.allocator());
          b.allocateNew();
          for (int i = 0; i < emails.size(); i++) {
            ((BigIntVector) b.getVector("id")).setSafe(i, i + 1);
            ((VarCharVector) b.getVector("email")).setSafe(i, emails.get(i).getBytes(StandardCharsets.UTF_8));
          }
          b.setRowCount(emails.size());
          d.append(b);
        }
        d.commit();
      }
    }
    return store;
  }

  private static io.datamesh.core.governance.EnforcementPlan redactPlan() {
    return new io.datamesh.core.governance.EnforcementPlan(CUSTOMERS, true, List.of("mask.redact"), "allowed",
        List.of(), List.of(io.datamesh.arrow.mask.Mask.redact("email")), java.util.Optional.empty(), Map.of(), "v1");
  }

  /** Serves the snapshot as it is and counts builds; the cache's behaviour does not depend on what it computes. */
  private static java.util.function.BiFunction<io.datamesh.arrow.snapshot.Snapshot,
      org.apache.arrow.memory.BufferAllocator, ArrowReader> passThrough(AtomicLong builds) {
    return (snapshot, a) -> {
      builds.incrementAndGet();
      return io.datamesh.arrow.snapshot.SnapshotReader.open(snapshot, a, List.of(), java.util.Optional.empty());
    };
  }

  private static List<String> rows(RootAllocator root, io.datamesh.arrow.snapshot.Snapshot lease) throws Exception {
    return rows(io.datamesh.arrow.snapshot.SnapshotReader.open(lease, root.newChildAllocator("read", 0,
        Long.MAX_VALUE), List.of(), java.util.Optional.empty()));
  }

  private static org.apache.arrow.memory.BufferAllocator cacheAllocator(RootAllocator root) {
    return root.getChildAllocators().stream().filter(a -> a.getName().equals("read-cache")).findFirst()
        .orElseThrow();
  }

  @Test
  void an_entry_evicted_between_lookup_and_lease_is_rebuilt_privately_counted_as_a_miss_and_freed_on_close()
      throws Exception {
    try (RootAllocator root = new RootAllocator()) {
      io.datamesh.arrow.snapshot.SnapshotStore store = store(root, List.of(List.of("ann@example.com")));
      ReadCache cache = new ReadCache(root, 1 << 20, metrics, store);
      AtomicLong builds = new AtomicLong();
      cache.acquire(CUSTOMERS, store.acquire("k").orElseThrow(), redactPlan(), passThrough(builds)).close();
      cache.afterLookup = () -> cache.retainKept("k", List.of()); // evicted and freed before the lease

      io.datamesh.arrow.snapshot.Snapshot own = cache.acquire(CUSTOMERS, store.acquire("k").orElseThrow(),
          redactPlan(), passThrough(builds));

      assertThat(own).asString().startsWith("CachedSnapshot[k #1, plan ").endsWith(", 1 rows]");
      assertThat(rows(root, own)).containsExactly("1 ann@example.com");
      assertThat(cacheAllocator(root).getChildAllocators()).as("the private result is freed with its lease")
          .isEmpty();
      assertThat(builds).hasValue(2);
      assertThat(metrics.misses()).as("the first lookup and the refused lease").isEqualTo(2);
      assertThat(metrics.hits()).isZero();
      assertThat(cache.size()).isZero();
      cache.close();
      store.close();
    }
  }

  @Test
  void an_entry_heavier_than_the_budget_is_evicted_at_insert_yet_its_first_read_is_correct_and_frees_it()
      throws Exception {
    try (RootAllocator root = new RootAllocator()) {
      io.datamesh.arrow.snapshot.SnapshotStore store = store(root, List.of(List.of("ann@example.com",
          "bob@example.com")));
      ReadCache cache = new ReadCache(root, 64, metrics, store);
      AtomicLong builds = new AtomicLong();

      io.datamesh.arrow.snapshot.Snapshot lease = cache.acquire(CUSTOMERS, store.acquire("k").orElseThrow(),
          redactPlan(), passThrough(builds));

      assertThat(lease.sizeBytes()).isGreaterThan(64);
      assertThat(cache.size()).as("evicted at once").isZero();
      assertThat(rows(root, lease)).containsExactly("1 ann@example.com", "2 bob@example.com");
      assertThat(cacheAllocator(root).getChildAllocators()).isEmpty();
      assertThat(metrics.misses()).isEqualTo(1);
      cache.close();
      store.close();
    }
  }

  @Test
  void an_empty_result_still_weighs_so_the_budget_evicts_it() throws Exception {
    try (RootAllocator root = new RootAllocator()) {
      io.datamesh.arrow.snapshot.SnapshotStore store = store(root, List.of(List.of(), List.of()));
      ReadCache cache = new ReadCache(root, 1, metrics, store);
      AtomicLong builds = new AtomicLong();

      for (long id : List.of(1L, 2L)) {
        io.datamesh.arrow.snapshot.Snapshot lease = cache.acquire(CUSTOMERS, store.acquire("k", id).orElseThrow(),
            redactPlan(), passThrough(builds));
        assertThat(rows(root, lease)).isEmpty();
      }

      assertThat(cache.size()).as("two entries of at least 1 byte each in a 1-byte budget").isEqualTo(1);
      cache.close();
      store.close();
    }
  }

  @Test
  void a_cache_failure_after_the_entry_was_built_frees_the_entry_and_the_callers_lease() {
    try (RootAllocator root = new RootAllocator()) {
      io.datamesh.arrow.snapshot.SnapshotStore store = store(root, List.of(List.of("ann@example.com")));
      ReadCache cache = new ReadCache(root, 1 << 20, metrics, store);
      cache.afterBuild = () -> {
        throw new IllegalStateException("the cache failed");
      };

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.acquire(CUSTOMERS,
          store.acquire("k").orElseThrow(), redactPlan(), passThrough(new AtomicLong())))
          .hasMessage("the cache failed");

      assertThat(cacheAllocator(root).getChildAllocators()).as("nothing of the built entry is left").isEmpty();
      assertThat(cache.size()).isZero();
      cache.close();
      store.close(); // refuses while the source lease is still open
    }
  }

  @Test
  void a_zero_budget_turns_the_cache_off() throws Exception {
    start(Mesh.builder().setReadCacheBytes(0));

    assertThat(read(HASHER_1)).isEqualTo(read(HASHER_2));
    assertThat(metrics.hits() + metrics.misses()).isZero();
  }

  @Test
  void concurrent_readers_with_three_plans_and_a_publisher_each_get_their_own_plans_rows() throws Exception {
    start(Mesh.builder().setSnapshotHistory(2).setReadCacheBytes(4096));
    Map<String, List<String>> expected = Map.of("h1", read(HASHER_1), "r1", read(REDACTED), "e1", read(EU_ONLY));
    List<Principal> who = List.of(HASHER_1, HASHER_2, REDACTED, EU_ONLY);
    List<String> wrong = new CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            Principal p = who.get((seed + i) % who.size());
            List<String> got = read(p);
            List<String> want = expected.get(p == HASHER_2 ? "h1" : p.id());
            if (!got.equals(want)) {
              wrong.add(p.id() + " got " + got);
            }
          }
          return null;
        }));
      }
      for (int i = 0; i < 20; i++) {
        publish();
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(wrong).isEmpty();
    assertThat(metrics.hits()).isPositive();
  }
}
