package io.datamesh.arrow.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.ReferenceManager;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Holds immutable, unloaded record batches that any number of readers share without a copy, and frees them exactly
 * once, when the last reference goes. The creator (the in-memory snapshot store, mesh-core's read cache) holds the
 * first reference and drops it with {@link #close()}; each {@link Lease} holds one more and drops it when it closes.
 * Once the count reaches zero the batches and their allocator are closed and {@link #tryLease} answers empty for
 * good. Safe for use by many threads. Each user adapts a {@link Lease} to its own lease type (a
 * {@code io.datamesh.arrow.snapshot.Snapshot}); this package cannot implement that interface itself, since the
 * snapshot package uses this one.
 *
 * <pre>{@code
 * SharedBatches shared = SharedBatches.of(schema, batches, allocator); // takes over batches and allocator
 * SharedBatches.Lease lease = shared.tryLease("orders", 1).orElseThrow();
 * shared.close();                // the owner is done; the lease keeps the batches alive
 * lease.batches();               // valid until the lease closes
 * lease.close();                 // the last release: batches and allocator are freed here
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

  private SharedBatches(Schema schema, List<ArrowRecordBatch> batches, BufferAllocator allocator) {
    this.schema = schema;
    this.batches = batches;
    this.allocator = allocator;
    this.sizeBytes = Math.max(allocator.getAllocatedMemory(), keptAlive(batches));
    long rows = 0;
    for (ArrowRecordBatch b : batches) {
      rows += b.getLength();
    }
    this.rowCount = rows;
  }

  /**
   * Takes over unloaded batches and the allocator their buffers live in; the caller holds the one reference there is
   * and gives it up with {@link #close()}. The allocator must hold the batches' buffers and nothing else (no child
   * allocator, no other buffer): the last release closes every batch, then the allocator, which fails loudly if
   * anything in it leaked.
   *
   * @param schema the schema every batch has
   * @param batches the batches, in order; they belong to the holder from now on
   * @param allocator the allocator of the batches' buffers; the holder closes it
   * @return the holder, with one reference, the caller's
   */
  public static SharedBatches of(Schema schema, List<ArrowRecordBatch> batches, BufferAllocator allocator) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(allocator, "allocator");
    return new SharedBatches(schema, List.copyOf(batches), allocator);
  }

  /**
   * Sums the allocations the batches' buffers keep alive, each once (the validity and values of a vector may share
   * one), also those another allocator is charged for: a batch can share buffers with the batches it came from, and
   * Arrow charges a shared allocation to one allocator only, so that allocator's memory alone can undercount.
   */
  private static long keptAlive(List<ArrowRecordBatch> batches) {
    Set<ReferenceManager> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    long bytes = 0;
    for (ArrowRecordBatch b : batches) {
      for (ArrowBuf buf : b.getBuffers()) {
        if (seen.add(buf.getReferenceManager())) {
          bytes += buf.getReferenceManager().getSize();
        }
      }
    }
    return bytes;
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
   * Returns the memory the batches keep alive, measured when the holder took them over: the allocator's memory, or
   * if more, the sum of the allocations behind the batches' buffers, each counted once, including allocations
   * shared with other batches that Arrow charges to another allocator. It stays the same after the batches are
   * freed.
   *
   * @return the size in bytes, 0 for no batches
   */
  public long sizeBytes() {
    return sizeBytes;
  }

  /**
   * Leases the batches unless they are already freed. Losing the race with the last release is expected where a
   * store or cache finds the holder after the owner may have let it go, and the caller has an answer (the snapshot is
   * retired, the entry is rebuilt); a caller that holds a reference itself can {@code orElseThrow()}.
   *
   * @param key what the lease reports as its key, for example a port address
   * @param id what the lease reports as its id, 1 or more
   * @return the lease, holding a reference until it closes; empty if the last reference is gone
   * @throws IllegalArgumentException if id is below 1 (no reference is taken then)
   * @throws IllegalStateException if {@link Integer#MAX_VALUE} references are open already (no reference is taken
   *     then): a caller leaks leases
   */
  public Optional<Lease> tryLease(String key, long id) {
    Objects.requireNonNull(key, "key");
    if (id < 1) {
      throw new IllegalArgumentException("snapshot id must be 1 or more, was " + id + " (key " + key + ")");
    }
    return retain() ? Optional.of(new Lease(key, id)) : Optional.empty();
  }

  /**
   * Drops the owner's reference; the batches are freed now if no lease is open, else when the last one closes.
   * Closing again does nothing.
   *
   * @throws RuntimeException if this was the last reference and freeing failed: the first failure, with later ones
   *     suppressed; every batch and the allocator were still closed
   */
  @Override
  public void close() {
    if (ownerClosed.compareAndSet(false, true)) {
      release();
    }
  }

  /**
   * Closes the owner's reference of every holder, even if some fail.
   *
   * @param holders the holders whose owner is done with them
   * @throws RuntimeException the first failure, with later ones suppressed, after every holder was closed
   */
  public static void closeAll(Collection<SharedBatches> holders) {
    RuntimeException failure = null;
    for (SharedBatches h : holders) {
      failure = closeCollecting(h, failure);
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static @Nullable RuntimeException closeCollecting(AutoCloseable c, @Nullable RuntimeException failure) {
    try {
      c.close();
      return failure;
    } catch (Exception e) {
      RuntimeException r = e instanceof RuntimeException re ? re : new IllegalStateException(e);
      if (failure == null) {
        return r;
      }
      failure.addSuppressed(r);
      return failure;
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
        throw new IllegalStateException("shared batches in " + allocator.getName() + " cannot take more than " + n
            + " references; close the leases that are done");
      }
    } while (!refs.compareAndSet(n, n + 1));
    return true;
  }

  private void release() {
    int n = refs.decrementAndGet();
    if (n == 0) {
      free();
    } else if (n < 0) {
      // Unreachable: the owner and every lease release at most once each.
      throw new IllegalStateException("shared batches in " + allocator.getName() + " released more often than"
          + " retained");
    }
  }

  /** Closes every batch, each on its own, then the allocator; a failure never keeps the rest open. */
  private void free() {
    RuntimeException failure = null;
    for (ArrowRecordBatch b : batches) {
      failure = closeCollecting(b, failure);
    }
    failure = closeCollecting(allocator, failure);
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * One reference to the batches, released by the first {@link #close()}: the batches stay valid until then.
   * Closing again does nothing.
   */
  public final class Lease implements AutoCloseable {
    private final String key;
    private final long id;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Lease(String key, long id) {
      this.key = key;
      this.id = id;
    }

    /**
     * Returns the key given to {@link SharedBatches#tryLease}.
     *
     * @return the key
     */
    public String key() {
      return key;
    }

    /**
     * Returns the id given to {@link SharedBatches#tryLease}.
     *
     * @return the id, 1 or more
     */
    public long id() {
      return id;
    }

    /**
     * Returns the holder this lease keeps alive, for its schema, row count and size.
     *
     * @return the holder
     */
    public SharedBatches holder() {
      return SharedBatches.this;
    }

    /**
     * Tells whether this lease was closed.
     *
     * @return true once {@link #close()} ran
     */
    public boolean isClosed() {
      return closed.get();
    }

    /**
     * Returns the batches; never close them.
     *
     * @return the batches, in order
     * @throws IllegalStateException if the lease is closed
     */
    public List<ArrowRecordBatch> batches() {
      if (closed.get()) {
        throw new IllegalStateException("the lease on snapshot " + id + " of " + key + " is closed");
      }
      return batches;
    }

    /**
     * Releases this lease's reference.
     *
     * @throws RuntimeException if it was the last reference and freeing failed, as {@link SharedBatches#close()}
     */
    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        release();
      }
    }

    @Override
    public String toString() {
      return "Lease[" + key + " #" + id + ", " + rowCount + " rows]";
    }
  }
}
