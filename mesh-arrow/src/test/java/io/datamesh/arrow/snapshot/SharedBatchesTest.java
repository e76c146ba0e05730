package io.datamesh.arrow.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.arrow.Tables;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The owner and every lease hold one reference each; the last release frees the batches, once. */
class SharedBatchesTest {
  private final BufferAllocator root = new RootAllocator();

  @AfterEach
  void no_leak() {
    assertThat(root.getAllocatedMemory()).isZero();
    root.close();
  }

  @Test
  void a_reader_over_a_lease_shares_the_holders_buffers_instead_of_copying_them() throws Exception {
    Tracked t = new Tracked(root, "shared", 100, 50);
    long before = root.getAllocatedMemory();
    try (Snapshot peek = t.shared.lease("orders", 7);
        SnapshotReader r = Tracked.reader(root, t.shared.lease("orders", 7), "read")) {
      assertThat(r.loadNextBatch()).isTrue();
      VectorSchemaRoot out = r.getVectorSchemaRoot();
      ArrowRecordBatch first = peek.batches().get(0);
      assertThat(out.getVector("id").getDataBuffer().memoryAddress())
          .as("the reader's id vector is the holder's buffer").isEqualTo(first.getBuffers().get(1).memoryAddress());
      assertThat(root.getAllocatedMemory()).as("nothing copied").isEqualTo(before);
      assertThat(Tables.sumIds(List.of(out))).isEqualTo(t.idSums.get(0));
    }
    assertThat(t.freed()).as("the owner still holds its reference").isFalse();
    t.shared.close();
    assertThat(t.freed()).isTrue();
    t.closeParent();
  }

  @Test
  void the_owners_close_is_idempotent_and_an_open_lease_keeps_the_batches_until_it_closes() {
    Tracked t = new Tracked(root, "shared", 10);
    Snapshot lease = t.shared.tryLease("orders", 1).orElseThrow();

    t.shared.close();
    t.shared.close();

    assertThat(t.freed()).isFalse();
    assertThat(lease.batches()).hasSize(1);
    assertThat(t.allocator.getAllocatedMemory()).isEqualTo(t.bytes);
    lease.close();
    lease.close();
    assertThat(t.freed()).isTrue();
    assertThat(t.frees).hasValue(1);
    assertThat(t.releasedBytes).hasValue(t.bytes);
    t.closeParent();
  }

  @Test
  void leasing_after_the_last_release_fails_with_a_message_that_says_why() {
    Tracked t = new Tracked(root, "shared", 10);
    t.shared.close();

    assertThat(t.shared.tryLease("orders", 3)).isEmpty();
    assertThatThrownBy(() -> t.shared.lease("orders", 3)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("snapshot 3 of orders").hasMessageContaining("freed");
    assertThat(t.frees).hasValue(1);
    t.closeParent();
  }

  @Test
  void a_lease_reports_the_identity_it_was_given_and_the_holders_rows_and_size() {
    Tracked t = new Tracked(root, "shared", 10, 20, 5);
    try (Snapshot s = t.shared.lease("port-a", 42)) {
      assertThat(s.key()).isEqualTo("port-a");
      assertThat(s.id()).isEqualTo(42);
      assertThat(s.rowCount()).isEqualTo(35).isEqualTo(t.shared.rowCount());
      assertThat(s.sizeBytes()).isEqualTo(t.bytes).isEqualTo(t.shared.sizeBytes());
      assertThat(s.schema()).isEqualTo(Tables.ordersSchema());
      assertThat(s).hasToString("Snapshot[port-a #42, 35 rows]");
    }
    t.shared.close();
    assertThatThrownBy(() -> t.shared.lease("port-a", 42).close()).isInstanceOf(IllegalStateException.class);
    t.closeParent();
  }

  @Test
  void the_documented_example_runs_as_written() throws Exception {
    BufferAllocator allocator = root.newChildAllocator("orders #1", 0, Long.MAX_VALUE);
    org.apache.arrow.vector.types.pojo.Schema schema = Tables.ordersSchema();
    List<ArrowRecordBatch> batches;
    try (VectorSchemaRoot b = Tables.orders(allocator, 0, 10)) {
      batches = List.of(new org.apache.arrow.vector.VectorUnloader(b).getRecordBatch());
    }
    BufferAllocator readAllocator = root.newChildAllocator("read", 0, Long.MAX_VALUE);

    SharedBatches shared = SharedBatches.of(schema, batches, allocator.getAllocatedMemory(), allocator);
    Snapshot lease = shared.tryLease("orders", 1).orElseThrow();
    shared.close();                                 // the lease keeps the batches alive
    long rows = 0;
    try (org.apache.arrow.vector.ipc.ArrowReader r = SnapshotReader.open(lease, readAllocator, List.of(),
        java.util.Optional.empty())) {
      while (r.loadNextBatch()) {
        rows += r.getVectorSchemaRoot().getRowCount();
      }
    }

    assertThat(rows).isEqualTo(10);
    assertThat(root.getChildAllocators()).as("the last release closed the batches' allocator").isEmpty();
  }

  @Test
  void a_negative_size_is_refused_and_nothing_is_taken_over() {
    try (BufferAllocator a = root.newChildAllocator("batches", 0, Long.MAX_VALUE);
        VectorSchemaRoot b = Tables.orders(a, 0, 3);
        ArrowRecordBatch batch = new org.apache.arrow.vector.VectorUnloader(b).getRecordBatch()) {
      assertThatThrownBy(() -> SharedBatches.of(Tables.ordersSchema(), List.of(batch), -1, a))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
      assertThat(batch.computeBodyLength()).as("the batch is still the caller's and open").isPositive();
    }
  }
}
