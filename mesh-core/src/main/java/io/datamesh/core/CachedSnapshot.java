package io.datamesh.core;

import io.datamesh.arrow.internal.SharedBatches;
import io.datamesh.arrow.snapshot.Snapshot;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A lease on one enforced result of the {@link ReadCache} (or on a private result built when the cached one was
 * evicted under the lookup): one reference to its shared batches, released on the first close. It names the plan
 * fingerprint, so that a message about it says which principals' result it is.
 */
final class CachedSnapshot implements Snapshot {
  private final ReadCache.Key key;
  private final SharedBatches.Lease lease;

  private CachedSnapshot(ReadCache.Key key, SharedBatches.Lease lease) {
    this.key = key;
    this.lease = lease;
  }

  /** Leases {@code batches} as the result for {@code key}; empty once their last reference is gone. */
  static Optional<Snapshot> lease(SharedBatches batches, ReadCache.Key key) {
    return batches.tryLease(key.snapshotKey(), key.snapshotId()).map(l -> new CachedSnapshot(key, l));
  }

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
    if (lease.isClosed()) {
      throw new IllegalStateException("the lease on the cached result of snapshot " + id() + " of " + key()
          + " for plan " + plan() + " is closed");
    }
    return lease.batches();
  }

  @Override
  public void close() {
    lease.close();
  }

  private String plan() {
    return key.fingerprint().substring(0, Math.min(12, key.fingerprint().length()));
  }

  @Override
  public String toString() {
    return "CachedSnapshot[" + key() + " #" + id() + ", plan " + plan() + ", " + rowCount() + " rows]";
  }
}
