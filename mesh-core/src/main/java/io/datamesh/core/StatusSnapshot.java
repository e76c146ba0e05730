package io.datamesh.core;

import io.datamesh.arrow.snapshot.Snapshot;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * One read's status table as a snapshot of one batch, so that an observability read is served by the same
 * {@code SnapshotReader} (projection, filter, masks) as an output port. It lives on its own allocator, closed with
 * the lease; it is never stored, cached or shared (its id is unique, and the read cache takes only the store's
 * snapshots).
 */
final class StatusSnapshot implements Snapshot {
  private static final AtomicLong IDS = new AtomicLong();

  private final String key;
  private final long id = IDS.incrementAndGet();
  private final BufferAllocator allocator;
  private final Schema schema;
  private final ArrowRecordBatch batch;
  private final long rows;
  private final AtomicBoolean closed = new AtomicBoolean();

  private StatusSnapshot(String key, BufferAllocator allocator, Schema schema, ArrowRecordBatch batch, long rows) {
    this.key = key;
    this.allocator = allocator;
    this.schema = schema;
    this.batch = batch;
    this.rows = rows;
  }

  /** Writes the table with {@code table} into a new child of {@code parent}; the snapshot owns both. */
  static StatusSnapshot of(String key, BufferAllocator parent, Function<BufferAllocator, VectorSchemaRoot> table) {
    BufferAllocator allocator = parent.newChildAllocator("status of " + key, 0, parent.getLimit());
    try (VectorSchemaRoot root = table.apply(allocator)) {
      return new StatusSnapshot(key, allocator, root.getSchema(), new VectorUnloader(root).getRecordBatch(),
          root.getRowCount());
    } catch (RuntimeException e) {
      try {
        allocator.close(); // reports memory the table did not free: keep the first failure, add that one
      } catch (RuntimeException leak) {
        e.addSuppressed(leak);
      }
      throw e;
    }
  }

  @Override
  public String key() {
    return key;
  }

  /**
   * Returns an id no other status table of this JVM has: the table is computed per read, so two reads never share
   * a (key, id), and nothing keyed by it (such as a cache entry) can serve one read's table to another.
   */
  @Override
  public long id() {
    return id;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public long rowCount() {
    return rows;
  }

  @Override
  public long sizeBytes() {
    return batch.computeBodyLength();
  }

  @Override
  public List<ArrowRecordBatch> batches() {
    if (closed.get()) {
      throw new IllegalStateException("the status table of " + key + " is closed");
    }
    return List.of(batch);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        batch.close();
      } finally {
        allocator.close();
      }
    }
  }
}
