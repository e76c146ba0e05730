package io.datamesh.arrow.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.arrow.ExtraColumns;
import io.datamesh.arrow.Tables;
import io.datamesh.arrow.mask.Mask;
import io.datamesh.arrow.mask.MaskedReader;
import io.datamesh.arrow.mask.SecretProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A mesh closing the readers left open races their users closing them. Two closes of one reader, at the same
 * moment from two threads, must release its memory exactly once: no exception on either side, and the reader's
 * allocator gone and the snapshot's buffers intact when both calls return.
 */
class ReaderCloseRaceTest {
  private static final int ROUNDS = 300;
  private final BufferAllocator root = new RootAllocator();
  private final SnapshotStore store = SnapshotStore.inMemory(root, 2);
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @BeforeEach
  void publish() {
    int[] n = {0};
    try (SnapshotDraft d = store.newDraft("orders", Tables.ordersSchema())) {
      SnapshotPublisher.publish(() -> n[0] < 3 ? Optional.of(Tables.orders(root, 100L * n[0]++, 100))
          : Optional.empty(), d, ExtraColumns.REJECT);
      d.commit();
    }
  }

  @AfterEach
  void no_leak() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    store.close();
    root.close();
  }

  @Test
  void racing_closes_of_a_snapshot_reader_release_it_once() throws Exception {
    race(a -> SnapshotReader.open(store.acquire("orders").orElseThrow(), a, List.of(), Optional.empty()));
  }

  @Test
  void racing_closes_of_a_masked_reader_release_it_once() throws Exception {
    SecretProvider secrets = SecretProvider.of(Map.of("k1", new byte[32]));
    race(a -> MaskedReader.open(SnapshotReader.open(store.acquire("orders").orElseThrow(),
        a.newChildAllocator("source", 0, Long.MAX_VALUE), List.of(), Optional.empty()), a,
        List.of(Mask.hash("note", "k1")), secrets));
  }

  @Test
  void a_close_without_the_source_then_a_full_close_releases_everything_and_reading_after_close_is_refused()
      throws Exception {
    long snapshotBytes = root.getAllocatedMemory();
    ArrowReader reader = SnapshotReader.open(store.acquire("orders").orElseThrow(),
        root.newChildAllocator("read-partial", 0, Long.MAX_VALUE), List.of(), Optional.empty());
    assertThat(reader.loadNextBatch()).isTrue();
    reader.close(false);
    assertThatThrownBy(reader::loadNextBatch).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed").hasMessageContaining("open a new read");
    assertThat(root.getChildAllocators()).as("the source is still open").anyMatch(a -> a.getName().equals("read-partial"));
    reader.close();
    assertThat(root.getChildAllocators()).noneMatch(a -> a.getName().equals("read-partial"));
    assertThat(root.getAllocatedMemory()).isEqualTo(snapshotBytes);
  }

  private void race(Function<BufferAllocator, ArrowReader> open) throws Exception {
    long snapshotBytes = root.getAllocatedMemory();
    for (int round = 0; round < ROUNDS; round++) {
      ArrowReader reader = open.apply(root.newChildAllocator("read-" + round, 0, Long.MAX_VALUE));
      assertThat(reader.loadNextBatch()).isTrue(); // mid-read: the root holds a batch when the closes race
      CyclicBarrier both = new CyclicBarrier(2);
      List<Future<?>> closes = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        closes.add(pool.submit(() -> {
          both.await();
          reader.close();
          return null;
        }));
      }
      for (Future<?> f : closes) {
        f.get(30, TimeUnit.SECONDS); // rethrows what either close threw
        assertThat(root.getChildAllocators()).as("round %d: freed when any close returns", round)
            .noneMatch(a -> a.getName().startsWith("read-"));
      }
      assertThat(root.getAllocatedMemory()).as("round %d: the snapshot keeps its buffers", round)
          .isEqualTo(snapshotBytes);
    }
  }
}
