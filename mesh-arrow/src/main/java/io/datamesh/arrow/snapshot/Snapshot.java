package io.datamesh.arrow.snapshot;

import java.util.List;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A lease on an immutable snapshot: while it is open, the snapshot's buffers stay alive even if the store retires
 * the snapshot. Close it exactly once; closing again does nothing.
 *
 * <pre>{@code
 * try (Snapshot s = store.acquire("orders").orElseThrow()) {
 *   long rows = s.rowCount();
 * }
 * }</pre>
 */
public interface Snapshot extends AutoCloseable {
  /**
   * Returns the key (for a mesh, the port address) the snapshot belongs to.
   *
   * @return the key
   */
  String key();

  /**
   * Returns the id, unique and increasing per key.
   *
   * @return the id, 1 or more
   */
  long id();

  /**
   * Returns the schema every batch has.
   *
   * @return the schema
   */
  Schema schema();

  /**
   * Returns the number of rows over all batches.
   *
   * @return the row count
   */
  long rowCount();

  /**
   * Returns the memory the snapshot's buffers take.
   *
   * @return the size in bytes
   */
  long sizeBytes();

  /**
   * Returns the batches; they belong to the snapshot and stay valid until this lease closes. Never close them.
   *
   * @return the batches, in publish order
   * @throws IllegalStateException if the lease is closed
   */
  List<ArrowRecordBatch> batches();

  /** Releases the lease; the last release of a retired snapshot frees its memory. */
  @Override
  void close();
}
