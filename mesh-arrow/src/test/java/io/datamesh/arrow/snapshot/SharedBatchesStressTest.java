package io.datamesh.arrow.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/**
 * Many threads lease, read and release the same batches while the owner drops its reference at a random moment
 * (and every thread closes the owner's reference too, which must count once). The allocator's accounting decides:
 * a leak leaves bytes or an open allocator behind, a double free counts two frees, and a free under a lease shows
 * as a counted free while a worker still holds its lease. That check matters because Arrow itself does not
 * reliably notice a use after free here: a loaded vector reads native memory without looking at its reference
 * count, so freed memory may still hold the right values. Workers take different numbers of leases so that the
 * last one runs alone after the owner's reference is gone and is refused; the run asserts refusals happened. Fixed
 * work per round, no timing in the verdict.
 */
class SharedBatchesStressTest {
  private static final int THREADS = 4;
  private static final int ROUNDS = 200;
  /** Worker w takes up to (w + 1) * this many leases: 10, 20, 30, 40. */
  private static final int LEASES_STEP = 10;

  @Test
  void racing_leases_reads_and_owner_closes_free_the_batches_once_and_never_under_a_reader() throws Exception {
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    AtomicLong refused = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (BufferAllocator root = new RootAllocator()) {
      for (int round = 0; round < ROUNDS; round++) {
        Tracked t = new Tracked(root, "round " + round, 64, 1, 200);
        CyclicBarrier start = new CyclicBarrier(THREADS + 1);
        Future<?>[] done = new Future<?>[THREADS];
        for (int w = 0; w < THREADS; w++) {
          int worker = w;
          done[w] = pool.submit(() -> {
            start.await();
            for (int i = 0; i < (worker + 1) * LEASES_STEP; i++) {
              Optional<Snapshot> lease = t.tryLease("k", worker + 1);
              if (lease.isEmpty()) {
                refused.incrementAndGet();
                break;
              }
              try (Snapshot nested = t.lease("k", worker + 1)) { // held by `lease`, so it must succeed
                List<Long> sums = Tracked.readAll(Tracked.reader(root, lease.get(), "reader " + worker));
                if (!sums.equals(t.idSums) || nested.batches().size() != t.idSums.size()) {
                  wrong.add("worker " + worker + " read " + sums + ", expected " + t.idSums);
                }
                if (t.frees.get() != 0) {
                  wrong.add("worker " + worker + " saw the batches freed while it held a lease");
                }
              }
            }
            t.shared.close(); // the owner's reference, from every thread: released once in all
            return null;
          });
        }
        start.await();
        for (int spin = ThreadLocalRandom.current().nextInt(2_000); spin > 0; spin--) {
          Thread.onSpinWait();
        }
        t.shared.close();
        for (Future<?> f : done) {
          f.get(30, TimeUnit.SECONDS);
        }
        assertThat(t.frees).as("round %d freed", round).hasValue(1);
        assertThat(t.releasedBytes).as("round %d bytes given back", round).hasValue(t.bytes);
        assertThat(t.tryLease("k", 1)).isEmpty();
        t.closeParent();
      }
      assertThat(wrong).isEmpty();
      assertThat(refused.get()).as("leases that lost the race with the last release").isPositive();
      assertThat(root.getAllocatedMemory()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
