package io.datamesh.arrow.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.arrow.Tables;
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
}
