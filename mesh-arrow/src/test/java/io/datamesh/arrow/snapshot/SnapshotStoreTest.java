package io.datamesh.arrow.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.arrow.Tables;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SnapshotStoreTest {
  private final BufferAllocator allocator = new RootAllocator();
  private final SnapshotStore store = SnapshotStore.inMemory(allocator, 2);

  @AfterEach
  void no_leak() {
    store.close();
    assertThat(allocator.getAllocatedMemory()).isZero();
    allocator.close();
  }

  private long commit(String key, long start, int rows) {
    try (SnapshotDraft d = store.newDraft(key, Tables.ordersSchema())) {
      d.append(Tables.orders(d.allocator(), start, rows));
      return d.commit();
    }
  }

  @Test
  void ids_increase_per_key_and_only_the_newest_history_snapshots_are_kept() {
    assertThat(store.currentId("a")).isEmpty();
    assertThat(commit("a", 0, 10)).isEqualTo(1);
    assertThat(commit("a", 0, 10)).isEqualTo(2);
    assertThat(commit("b", 0, 10)).isEqualTo(1);
    assertThat(commit("a", 0, 10)).isEqualTo(3);
    assertThat(store.ids("a")).containsExactly(2L, 3L);
    assertThat(store.currentId("a")).hasValue(3);
    assertThat(store.acquire("a", 1)).isEmpty();
  }

  @Test
  void a_lease_keeps_a_retired_snapshot_alive_until_it_closes_then_its_memory_is_freed() {
    commit("a", 0, 1000);
    Snapshot first = store.acquire("a").orElseThrow();
    long withOne = allocator.getAllocatedMemory();
    commit("a", 0, 1000);
    commit("a", 0, 1000);
    assertThat(store.ids("a")).containsExactly(2L, 3L);
    assertThat(first.rowCount()).isEqualTo(1000);
    assertThat(first.batches()).hasSize(1);
    long withThree = allocator.getAllocatedMemory();
    assertThat(withThree).isGreaterThan(2 * withOne);
    first.close();
    first.close(); // a second close does nothing
    assertThat(allocator.getAllocatedMemory()).isLessThan(withThree);
    assertThatThrownBy(first::batches).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_discarded_draft_frees_everything_and_changes_nothing() {
    commit("a", 0, 10);
    long before = allocator.getAllocatedMemory();
    try (SnapshotDraft d = store.newDraft("a", Tables.ordersSchema())) {
      d.append(Tables.orders(d.allocator(), 0, 500));
    }
    assertThat(allocator.getAllocatedMemory()).isEqualTo(before);
    assertThat(store.currentId("a")).hasValue(1);
  }

  @Test
  void closing_the_store_while_a_lease_is_open_says_what_is_still_open() {
    commit("a", 0, 10);
    Snapshot lease = store.acquire("a").orElseThrow();
    BufferAllocator other = new RootAllocator();
    SnapshotStore second = SnapshotStore.inMemory(other, 1);
    try (SnapshotDraft d = second.newDraft("k", Tables.ordersSchema())) {
      d.append(Tables.orders(d.allocator(), 0, 3));
      d.commit();
    }
    Snapshot held = second.acquire("k").orElseThrow();
    assertThatThrownBy(second::close).isInstanceOf(MeshException.class).hasMessageContaining("snapshot k");
    held.close();
    other.getChildAllocators().forEach(BufferAllocator::close);
    other.close();
    lease.close();
  }

  /** Makes freeing a snapshot fail without leaking: its last buffer is released once behind the store's back. */
  private static void breakFreeing(Snapshot s) {
    List<ArrowBuf> buffers = s.batches().get(s.batches().size() - 1).getBuffers();
    ArrowBuf last = buffers.get(buffers.size() - 1);
    assertThat(last.refCnt()).as("the snapshot holds the only reference").isEqualTo(1);
    last.getReferenceManager().release();
  }

  @Test
  void a_retirement_that_fails_still_returns_the_new_current_snapshot_and_close_reports_the_failure()
      throws Exception {
    SnapshotStore one = SnapshotStore.inMemory(allocator, 1);
    long first;
    try (SnapshotDraft d = one.newDraft("k", Tables.ordersSchema())) {
      d.append(Tables.orders(d.allocator(), 0, 10));
      first = d.commit();
    }
    try (Snapshot s = one.acquire("k").orElseThrow()) {
      breakFreeing(s);
    }

    long second;
    try (SnapshotDraft d = one.newDraft("k", Tables.ordersSchema())) {
      d.append(Tables.orders(d.allocator(), 100, 20));
      second = d.commit(); // the snapshot is visible: the caller must get its id, not an exception
    } // the draft's close must not free what the store now serves

    assertThat(second).isEqualTo(2);
    assertThat(one.currentId("k")).hasValue(second);
    try (Snapshot s = one.acquire("k").orElseThrow()) {
      for (ArrowBuf buf : s.batches().get(0).getBuffers()) {
        assertThat(buf.refCnt()).as("the served snapshot's buffers are alive").isPositive();
      }
      long ids = 0;
      try (SnapshotReader r = SnapshotReader.open(s, allocator.newChildAllocator("read", 0, Long.MAX_VALUE),
          List.of(), Optional.empty())) {
        while (r.loadNextBatch()) {
          ids += Tables.sumIds(List.of(r.getVectorSchemaRoot()));
        }
      }
      assertThat(ids).isEqualTo((100 + 119) * 20 / 2);
    }
    assertThatThrownBy(one::close).isInstanceOf(MeshException.class)
        .satisfies(e -> assertThat(((MeshException) e).status()).isEqualTo(MeshStatus.INTERNAL))
        .hasMessageContaining("freeing retired snapshots failed earlier")
        .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
            .satisfies(r -> assertThat(r).hasMessageContaining("snapshot 2 of k is committed and current")
                .hasMessageContaining("retired snapshot(s) [" + first + "]")
                .hasRootCauseMessage("RefCnt has gone negative")));
    one.close(); // closed: a second close does nothing
  }

  @Test
  void a_commit_to_a_closed_store_is_refused_and_frees_the_draft() {
    SnapshotStore closing = SnapshotStore.inMemory(allocator, 1);
    long before = allocator.getAllocatedMemory();
    SnapshotDraft d = closing.newDraft("k", Tables.ordersSchema());
    d.append(Tables.orders(d.allocator(), 0, 10));
    assertThatThrownBy(closing::close).hasMessageContaining("draft"); // closes the store, names the open draft

    assertThatThrownBy(d::commit).isInstanceOf(MeshException.class).hasMessageContaining("closed");
    d.close();

    assertThat(allocator.getAllocatedMemory()).as("the store freed the refused batches").isEqualTo(before);
    allocator.getChildAllocators().stream().filter(c -> c.getName().equals("snapshots")).findFirst()
        .ifPresent(BufferAllocator::close);
  }
}
