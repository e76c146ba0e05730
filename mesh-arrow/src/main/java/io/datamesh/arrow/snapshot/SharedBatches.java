package io.datamesh.arrow.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Holds immutable, unloaded record batches that any number of readers share without a copy, and frees them exactly
 * once, when the last reference goes. The creator (a snapshot store, a result cache) holds the first reference and
 * drops it with {@link #close()}; each {@link Snapshot} lease holds one more and drops it when it closes. Once the
 * count reaches zero the batches and their allocator are closed and the holder can never be leased again:
 * {@link #tryLease} answers empty and {@link #lease} throws. Safe for use by many threads.
 *
 * <pre>{@code
 * SharedBatches shared = SharedBatches.of(schema, batches, allocator.getAllocatedMemory(), allocator);
 * Snapshot lease = shared.tryLease("orders", 1).orElseThrow();
 * shared.close();                      // the owner is done; the lease keeps the batches alive
 * try (ArrowReader r = SnapshotReader.open(lease, readAllocator, List.of(), Optional.empty())) {
 *   while (r.loadNextBatch()) { ... }   // shares the buffers, copies nothing
 * }                                    // the last release: batches and allocator are freed here
 * }</pre>
 */
public final class SharedBatches implements AutoCloseable {
  private final Schema schema;
  private final List<ArrowRecordBatch> batches;
  private final long rowCount;
  private final long sizeBytes;
  private final BufferAllocator allocator;
  /** The owner's reference (until {@link #close}) plus one per open lease; once 0, freed and never raised again. */
  private final AtomicInteger refs = new AtomicInteger(1);
  private final AtomicBoolean ownerClosed = new AtomicBoolean();

  private SharedBatches(Schema schema, List<ArrowRecordBatch> batches, long sizeBytes, BufferAllocator allocator) {
    this.schema = schema;
    this.batches = batches;
    this.sizeBytes = sizeBytes;
    this.allocator = allocator;
    long rows = 0;
    for (ArrowRecordBatch b : batches) {
      rows += b.getLength();
    }
    this.rowCount = rows;
  }

  /**
   * Takes over unloaded batches and the allocator their buffers live in; the caller holds the one reference there is
   * and gives it up with {@link #close()}. The allocator should hold nothing else: the last release closes every
   * batch, then the allocator, which fails loudly if anything in it leaked.
   *
   * @param schema the schema every batch has
   * @param batches the batches, in order; they belong to the holder from now on
   * @param sizeBytes what {@link #sizeBytes()} reports: for example the allocator's memory, or a cache's weight
   * @param allocator the allocator of the batches' buffers; the holder closes it
   * @return the holder, with one reference, the caller's
   * @throws IllegalArgumentException if sizeBytes is negative (nothing is taken over then)
   */
  public static SharedBatches of(Schema schema, List<ArrowRecordBatch> batches, long sizeBytes,
      BufferAllocator allocator) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(allocator, "allocator");
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes must be 0 or more, was " + sizeBytes);
    }
    return new SharedBatches(schema, List.copyOf(batches), sizeBytes, allocator);
  }

  /**
   * Returns the schema every batch has.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * Returns the number of rows over all batches.
   *
   * @return the row count
   */
  public long rowCount() {
    return rowCount;
  }

  /**
   * Returns the size given to {@link #of}; it stays the same after the batches are freed.
   *
   * @return the size in bytes
   */
  public long sizeBytes() {
    return sizeBytes;
  }

  /**
   * Leases the batches unless they are already freed; a store or cache uses it where losing a race with the last
   * release is expected and has an answer (the snapshot is retired, the entry is rebuilt).
   *
   * @param key what the lease reports as {@link Snapshot#key()}
   * @param id what the lease reports as {@link Snapshot#id()}
   * @return the lease, holding a reference until it closes; empty if the last reference is gone
   */
  public Optional<Snapshot> tryLease(String key, long id) {
    Objects.requireNonNull(key, "key");
    return retain() ? Optional.of(new Lease(key, id)) : Optional.empty();
  }

  /**
   * Leases the batches, which the caller knows to be alive (it holds the owner's reference or another lease).
   *
   * @param key what the lease reports as {@link Snapshot#key()}
   * @param id what the lease reports as {@link Snapshot#id()}
   * @return the lease, holding a reference until it closes
   * @throws IllegalStateException if the last reference is already gone and the batches are freed
   */
  public Snapshot lease(String key, long id) {
    return tryLease(key, id).orElseThrow(() -> new IllegalStateException("cannot lease snapshot " + id + " of "
        + key + ": its batches were freed when their last reference was released; lease while the owner or"
        + " another lease still holds them"));
  }

  /** Drops the owner's reference; the batches are freed now if no lease is open, else when the last one closes. */
  @Override
  public void close() {
    if (ownerClosed.compareAndSet(false, true)) {
      release();
    }
  }

  private boolean retain() {
    int n;
    do {
      n = refs.get();
      if (n <= 0) {
        return false;
      }
      if (n == Integer.MAX_VALUE) {
        throw new IllegalStateException("shared batches cannot take more than " + n + " leases; close leases");
      }
    } while (!refs.compareAndSet(n, n + 1));
    return true;
  }

  private void release() {
    int n = refs.decrementAndGet();
    if (n == 0) {
      try {
        batches.forEach(ArrowRecordBatch::close);
      } finally {
        allocator.close();
      }
    } else if (n < 0) {
      // Unreachable: the owner and every lease release at most once each.
      throw new IllegalStateException("shared batches in " + allocator.getName() + " released more often than"
          + " retained");
    }
  }

  /** One reference, released once by the first close. */
  private final class Lease implements Snapshot {
    private final String key;
    private final long id;
    private final AtomicBoolean closed = new AtomicBoolean();

    Lease(String key, long id) {
      this.key = key;
      this.id = id;
    }

    @Override
    public String key() {
      return key;
    }

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
      return rowCount;
    }

    @Override
    public long sizeBytes() {
      return sizeBytes;
    }

    @Override
    public List<ArrowRecordBatch> batches() {
      if (closed.get()) {
        throw new IllegalStateException("the lease on snapshot " + id + " of " + key + " is closed");
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
      return "Snapshot[" + key + " #" + id + ", " + rowCount + " rows]";
    }
  }
}
