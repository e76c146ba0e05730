package io.datamesh.arrow.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.arrow.Tables;
import io.datamesh.arrow.internal.SharedBatches;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
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
    try (Snapshot peek = t.lease("orders", 7);
        SnapshotReader r = Tracked.reader(root, t.lease("orders", 7), "read")) {
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
    Snapshot lease = t.tryLease("orders", 1).orElseThrow();

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
    assertThat(t.tryLease("orders", 3)).isEmpty();
    assertThat(t.frees).hasValue(1);
    t.closeParent();
  }

  @Test
  void a_lease_reports_the_identity_it_was_given_and_the_holders_rows_and_size() {
    Tracked t = new Tracked(root, "shared", 10, 20, 5);
    try (Snapshot s = t.lease("port-a", 42)) {
      assertThat(s.key()).isEqualTo("port-a");
      assertThat(s.id()).isEqualTo(42);
      assertThat(s.rowCount()).isEqualTo(35).isEqualTo(t.shared.rowCount());
      assertThat(s.sizeBytes()).isEqualTo(t.bytes).isEqualTo(t.shared.sizeBytes());
      assertThat(s.schema()).isEqualTo(Tables.ordersSchema());
      assertThat(s).hasToString("Snapshot[port-a #42, 35 rows]");
    }
    t.shared.close();
    assertThat(t.tryLease("port-a", 42)).isEmpty();
    t.closeParent();
  }

  @Test
  void the_javadoc_example_runs_as_written() {
    BufferAllocator allocator = root.newChildAllocator("orders #1", 0, Long.MAX_VALUE);
    org.apache.arrow.vector.types.pojo.Schema schema = Tables.ordersSchema();
    List<ArrowRecordBatch> batches;
    try (VectorSchemaRoot b = Tables.orders(allocator, 0, 10)) {
      batches = List.of(new org.apache.arrow.vector.VectorUnloader(b).getRecordBatch());
    }

    SharedBatches shared = SharedBatches.of(schema, batches, allocator); // takes over batches and allocator
    SharedBatches.Lease lease = shared.tryLease("orders", 1).orElseThrow();
    shared.close();                // the owner is done; the lease keeps the batches alive
    assertThat(lease.batches()).hasSize(1);
    assertThat(root.getChildAllocators()).as("still alive under the lease").hasSize(1);
    lease.close();                 // the last release: batches and allocator are freed here

    assertThat(root.getChildAllocators()).as("the last release closed the batches' allocator").isEmpty();
    assertThat(shared.sizeBytes()).as("the allocator's memory when taken over").isPositive();
  }

  @Test
  void ids_below_one_are_refused_without_taking_a_reference() {
    Tracked t = new Tracked(root, "shared", 10);

    assertThatThrownBy(() -> t.shared.tryLease("orders", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0").hasMessageContaining("orders");
    assertThatThrownBy(() -> t.tryLease("orders", -3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was -3");
    t.shared.close();

    assertThat(t.freed()).as("the owner's close was the last release").isTrue();
    t.closeParent();
  }

  @Test
  void a_rejected_holder_takes_nothing_over_the_caller_still_owns_batches_and_allocator() {
    BufferAllocator a = root.newChildAllocator("batches", 0, Long.MAX_VALUE);
    ArrowRecordBatch batch;
    try (VectorSchemaRoot b = Tables.orders(a, 0, 3)) {
      batch = new org.apache.arrow.vector.VectorUnloader(b).getRecordBatch();
    }
    long before = a.getAllocatedMemory();
    List<Integer> refs = batch.getBuffers().stream().map(ArrowBuf::refCnt).toList();
    List<ArrowRecordBatch> withNull = new ArrayList<>();
    withNull.add(batch);
    withNull.add(null);

    assertThatThrownBy(() -> SharedBatches.of(Tables.ordersSchema(), withNull, a))
        .isInstanceOf(NullPointerException.class);

    assertThat(a.getAllocatedMemory()).as("nothing freed").isEqualTo(before).isPositive();
    // A buffer's count is its allocation's: validity and values of one vector share one, held once per buffer.
    assertThat(batch.getBuffers().stream().map(ArrowBuf::refCnt).toList()).as("no reference taken or dropped")
        .isEqualTo(refs).allMatch(n -> n >= 1);
    batch.close();
    a.close();
  }

  @Test
  void a_batch_that_fails_to_close_neither_keeps_the_others_nor_the_allocator_open_and_its_failure_wins() {
    Tracked t = new Tracked(root, "shared", 10, 20, 30);
    t.breakClose(0);
    t.breakClose(1);

    assertThatThrownBy(t.shared::close).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RefCnt has gone negative")
        .satisfies(e -> assertThat(e.getSuppressed()).as("the second batch's failure").hasSize(1));

    assertThat(t.freed()).as("the third batch and the allocator were closed anyway").isTrue();
    assertThat(t.frees).hasValue(1);
    assertThat(t.shared.tryLease("orders", 1)).isEmpty();
    t.closeParent();
  }

  @Test
  void closing_every_holder_goes_on_after_a_failure_and_throws_the_first() {
    Tracked broken = new Tracked(root, "broken", 10);
    Tracked fine = new Tracked(root, "fine", 10);
    broken.breakClose(0);

    assertThatThrownBy(() -> SharedBatches.closeAll(List.of(broken.shared, fine.shared)))
        .hasMessageContaining("RefCnt has gone negative");

    assertThat(broken.freed()).isTrue();
    assertThat(fine.freed()).as("closed although the holder before it failed").isTrue();
    broken.closeParent();
    fine.closeParent();
  }
}
