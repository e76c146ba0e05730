package io.datamesh.arrow.snapshot;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A snapshot being written: batches are appended, then {@link #commit()} makes it the current snapshot of its key
 * atomically. Closing a draft that was not committed discards it and frees everything it held.
 *
 * <pre>{@code
 * try (SnapshotDraft draft = store.newDraft("orders", schema)) {
 *   draft.append(batch);
 *   long id = draft.commit();
 * }
 * }</pre>
 */
public interface SnapshotDraft extends AutoCloseable {
  /**
   * Returns the allocator batches must be allocated in (or transferred to) before they are appended.
   *
   * @return the draft's allocator
   */
  BufferAllocator allocator();

  /**
   * Returns the schema of the snapshot.
   *
   * @return the schema
   */
  Schema schema();

  /**
   * Takes a batch: its buffers move into the draft and the root is closed.
   *
   * @param batch a batch of the draft's schema, allocated in {@link #allocator()}
   * @throws IllegalArgumentException if the batch has another schema
   */
  void append(VectorSchemaRoot batch);

  /**
   * Returns the rows appended so far.
   *
   * @return the row count
   */
  long rowCount();

  /**
   * Returns the number of batches appended so far.
   *
   * @return the batch count
   */
  int batchCount();

  /**
   * Makes the draft the current snapshot of its key, retiring snapshots beyond the store's history. The draft
   * hands its batches over first: whatever happens after, closing the draft frees nothing the store keeps.
   *
   * Once the new snapshot is current this method returns its id: a failure to free a retired snapshot is logged
   * and thrown by the store's {@link SnapshotStore#close()}, never from here, so a caller that gets an exception
   * knows nothing became current.
   *
   * @return the new snapshot id
   * @throws IllegalStateException if the draft was committed or closed
   * @throws io.datamesh.api.MeshException FAILED_PRECONDITION if the store is closed (nothing is committed and the
   *     batches are freed)
   */
  long commit();

  /** Discards the draft unless it was committed. */
  @Override
  void close();
}
