package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.PortAddress;
import io.datamesh.api.quality.QualityReport;
import io.datamesh.core.observe.MeshMetrics;
import io.datamesh.core.observe.PortStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A status is read from one moment: a read while a publish commits never shows a snapshot without its publish time,
 * a report of a snapshot that is not current yet, or a history that does not end with the latest report.
 */
class ObservabilityPortConsistencyTest {
  private static final int PUBLISHES = 60;

  private final RootAllocator leakCheck = new RootAllocator();
  private final MutableClock clock = new MutableClock();
  private final HoldAfterCommit hold = new HoldAfterCommit();
  private final Mesh mesh = Mesh.builder().setAllocator(leakCheck).setClock(clock).setMetrics(hold)
      .setQualityHistory(PUBLISHES + 1).setAccessController((request, port) -> AccessDecision.allow()).build();

  ObservabilityPortConsistencyTest() {
    mesh.register(Health.product());
  }

  @AfterEach
  void close() {
    hold.release.countDown();
    mesh.close();
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  /**
   * Holds the publishing thread after its commit, before the SNAPSHOT_PUBLISHED event: the mesh counts an accepted
   * snapshot's quarantined rows there, on the thread that published.
   */
  static final class HoldAfterCommit implements MeshMetrics {
    final AtomicBoolean armed = new AtomicBoolean();
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void quarantined(PortAddress port, long rows) {
      if (armed.compareAndSet(true, false)) {
        reached.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Test
  void a_read_while_a_publish_is_between_its_commit_and_its_event_shows_the_snapshot_with_its_time_and_report()
      throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));
    clock.advance(Duration.ofMinutes(1));
    hold.armed.set(true);
    CompletableFuture<PublishResult> second = CompletableFuture.supplyAsync(() ->
        mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 5)));
    assertThat(hold.reached.await(10, TimeUnit.SECONDS)).as("the publish reached its commit").isTrue();

    Health.Row during = Health.read(mesh, Health.ANA).get(0);
    PortStatus observed = mesh.observe(Orders.PORT);
    hold.release.countDown();
    second.get(10, TimeUnit.SECONDS);

    assertThat(during.snapshotId()).isEqualTo(2L);
    assertThat(during.rows()).isEqualTo(5);
    assertThat(during.lastPublished()).as("the time of snapshot 2, recorded with it").isEqualTo(clock.instant());
    assertThat(during.history()).hasSize(2).last().satisfies(p -> {
      assertThat(p.result()).isEqualTo(during.qualityResult());
      assertThat(p.rows()).isEqualTo(5);
    });
    assertThat(observed.lastPublished()).contains(clock.instant());
    assertThat(observed.qualityHistory()).last().satisfies(p -> assertThat(p.runId())
        .isEqualTo(observed.latestQuality().orElseThrow().runId()));
  }

  @Test
  void reads_racing_many_publishes_never_mix_columns_of_different_moments() throws Exception {
    AtomicBoolean done = new AtomicBoolean();
    CompletableFuture<Void> publisher = CompletableFuture.runAsync(() -> {
      try {
        for (int i = 1; i <= PUBLISHES; i++) {
          clock.advance(Duration.ofMillis(1));
          mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, i));
        }
      } finally {
        done.set(true);
      }
    });
    int reads = 0;
    while (!done.get() || reads == 0) {
      for (Health.Row r : Health.read(mesh, Health.ANA)) {
        consistent(r);
      }
      consistent(mesh.observe(Orders.PORT));
      reads++;
    }
    publisher.get(30, TimeUnit.SECONDS);

    assertThat(reads).isPositive();
    consistent(Health.read(mesh, Health.ANA).get(0));
    assertThat(Health.read(mesh, Health.ANA).get(0).snapshotId()).isEqualTo((long) PUBLISHES);
  }

  /** Every publish passes, so the n-th snapshot comes with the n-th report, of its rows. */
  private static void consistent(Health.Row r) {
    assertThat(r.snapshotId() == null).as("snapshot_id and last_published of %s", r).isEqualTo(
        r.lastPublished() == null);
    assertThat((long) r.history().size()).as("one report per snapshot: %s", r)
        .isEqualTo(r.snapshotId() == null ? 0 : r.snapshotId());
    if (!r.history().isEmpty()) {
      Health.Point last = r.history().get(r.history().size() - 1);
      assertThat(last.result()).isEqualTo(r.qualityResult());
      assertThat(last.rows()).as("the latest report checked the current snapshot").isEqualTo(r.rows());
    }
  }

  private static void consistent(PortStatus s) {
    List<String> runs = s.qualityHistory().stream().map(p -> p.runId()).toList();
    assertThat(s.latestQuality().map(QualityReport::runId)).isEqualTo(runs.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(runs.get(runs.size() - 1)));
    assertThat(s.snapshotId().isPresent()).isEqualTo(s.lastPublished().isPresent());
    assertThat((long) runs.size()).isEqualTo(s.snapshotId().orElse(0));
  }
}
