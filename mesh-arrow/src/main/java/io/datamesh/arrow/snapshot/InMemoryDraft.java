package io.datamesh.arrow.snapshot;

import io.datamesh.arrow.internal.SharedBatches;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/** A draft that keeps unloaded record batches in its own child allocator. */
final class InMemoryDraft implements SnapshotDraft {
  private final InMemorySnapshotStore store;
  private final String key;
  private final Schema schema;
  private final BufferAllocator allocator;
  private final List<ArrowRecordBatch> batches = new ArrayList<>();
  private long rows;
  private int batchCount;
  private boolean done;

  InMemoryDraft(InMemorySnapshotStore store, String key, Schema schema, BufferAllocator allocator) {
    this.store = store;
    this.key = key;
    this.schema = schema;
    this.allocator = allocator;
  }

  @Override
  public BufferAllocator allocator() {
    return allocator;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void append(VectorSchemaRoot batch) {
    try (batch) {
      if (done) {
        throw new IllegalStateException("draft of " + key + " is already committed or closed");
      }
      if (!batch.getSchema().getFields().equals(schema.getFields())) {
        throw new IllegalArgumentException("batch schema " + batch.getSchema() + " differs from the draft's "
            + schema);
      }
      if (batch.getRowCount() > 0) {
        batches.add(new VectorUnloader(batch).getRecordBatch());
        rows += batch.getRowCount();
        batchCount++;
      }
    }
  }

  @Override
  public long rowCount() {
    return rows;
  }

  @Override
  public int batchCount() {
    return batchCount;
  }

  @Override
  public long commit() {
    if (done) {
      throw new IllegalStateException("draft of " + key + " is already committed or closed");
    }
    // Hand-over: from here the holder owns the batches and the allocator, and the store owns the holder (it closes
    // it if it refuses the commit), so nothing the store does can make this draft's close free them too.
    done = true;
    SharedBatches shared = SharedBatches.of(schema, batches, allocator);
    batches.clear();
    return store.commit(key, shared);
  }

  @Override
  public void close() {
    if (!done) {
      done = true;
      batches.forEach(ArrowRecordBatch::close);
      batches.clear();
      allocator.close();
    }
  }
}
