package io.datamesh.arrow.snapshot;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/** The shared, reference-counted body of a committed snapshot; the store holds one reference, each lease one. */
final class SnapshotData {
  final String key;
  final long id;
  final Schema schema;
  final List<ArrowRecordBatch> batches;
  final long rowCount;
  final long sizeBytes;
  private final BufferAllocator allocator;
  private final AtomicInteger refs = new AtomicInteger(1);

  SnapshotData(String key, long id, Schema schema, List<ArrowRecordBatch> batches, long rowCount,
      BufferAllocator allocator) {
    this.key = key;
    this.id = id;
    this.schema = schema;
    this.batches = List.copyOf(batches);
    this.rowCount = rowCount;
    this.allocator = allocator;
    this.sizeBytes = allocator.getAllocatedMemory();
  }

  /** Adds a reference unless the snapshot is already freed. */
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

  Snapshot lease() {
    return new Lease(this);
  }

  /** One lease: releases its reference once. */
  private static final class Lease implements Snapshot {
    private final SnapshotData data;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    Lease(SnapshotData data) {
      this.data = data;
    }

    @Override
    public String key() {
      return data.key;
    }

    @Override
    public long id() {
      return data.id;
    }

    @Override
    public Schema schema() {
      return data.schema;
    }

    @Override
    public long rowCount() {
      return data.rowCount;
    }

    @Override
    public long sizeBytes() {
      return data.sizeBytes;
    }

    @Override
    public List<ArrowRecordBatch> batches() {
      if (closed.get()) {
        throw new IllegalStateException("the lease on snapshot " + data.id + " of " + data.key + " is closed");
      }
      return data.batches;
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        data.release();
      }
    }

    @Override
    public String toString() {
      return "Snapshot[" + data.key + " #" + data.id + ", " + data.rowCount + " rows]";
    }
  }
}
