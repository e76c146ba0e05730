package io.datamesh.core;

import io.datamesh.arrow.snapshot.Snapshot;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * One enforced result in the {@link ReadCache}: unloaded batches in its own allocator, reference-counted (the cache
 * holds one reference, each lease one), freed by the last release.
 */
final class CachedSnapshot {
  private final ReadCache.Key key;
  private final Schema schema;
  private final List<ArrowRecordBatch> batches;
  private final long rows;
  private final long bytes;
  private final BufferAllocator allocator;
  private final AtomicInteger refs = new AtomicInteger(1);

  CachedSnapshot(ReadCache.Key key, Schema schema, List<ArrowRecordBatch> batches, long rows,
      BufferAllocator allocator) {
    this.key = key;
    this.schema = schema;
    this.batches = List.copyOf(batches);
    this.rows = rows;
    this.allocator = allocator;
    this.bytes = batches.stream().mapToLong(ArrowRecordBatch::computeBodyLength).sum();
  }

  long sizeBytes() {
    return bytes;
  }

  /** Adds a reference unless the entry is already freed. */
  boolean retain() {
    int n;
    do {
      n = refs.get();
      if (n == 0) {
        return false;
      }
    } while (!refs.compareAndSet(n, n + 1));
    return true;
  }

  void release() {
    if (refs.decrementAndGet() == 0) {
      batches.forEach(ArrowRecordBatch::close);
      allocator.close();
    }
  }

  /** Wraps a reference the caller already holds. */
  Snapshot lease() {
    return new Lease();
  }

  private final class Lease implements Snapshot {
    private final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public String key() {
      return key.snapshotKey();
    }

    @Override
    public long id() {
      return key.snapshotId();
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
      return bytes;
    }

    @Override
    public List<ArrowRecordBatch> batches() {
      if (closed.get()) {
        throw new IllegalStateException("the lease on the cached result of snapshot " + key.snapshotId() + " of "
            + key.snapshotKey() + " is closed");
      }
      return batches;
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        release();
      }
    }

    @Override
    public String toString() {
      return "CachedSnapshot[" + key.snapshotKey() + " #" + key.snapshotId() + ", plan "
          + key.fingerprint().substring(0, 12) + ", " + rows + " rows]";
    }
  }
}
