package io.datamesh.core;

import io.datamesh.arrow.snapshot.SnapshotDraft;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/** A draft that adds something to {@link #append} and forwards everything else to the draft it wraps. */
abstract class ForwardingDraft implements SnapshotDraft {
  /** The wrapped draft. */
  protected final SnapshotDraft draft;

  ForwardingDraft(SnapshotDraft draft) {
    this.draft = draft;
  }

  @Override
  public BufferAllocator allocator() {
    return draft.allocator();
  }

  @Override
  public Schema schema() {
    return draft.schema();
  }

  @Override
  public long rowCount() {
    return draft.rowCount();
  }

  @Override
  public int batchCount() {
    return draft.batchCount();
  }

  @Override
  public long commit() {
    return draft.commit();
  }

  @Override
  public void close() {
    draft.close();
  }
}
