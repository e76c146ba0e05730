package io.datamesh.arrow.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.arrow.Tables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * Random sequences of lease, lease close (first and repeated), owner close, reader open, read and reader close,
 * run in groups of up to three steps that start together on three threads, against a model that is just a
 * reference count. Each step of a group works on objects no other step of the group touches, so the only shared
 * state is the holder itself. After every group: the batches are freed exactly once, exactly when the model's count
 * is zero, never while a reader is open; every read sees the published values; a lease is refused once freed. Where
 * a group both releases the last reference and leases, either order is allowed, but the count must agree with the
 * leases that won.
 */
class SharedBatchesProperties {
  private static final int THREADS = 3;

  enum Kind { TRY_LEASE, CLOSE_LEASE, CLOSE_AGAIN, OPEN_READER, READ_BATCH, CLOSE_READER, CLOSE_OWNER }

  /** One step: what, on which open lease or reader (modulo how many there are). */
  record Op(Kind kind, int index) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.just(Kind.TRY_LEASE)),
        Tuple.of(3, Arbitraries.just(Kind.CLOSE_LEASE)),
        Tuple.of(1, Arbitraries.just(Kind.CLOSE_AGAIN)),
        Tuple.of(2, Arbitraries.just(Kind.OPEN_READER)),
        Tuple.of(3, Arbitraries.just(Kind.READ_BATCH)),
        Tuple.of(2, Arbitraries.just(Kind.CLOSE_READER)),
        Tuple.of(1, Arbitraries.just(Kind.CLOSE_OWNER)));
    return Combinators.combine(kinds, Arbitraries.integers().between(0, 7)).as(Op::new).list().ofMinSize(1)
        .ofMaxSize(45);
  }

  /** An open reader and the index of the batch it reads next. */
  private static final class Reader {
    final ArrowReader reader;
    int next;

    Reader(ArrowReader reader) {
      this.reader = reader;
    }
  }

  /** The model and the real objects it describes. */
  private static final class Run {
    final BufferAllocator root;
    final Tracked t;
    int refs = 1;
    boolean ownerClosed;
    final List<Snapshot> leases = new ArrayList<>();
    final List<Snapshot> closedLeases = new ArrayList<>();
    final List<Reader> readers = new ArrayList<>();
    int readerNames;

    Run(BufferAllocator root, int[] rows) {
      this.root = root;
      this.t = new Tracked(root, "shared", rows);
    }

    /** What a group does: its steps, how many references it releases, how many it tries to take. */
    private final class Group {
      final List<Callable<Runnable>> steps = new ArrayList<>();
      final Set<Object> taken = Collections.newSetFromMap(new IdentityHashMap<>());
      int releases;
      int attempts;
      int won;
    }

    /** Binds each op to objects no other op of the group touches, runs them at once, then updates the model. */
    void runGroup(List<Op> ops, ExecutorService[] threads) throws Exception {
      Group g = new Group();
      ops.forEach(op -> plan(op, g));
      int before = refs;
      if (g.steps.isEmpty()) {
        return;
      }
      CyclicBarrier start = new CyclicBarrier(g.steps.size());
      List<Future<Runnable>> done = new ArrayList<>();
      for (int i = 0; i < g.steps.size(); i++) {
        Callable<Runnable> step = g.steps.get(i);
        done.add(threads[i].submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return step.call();
        }));
      }
      for (Future<Runnable> f : done) {
        f.get(30, TimeUnit.SECONDS).run(); // the model update of the step, on this thread
      }
      refs = before - g.releases + g.won;
      if (before == 0) {
        assertThat(g.won).as("leases after the free").isZero();
      } else if (before - g.releases > 0) {
        assertThat(g.won).as("leases while a reference was surely held").isEqualTo(g.attempts);
      }
      check();
    }

    private <T> Optional<T> pick(List<T> from, int index, Group g) {
      for (int i = 0; i < from.size(); i++) {
        T x = from.get((index + i) % from.size());
        if (g.taken.add(x)) {
          return Optional.of(x);
        }
      }
      return Optional.empty();
    }

    private void plan(Op op, Group g) {
      switch (op.kind()) {
        case TRY_LEASE -> {
          g.attempts++;
          g.steps.add(() -> {
            Optional<Snapshot> lease = t.tryLease("k", 1);
            return () -> lease.ifPresent(l -> {
              leases.add(l);
              g.won++;
            });
          });
        }
        case OPEN_READER -> {
          g.attempts++;
          String name = "reader " + readerNames++;
          g.steps.add(() -> {
            Optional<ArrowReader> reader = t.tryLease("k", 1).map(l -> Tracked.reader(root, l, name));
            return () -> reader.ifPresent(r -> {
              readers.add(new Reader(r));
              g.won++;
            });
          });
        }
        case CLOSE_LEASE -> pick(leases, op.index(), g).ifPresent(l -> {
          g.releases++;
          g.steps.add(() -> {
            l.close();
            return () -> {
              leases.remove(l);
              closedLeases.add(l);
            };
          });
        });
        case CLOSE_AGAIN -> pick(closedLeases, op.index(), g).ifPresent(l -> g.steps.add(() -> {
          l.close(); // a second close changes nothing
          return () -> { };
        }));
        case READ_BATCH -> pick(readers, op.index(), g).ifPresent(r -> g.steps.add(() -> {
          boolean loaded = r.reader.loadNextBatch();
          assertThat(loaded).isEqualTo(r.next < t.idSums.size());
          if (loaded) {
            assertThat(Tables.sumIds(List.of(r.reader.getVectorSchemaRoot()))).isEqualTo(t.idSums.get(r.next));
            r.next++;
          }
          return () -> { };
        }));
        case CLOSE_READER -> pick(readers, op.index(), g).ifPresent(r -> {
          g.releases++;
          g.steps.add(() -> {
            r.reader.close();
            return () -> readers.remove(r);
          });
        });
        case CLOSE_OWNER -> {
          if (!ownerClosed) {
            ownerClosed = true;
            g.releases++;
          }
          g.steps.add(() -> { // also when closed already, and also twice in one group: counted once
            t.shared.close();
            return () -> { };
          });
        }
      }
    }

    /** The allocator's accounting agrees with the model. */
    void check() {
      assertThat(t.frees.get()).as("times freed with %d references", refs).isEqualTo(refs == 0 ? 1 : 0);
      assertThat(t.allocator.getAllocatedMemory()).isEqualTo(refs == 0 ? 0 : t.bytes);
      assertThat(t.releasedBytes.get()).as("bytes given back").isEqualTo(refs == 0 ? t.bytes : 0);
      assertThat(refs).as("references held").isEqualTo(leases.size() + readers.size() + (ownerClosed ? 0 : 1));
    }

    void closeEverything() throws Exception {
      for (Reader r : readers) {
        r.reader.close();
      }
      leases.forEach(Snapshot::close);
      t.shared.close();
    }
  }

  @Property(tries = 300)
  void the_batches_are_freed_exactly_once_at_the_last_release_and_never_under_an_open_reader(
      @ForAll("ops") List<Op> ops, @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 1, max = 40) Integer> rows)
      throws Exception {
    ExecutorService[] threads = new ExecutorService[THREADS];
    for (int i = 0; i < THREADS; i++) {
      threads[i] = Executors.newSingleThreadExecutor();
    }
    try (BufferAllocator root = new RootAllocator()) {
      Run run = new Run(root, rows.stream().mapToInt(Integer::intValue).toArray());
      try {
        for (int from = 0; from < ops.size(); from += THREADS) {
          run.runGroup(ops.subList(from, Math.min(ops.size(), from + THREADS)), threads);
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
      assertThat(run.t.tryLease("k", 1)).isEmpty();
      run.t.closeParent();
      assertThat(root.getAllocatedMemory()).isZero();
    } finally {
      for (ExecutorService e : threads) {
        e.shutdownNow();
      }
    }
  }
}
