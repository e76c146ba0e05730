package io.datamesh.arrow.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.arrow.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * Random sequences of lease (retain), lease close (release), owner close and reads, each run on one of three
 * threads, against a model that is just a reference count: the batches are freed exactly once, at the release that
 * brings the count to zero, never while a reader is open; every read sees the published values; a lease after the
 * free fails with a clear exception.
 */
class SharedBatchesProperties {
  enum Kind { LEASE, TRY_LEASE, CLOSE_LEASE, OPEN_READER, READ_BATCH, CLOSE_READER, CLOSE_OWNER }

  /** One step: what, on which open lease or reader (modulo how many there are), on which thread. */
  record Op(Kind kind, int index, int thread) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.LEASE)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.TRY_LEASE)),
        net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.CLOSE_LEASE)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.OPEN_READER)),
        net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.READ_BATCH)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.CLOSE_READER)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.CLOSE_OWNER)));
    return Combinators.combine(kinds, Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 2))
        .as(Op::new).list().ofMinSize(1).ofMaxSize(40);
  }

  /** The model and the real objects it describes. */
  private static final class Run {
    final BufferAllocator root;
    final Tracked t;
    int refs = 1;
    boolean ownerClosed;
    final List<Snapshot> leases = new ArrayList<>();
    final List<Snapshot> closedLeases = new ArrayList<>();
    final List<ArrowReader> readers = new ArrayList<>();
    final List<Integer> nextBatch = new ArrayList<>();
    int readerNames;

    Run(BufferAllocator root, int[] rows) {
      this.root = root;
      this.t = new Tracked(root, "shared", rows);
    }

    void apply(Op op) throws Exception {
      switch (op.kind()) {
        case LEASE -> lease();
        case TRY_LEASE -> tryLease();
        case CLOSE_LEASE -> closeLease(op.index());
        case OPEN_READER -> openReader();
        case READ_BATCH -> readBatch(op.index());
        case CLOSE_READER -> closeReader(op.index());
        case CLOSE_OWNER -> closeOwner();
      }
    }

    private void lease() {
      if (refs == 0) {
        assertThatThrownBy(() -> t.shared.lease("k", 1)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("freed");
        return;
      }
      leases.add(t.shared.lease("k", 1));
      refs++;
    }

    private void tryLease() {
      var lease = t.shared.tryLease("k", 1);
      assertThat(lease.isPresent()).as("a lease exists exactly while a reference is held").isEqualTo(refs > 0);
      lease.ifPresent(l -> {
        leases.add(l);
        refs++;
      });
    }

    private void closeLease(int index) {
      if (!closedLeases.isEmpty() && index % 3 == 0) {
        closedLeases.get(index % closedLeases.size()).close(); // a second close changes nothing
        return;
      }
      if (leases.isEmpty()) {
        return;
      }
      Snapshot l = leases.remove(index % leases.size());
      l.close();
      closedLeases.add(l);
      refs--;
    }

    private void openReader() {
      if (refs == 0) {
        return;
      }
      readers.add(Tracked.reader(root, t.shared.lease("k", 1), "reader " + readerNames++));
      nextBatch.add(0);
      refs++;
    }

    private void readBatch(int index) throws Exception {
      if (readers.isEmpty()) {
        return;
      }
      int i = index % readers.size();
      ArrowReader r = readers.get(i);
      int next = nextBatch.get(i);
      boolean loaded = r.loadNextBatch();
      assertThat(loaded).isEqualTo(next < t.idSums.size());
      if (loaded) {
        assertThat(Tables.sumIds(List.of(r.getVectorSchemaRoot()))).isEqualTo(t.idSums.get(next));
        nextBatch.set(i, next + 1);
      }
    }

    private void closeReader(int index) throws Exception {
      if (readers.isEmpty()) {
        return;
      }
      int i = index % readers.size();
      readers.remove(i).close();
      nextBatch.remove(i);
      refs--;
    }

    private void closeOwner() {
      t.shared.close();
      if (!ownerClosed) {
        ownerClosed = true;
        refs--;
      }
    }

    /** The allocator's accounting agrees with the model after every step. */
    void check() {
      assertThat(t.frees.get()).as("times freed").isEqualTo(refs == 0 ? 1 : 0);
      assertThat(t.allocator.getAllocatedMemory()).isEqualTo(refs == 0 ? 0 : t.bytes);
      assertThat(t.releasedBytes.get()).as("bytes given back").isEqualTo(refs == 0 ? t.bytes : 0);
      if (!readers.isEmpty()) {
        assertThat(refs).as("an open reader holds a reference").isPositive();
      }
    }

    void closeEverything() throws Exception {
      for (ArrowReader r : readers) {
        r.close();
      }
      leases.forEach(Snapshot::close);
      t.shared.close();
    }
  }

  @Property(tries = 300)
  void the_batches_are_freed_exactly_once_at_the_last_release_and_never_under_an_open_reader(
      @ForAll("ops") List<Op> ops, @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 1, max = 40) Integer> rows)
      throws Exception {
    ExecutorService[] threads = {Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor(),
        Executors.newSingleThreadExecutor()};
    try (BufferAllocator root = new RootAllocator()) {
      Run run = new Run(root, rows.stream().mapToInt(Integer::intValue).toArray());
      try {
        for (Op op : ops) {
          threads[op.thread()].submit(() -> {
            run.apply(op);
            return null;
          }).get();
          run.check();
        }
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Error err) {
          throw err; // a failed assertion, reported as is
        }
        throw e.getCause() instanceof Exception c ? c : e;
      } finally {
        run.closeEverything();
      }
      assertThat(run.t.frees).hasValue(1);
      assertThat(run.t.releasedBytes).hasValue(run.t.bytes);
      assertThat(run.t.shared.tryLease("k", 1)).isEmpty();
      run.t.closeParent();
      assertThat(root.getAllocatedMemory()).isZero();
    } finally {
      for (ExecutorService e : threads) {
        e.shutdownNow();
      }
    }
  }
}
