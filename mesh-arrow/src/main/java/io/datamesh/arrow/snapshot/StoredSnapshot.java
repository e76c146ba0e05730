package io.datamesh.arrow.snapshot;

import io.datamesh.arrow.internal.SharedBatches;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/** A lease on a stored snapshot: one reference to the snapshot's shared batches, released on the first close. */
final class StoredSnapshot implements Snapshot {
  private final SharedBatches.Lease lease;

  private StoredSnapshot(SharedBatches.Lease lease) {
    this.lease = lease;
  }

  /** Leases {@code batches} as snapshot {@code id} of {@code key}; empty once their last reference is gone. */
  static Optional<Snapshot> lease(SharedBatches batches, String key, long id) {
    return batches.tryLease(key, id).map(StoredSnapshot::new);
  }

  @Override
  public String key() {
    return lease.key();
  }

  @Override
  public long id() {
    return lease.id();
  }

  @Override
  public Schema schema() {
    return lease.holder().schema();
  }

  @Override
  public long rowCount() {
    return lease.holder().rowCount();
  }

  @Override
  public long sizeBytes() {
    return lease.holder().sizeBytes();
  }

  @Override
  public List<ArrowRecordBatch> batches() {
    return lease.batches();
  }

  @Override
  public void close() {
    lease.close();
  }

  @Override
  public String toString() {
    return "Snapshot[" + key() + " #" + id() + ", " + rowCount() + " rows]";
  }
}
