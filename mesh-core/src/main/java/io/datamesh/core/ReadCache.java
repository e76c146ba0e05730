package io.datamesh.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.datamesh.api.PortAddress;
import io.datamesh.arrow.internal.SharedBatches;
import io.datamesh.arrow.snapshot.Snapshot;
import io.datamesh.arrow.snapshot.SnapshotStore;
import io.datamesh.core.governance.EnforcementPlan;
import io.datamesh.core.observe.MeshMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Keeps enforced (masked and row-filtered) snapshots per (snapshot, plan fingerprint), so that principals with the
 * same plan share the HMAC work and principals with different plans never share a result. Entries live in a child
 * of the mesh allocator, weighed by the memory their buffers keep alive (see {@code SharedBatches#sizeBytes}; at
 * least 1, so that an empty result still counts against the budget); readers lease an entry, so eviction or retirement only
 * drops the cache's reference and the memory goes when the last reader closes. Only snapshots of at most a
 * {@value #SHARE_OF_BUDGET}th of the budget are cached: building an entry holds the whole enforced result in
 * memory, so a larger snapshot is masked while streaming instead of being copied whole and evicted at once.
 */
final class ReadCache implements AutoCloseable {
  /** What identifies an enforced result: the snapshot (of a port or its quarantine) and the plan. */
  record Key(String snapshotKey, long snapshotId, String fingerprint) {}

  /** A cached snapshot may take at most this fraction of the budget (1/4). */
  static final int SHARE_OF_BUDGET = 4;

  private final BufferAllocator allocator;
  private final long budgetBytes;
  /** Each entry's owner reference is the cache's; removal closes it, and open leases keep the batches alive. */
  private final @Nullable Cache<Key, SharedBatches> cache;
  private final MeshMetrics metrics;
  /** Where every cached snapshot comes from: an entry is keyed by a (key, id) this store gave out. */
  private final SnapshotStore store;
  /** Runs between a hit's lookup and its lease; a test evicts there to reach the fallback build. */
  Runnable afterLookup = () -> {};
  /** Runs inside the cache's mapping function once the entry is built and leased; a test fails there. */
  Runnable afterBuild = () -> {};

  ReadCache(BufferAllocator parent, long budgetBytes, MeshMetrics metrics, SnapshotStore store) {
    this.allocator = parent.newChildAllocator("read-cache", 0, parent.getLimit());
    this.metrics = metrics;
    this.store = store;
    this.budgetBytes = budgetBytes;
    // Removal runs on the thread that caused it, so memory is released before the next read or close returns.
    this.cache = budgetBytes == 0 ? null : Caffeine.newBuilder().maximumWeight(budgetBytes)
        .weigher((Key k, SharedBatches v) -> weight(v))
        .executor(Runnable::run)
        .removalListener((Key k, SharedBatches v, RemovalCause cause) -> {
          if (v != null) {
            v.close();
          }
        })
        .build();
  }

  /**
   * Tells whether a read of {@code source} with this plan goes through the cache: only plans that change the data,
   * if enabled, only snapshots of at most a {@value #SHARE_OF_BUDGET}th of the budget, and only snapshots the store
   * keeps. An entry is keyed by the snapshot's (key, id), which names immutable data only for the store's snapshots:
   * a table computed per read (an observability port's status) never is one, whatever its id.
   */
  boolean caches(EnforcementPlan plan, Snapshot source) {
    return cache != null && (!plan.masks().isEmpty() || plan.rowFilter().isPresent())
        && source.sizeBytes() <= budgetBytes / SHARE_OF_BUDGET && store.ids(source.key()).contains(source.id());
  }

  /**
   * Returns a lease on the enforced form of a snapshot, computing it with {@code enforce} on a miss. Takes the
   * source lease over: a miss hands it to {@code enforce}'s reader, a hit closes it.
   */
  Snapshot acquire(PortAddress port, Snapshot source, EnforcementPlan plan,
      BiFunction<Snapshot, BufferAllocator, ArrowReader> enforce) {
    Key key = new Key(source.key(), source.id(), plan.fingerprint());
    SharedBatches[] made = {null};
    Snapshot[] built = {null};
    SharedBatches entry;
    try {
      entry = cache.get(key, k -> {
        made[0] = build(k, source, enforce);
        built[0] = lease(made[0], k).orElseThrow(); // the caller's, taken before eviction can see the entry
        afterBuild.run();
        return made[0];
      });
    } catch (RuntimeException e) {
      abandon(key, made[0], built[0], e);
      source.close(); // harmless if the build's reader already owned and closed it
      throw e;
    }
    if (built[0] != null) {
      metrics.readCache(port, false);
      return built[0];
    }
    afterLookup.run();
    Optional<Snapshot> hit = lease(entry, key);
    metrics.readCache(port, hit.isPresent()); // a refused lease is a miss: the result is built again below
    if (hit.isPresent()) {
      source.close();
      return hit.get();
    }
    // Evicted and freed between lookup and lease: serve a private result that is not cached.
    try {
      try (SharedBatches own = build(key, source, enforce)) {
        return lease(own, key).orElseThrow(); // the lease is then the only reference
      }
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
  }

  /** Releases what a failed lookup had built: the caller's lease and, unless the cache kept it, the entry. */
  private void abandon(Key key, @Nullable SharedBatches made, @Nullable Snapshot built, RuntimeException failure) {
    try {
      if (built != null) {
        built.close();
      }
      if (made != null) {
        cache.asMap().remove(key, made);
        made.close(); // idempotent: a no-op if removal above already closed it
      }
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static Optional<Snapshot> lease(SharedBatches batches, Key key) {
    return CachedSnapshot.lease(batches, key);
  }

  /** Weighs an entry by its memory; never 0, since Caffeine never evicts a zero-weight entry for size. */
  private static int weight(SharedBatches entry) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, entry.sizeBytes()));
  }

  private SharedBatches build(Key key, Snapshot source, BiFunction<Snapshot, BufferAllocator, ArrowReader> enforce) {
    BufferAllocator mine = allocator.newChildAllocator("cached " + key.snapshotKey() + " #" + key.snapshotId() + " "
        + key.fingerprint().substring(0, 12), 0, allocator.getLimit());
    List<ArrowRecordBatch> batches = new ArrayList<>();
    try {
      Schema schema;
      BufferAllocator scratch = mine.newChildAllocator("build", 0, mine.getLimit());
      try (scratch; ArrowReader reader = enforce.apply(source, scratch)) {
        schema = reader.getVectorSchemaRoot().getSchema();
        while (reader.loadNextBatch()) {
          VectorSchemaRoot in = reader.getVectorSchemaRoot();
          try (VectorSchemaRoot owned = VectorSchemaRoot.create(schema, mine)) {
            for (int j = 0; j < in.getFieldVectors().size(); j++) {
              in.getVector(j).makeTransferPair(owned.getVector(j)).transfer();
            }
            owned.setRowCount(in.getRowCount());
            batches.add(new VectorUnloader(owned).getRecordBatch());
          }
        }
      }
      // The reader and its allocator are closed: `mine` holds the entry's batches and nothing else, so their size is
      // not inflated by the build's scratch memory.
      return SharedBatches.of(schema, batches, mine);
    } catch (IOException | RuntimeException e) {
      try {
        batches.forEach(ArrowRecordBatch::close);
        mine.close();
      } catch (RuntimeException c) {
        e.addSuppressed(c);
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
  }

  /** Drops the entries of snapshots the store no longer keeps under {@code snapshotKey}. */
  void retainKept(String snapshotKey, List<Long> kept) {
    if (cache != null) {
      cache.asMap().keySet().removeIf(k -> k.snapshotKey().equals(snapshotKey) && !kept.contains(k.snapshotId()));
    }
  }

  /** Returns the number of cached results. */
  long size() {
    return cache == null ? 0 : cache.estimatedSize();
  }

  /** Drops every entry and closes the cache's memory; call after every reader closed. */
  @Override
  public void close() {
    if (cache != null) {
      cache.invalidateAll();
      cache.cleanUp();
    }
    allocator.close();
  }
}
