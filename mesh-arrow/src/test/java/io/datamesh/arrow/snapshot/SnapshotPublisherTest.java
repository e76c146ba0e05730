package io.datamesh.arrow.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.arrow.ExtraColumns;
import io.datamesh.arrow.Tables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SnapshotPublisherTest {
  private final BufferAllocator root = new RootAllocator();
  private final SnapshotStore store = SnapshotStore.inMemory(root, 3);

  @AfterEach
  void no_leak() {
    store.close();
    root.close();
  }

  private static BatchSupplier batches(BufferAllocator a, int count, int rows, AtomicBoolean closed) {
    int[] n = {0};
    return new BatchSupplier() {
      @Override
      public Optional<VectorSchemaRoot> next() {
        return n[0] < count ? Optional.of(Tables.orders(a, (long) rows * n[0]++, rows)) : Optional.empty();
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
  }

  @Test
  void batches_built_under_the_same_root_are_handed_over_without_a_copy() {
    AtomicBoolean closed = new AtomicBoolean();
    try (BufferAllocator producer = root.newChildAllocator("producer", 0, Long.MAX_VALUE);
        SnapshotDraft d = store.newDraft("orders", Tables.ordersSchema())) {
      PublishStats stats = SnapshotPublisher.publish(batches(producer, 3, 100, closed), d, ExtraColumns.REJECT);
      assertThat(stats.rows()).isEqualTo(300);
      assertThat(stats.batches()).isEqualTo(3);
      assertThat(stats.copiedBytes()).isZero();
      assertThat(producer.getAllocatedMemory()).isZero();
      d.commit();
    }
    assertThat(closed).isTrue();
    try (Snapshot s = store.acquire("orders").orElseThrow()) {
      assertThat(s.rowCount()).isEqualTo(300);
    }
  }

  @Test
  void batches_from_another_root_are_copied_once_and_the_bytes_counted() {
    AtomicBoolean closed = new AtomicBoolean();
    try (BufferAllocator foreign = new RootAllocator();
        SnapshotDraft d = store.newDraft("orders", Tables.ordersSchema())) {
      PublishStats stats = SnapshotPublisher.publish(batches(foreign, 2, 1000, closed), d, ExtraColumns.REJECT);
      assertThat(stats.copiedBytes()).isGreaterThan(2 * 1000 * 8);
      assertThat(foreign.getAllocatedMemory()).isZero();
      d.commit();
    }
  }

  @Test
  void a_source_that_throws_mid_stream_is_closed_and_the_publish_fails_clearly() {
    AtomicBoolean closed = new AtomicBoolean();
    BatchSupplier good = batches(root, 5, 100, closed);
    int[] n = {0};
    BatchSupplier failing = new BatchSupplier() {
      @Override
      public Optional<VectorSchemaRoot> next() throws Exception {
        if (++n[0] == 3) {
          throw new IOException("disk on fire");
        }
        return good.next();
      }

      @Override
      public void close() throws IOException {
        good.close();
      }
    };
    try (SnapshotDraft d = store.newDraft("orders", Tables.ordersSchema())) {
      assertThatThrownBy(() -> SnapshotPublisher.publish(failing, d, ExtraColumns.REJECT))
          .isInstanceOf(MeshException.class).hasMessageContaining("after 2 batches (200 rows)")
          .hasMessageContaining("disk on fire")
          .extracting(e -> ((MeshException) e).status()).isEqualTo(MeshStatus.ABORTED);
    }
    assertThat(closed).isTrue();
    assertThat(store.currentId("orders")).isEmpty();
    assertThat(root.getAllocatedMemory()).isZero();
  }

  @Test
  void the_allocator_limit_is_resource_exhausted_and_frees_what_was_taken() {
    try (BufferAllocator limited = root.newChildAllocator("limited", 0, 64 * 1024);
        SnapshotStore small = SnapshotStore.inMemory(limited, 1);
        BufferAllocator foreign = new RootAllocator()) {
      try (SnapshotDraft d = small.newDraft("orders", Tables.ordersSchema())) {
        assertThatThrownBy(() -> SnapshotPublisher.publish(batches(foreign, 50, 1000, new AtomicBoolean()), d,
            ExtraColumns.REJECT)).isInstanceOf(MeshException.class).hasMessageContaining("memory limit")
            .extracting(e -> ((MeshException) e).status()).isEqualTo(MeshStatus.RESOURCE_EXHAUSTED);
      }
      assertThat(limited.getAllocatedMemory()).isZero();
    }
  }

  @Test
  void a_batch_with_another_schema_than_the_first_is_refused() {
    List<VectorSchemaRoot> roots = new ArrayList<>(List.of(Tables.orders(root, 0, 3),
        VectorSchemaRoot.create(new org.apache.arrow.vector.types.pojo.Schema(List.of()), root)));
    try (SnapshotDraft d = store.newDraft("orders", Tables.ordersSchema())) {
      assertThatThrownBy(() -> SnapshotPublisher.publish(
          () -> roots.isEmpty() ? Optional.empty() : Optional.of(roots.remove(0)), d, ExtraColumns.REJECT))
          .hasMessageContaining("batch 2 has schema");
    }
  }
}
