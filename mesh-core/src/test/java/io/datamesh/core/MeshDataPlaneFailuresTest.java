package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeshDataPlaneFailuresTest {
  private final Mesh mesh = Mesh.builder().setSnapshotHistory(2).build();
  private final Principal ann = Principal.builder("ann").build();
  private final ExecutorService pool = Executors.newFixedThreadPool(9);

  MeshDataPlaneFailuresTest() {
    mesh.register(Orders.product());
  }

  @AfterEach
  void no_leak() throws Exception {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mesh.openReads()).isEmpty();
    mesh.close(); // closes the root allocator, which throws on any leaked byte
  }

  private long[] readAll() throws Exception {
    return Orders.drain(mesh.read(ReadRequest.of(Orders.PORT, ann)));
  }

  @Test
  void a_source_that_throws_mid_stream_is_closed_and_the_previous_snapshot_stays() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    AtomicBoolean closed = new AtomicBoolean();
    int[] n = {0};
    var failing = new io.datamesh.arrow.snapshot.BatchSupplier() {
      @Override
      public Optional<VectorSchemaRoot> next() throws IOException {
        if (n[0]++ == 2) {
          throw new IOException("upstream went away");
        }
        return Optional.of(Orders.batch(mesh.allocator(), 0, 100));
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
    assertThatThrownBy(() -> mesh.publish(Orders.PORT, failing)).isInstanceOf(MeshException.class)
        .hasMessageContaining("upstream went away").extracting(e -> ((MeshException) e).status())
        .isEqualTo(MeshStatus.ABORTED);
    assertThat(closed).isTrue();
    assertThat(mesh.currentSnapshotId(Orders.PORT)).hasValue(1);
    assertThat(readAll()).containsExactly(10, 45);
  }

  @Test
  void a_reader_closed_early_frees_its_lease_so_a_retired_snapshot_is_freed() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    ArrowReader early = mesh.read(ReadRequest.of(Orders.PORT, ann));
    assertThat(early.loadNextBatch()).isTrue();
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    long before = mesh.allocator().getAllocatedMemory();
    early.close();
    assertThat(mesh.allocator().getAllocatedMemory()).isLessThan(before);
    assertThat(mesh.openReads()).isEmpty();
  }

  @Test
  void a_publish_racing_eight_readers_never_shows_a_partial_snapshot() throws Exception {
    mesh.publish(Orders.PORT, () -> Optional.empty()); // an empty snapshot 1
    int batches = 20;
    int rows = 500;
    long fullSum = (long) batches * rows * (batches * rows - 1) / 2;
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean publishing = new AtomicBoolean(true);
    List<Future<List<Long>>> readers = new ArrayList<>();
    for (int r = 0; r < 8; r++) {
      readers.add(pool.submit(() -> {
        start.await();
        List<Long> seen = new ArrayList<>();
        long[] got;
        do { // until a read after the publish returned sees the new snapshot, however late this thread runs
          got = readAll();
          seen.add(got[0]);
          assertThat(got[0] == 0 || (got[0] == (long) batches * rows && got[1] == fullSum))
              .as("rows %d sum %d", got[0], got[1]).isTrue();
        } while (publishing.get() || got[0] == 0);
        return seen;
      }));
    }
    start.countDown();
    List<VectorSchemaRoot> pending = new ArrayList<>(Orders.batches(mesh.allocator(), batches, rows));
    PublishResult result = mesh.publish(Orders.PORT, () -> {
      Thread.sleep(1);
      return pending.isEmpty() ? Optional.empty() : Optional.of(pending.remove(0));
    });
    publishing.set(false);
    for (Future<List<Long>> f : readers) {
      assertThat(f.get(30, TimeUnit.SECONDS)).isNotEmpty().endsWith((long) batches * rows);
    }
    assertThat(result.snapshotId()).isEqualTo(2);
    assertThat(readAll()).containsExactly((long) batches * rows, fullSum);
  }

  @Test
  void two_publishes_racing_on_one_port_run_one_after_the_other_with_increasing_ids() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    int[] n = {0};
    Future<PublishResult> first = pool.submit(() -> mesh.publish(Orders.PORT, () -> {
      if (n[0]++ == 0) {
        inside.countDown();
        release.await();
        return Optional.of(Orders.batch(mesh.allocator(), 0, 10));
      }
      return Optional.empty();
    }));
    assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
    Future<PublishResult> second = pool.submit(() -> mesh.publish(Orders.PORT,
        Orders.batch(mesh.allocator(), 100, 20)));
    ArrowReader racing = Orders.ipc(Orders.batch(mesh.allocator(), 0, 1), mesh.allocator());
    assertThatThrownBy(() -> mesh.publish(Orders.PORT, racing, 0))
        .isInstanceOf(MeshException.class).hasMessageContaining("in progress")
        .extracting(e -> ((MeshException) e).status()).isEqualTo(MeshStatus.FAILED_PRECONDITION);
    release.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS).snapshotId()).isEqualTo(1);
    assertThat(second.get(30, TimeUnit.SECONDS).snapshotId()).isEqualTo(2);
    assertThat(readAll()[0]).isEqualTo(20);
  }

  @Test
  void a_publish_naming_a_stale_expected_snapshot_fails_and_closes_its_reader() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    try (BufferAllocator a = mesh.allocator().newChildAllocator("source", 0, Long.MAX_VALUE)) {
      ArrowReader source = mesh.read(ReadRequest.of(Orders.PORT, ann));
      assertThatThrownBy(() -> mesh.publish(Orders.PORT, source, 7)).hasMessageContaining("expected snapshot 7");
      assertThat(mesh.openReads()).isEmpty();
      assertThat(mesh.publish(Orders.PORT, mesh.read(ReadRequest.of(Orders.PORT, ann)), 1).snapshotId())
          .isEqualTo(2);
      assertThat(a.getAllocatedMemory()).isZero();
    }
  }

  @Test
  void reaching_the_memory_limit_is_resource_exhausted_and_the_previous_snapshot_stays() throws Exception {
    try (Mesh small = Mesh.builder().setMemoryLimit(256 * 1024).build();
        BufferAllocator foreign = new RootAllocator()) {
      small.register(Orders.product());
      small.publish(Orders.PORT, Orders.batch(small.allocator(), 0, 100));
      int[] n = {0};
      assertThatThrownBy(() -> small.publish(Orders.PORT, () -> n[0]++ < 100
          ? Optional.of(Orders.batch(foreign, 0, 1000)) : Optional.empty()))
          .isInstanceOf(MeshException.class).hasMessageContaining("memory limit")
          .extracting(e -> ((MeshException) e).status()).isEqualTo(MeshStatus.RESOURCE_EXHAUSTED);
      assertThat(foreign.getAllocatedMemory()).isZero();
      assertThat(Orders.drain(small.read(ReadRequest.of(Orders.PORT, ann)))[0]).isEqualTo(100);
    }
  }
}
