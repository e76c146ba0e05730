package io.datamesh.arrow.snapshot;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Keeps the snapshots of many keys (for a mesh, one key per output port): drafts become current atomically, ids
 * increase monotonically per key, the newest {@code history} snapshots are kept, and leases keep a retired
 * snapshot alive until they close. This is a service-provider interface: the in-memory store comes with the SDK,
 * a file-backed store follows.
 *
 * <pre>{@code
 * try (SnapshotStore store = SnapshotStore.inMemory(allocator, 3)) {
 *   try (SnapshotDraft d = store.newDraft("orders", schema)) { d.append(batch); d.commit(); }
 *   try (Snapshot s = store.acquire("orders").orElseThrow()) { ... }
 * }
 * }</pre>
 */
public interface SnapshotStore extends AutoCloseable {
  /**
   * Creates a store that keeps snapshots in Arrow memory, under a child of {@code parent}.
   *
   * @param parent the allocator snapshot memory is charged to
   * @param history how many snapshots to keep per key, 1 or more
   * @return the store; close it after every lease and reader is closed
   * @throws IllegalArgumentException if history is below 1
   */
  static SnapshotStore inMemory(BufferAllocator parent, int history) {
    return new InMemorySnapshotStore(parent, history);
  }

  /**
   * Starts a snapshot of a key.
   *
   * @param key the key
   * @param schema the schema of its batches
   * @return the draft; close it (after committing, or to discard it)
   */
  SnapshotDraft newDraft(String key, Schema schema);

  /**
   * Leases the current snapshot of a key.
   *
   * @param key the key
   * @return the lease, or empty if nothing was committed
   */
  Optional<Snapshot> acquire(String key);

  /**
   * Leases a kept snapshot by id.
   *
   * @param key the key
   * @param id the snapshot id
   * @return the lease, or empty if the snapshot was never committed or is retired
   */
  Optional<Snapshot> acquire(String key, long id);

  /**
   * Returns the id of the current snapshot of a key.
   *
   * @param key the key
   * @return the id, or empty if nothing was committed
   */
  OptionalLong currentId(String key);

  /**
   * Returns the ids of the kept snapshots of a key.
   *
   * @param key the key
   * @return the ids, oldest first
   */
  List<Long> ids(String key);

  /**
   * Releases every kept snapshot and closes the store's memory. Every step runs even if one fails.
   *
   * @throws io.datamesh.api.MeshException {@code FAILED_PRECONDITION} if a lease or a draft is still open;
   *     {@code INTERNAL} if freeing a retired snapshot failed during an earlier commit (that commit succeeded and
   *     logged the failure; each one is a suppressed exception)
   */
  @Override
  void close();
}
