package io.datamesh.arrow.snapshot;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.arrow.internal.SharedBatches;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps snapshots as unloaded record batches, each in its own child allocator of the store's allocator. */
final class InMemorySnapshotStore implements SnapshotStore {
  private static final Logger LOG = LoggerFactory.getLogger(InMemorySnapshotStore.class);

  private final BufferAllocator allocator;
  private final int history;
  private final Map<String, Key> keys = new HashMap<>();
  private final AtomicLong drafts = new AtomicLong();
  private boolean closed;
  /** Retirements that failed after their commit was visible (the first few; all are logged); close throws them. */
  private final List<MeshException> retirementFailures = new ArrayList<>();
  private static final int KEPT_FAILURES = 16;

  InMemorySnapshotStore(BufferAllocator parent, int history) {
    if (history < 1) {
      throw new IllegalArgumentException("snapshot history must be 1 or more, was " + history);
    }
    this.allocator = parent.newChildAllocator("snapshots", 0, parent.getLimit());
    this.history = history;
  }

  /** The committed snapshots of one key, newest last. */
  private static final class Key {
    long lastId;
    final Deque<Kept> kept = new ArrayDeque<>();
  }

  /** One committed snapshot: the store holds the owner's reference of its batches until it retires them. */
  private record Kept(long id, SharedBatches batches) {}

  @Override
  public SnapshotDraft newDraft(String key, Schema schema) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(schema, "schema");
    synchronized (this) {
      ensureOpen();
      String name = "snapshot " + key + " draft " + drafts.incrementAndGet();
      return new InMemoryDraft(this, key, schema, allocator.newChildAllocator(name, 0, allocator.getLimit()));
    }
  }

  /**
   * Makes {@code batches} the current snapshot of {@code key}, taking over the owner's reference: if the store
   * refuses the commit, it closes them. Snapshots beyond the history are retired after the new one is recorded; once
   * the new id is current this method returns it whatever happens: a retirement that fails is logged (error) and kept
   * for {@link #close} to throw, since the caller must still record the snapshot it made visible.
   *
   * @throws MeshException FAILED_PRECONDITION if the store is closed (nothing is committed)
   */
  long commit(String key, SharedBatches batches) {
    List<Kept> retired = new ArrayList<>();
    long id;
    synchronized (this) {
      try {
        ensureOpen();
      } catch (RuntimeException e) {
        try {
          batches.close();
        } catch (RuntimeException c) {
          e.addSuppressed(c);
        }
        throw e;
      }
      Key k = keys.computeIfAbsent(key, x -> new Key());
      id = k.lastId + 1;
      k.kept.addLast(new Kept(id, batches));
      k.lastId = id;
      while (k.kept.size() > history) {
        retired.add(k.kept.removeFirst());
      }
    }
    retire(key, id, retired);
    return id;
  }

  /** Drops the store's reference of each retired snapshot (leases keep theirs); never throws, see {@link #commit}. */
  private void retire(String key, long committed, List<Kept> retired) {
    try {
      SharedBatches.closeAll(retired.stream().map(Kept::batches).toList());
    } catch (RuntimeException e) {
      MeshException failure = new MeshException(MeshStatus.INTERNAL, "snapshot " + committed + " of " + key
          + " is committed and current, but freeing retired snapshot(s) " + retired.stream().map(Kept::id).toList()
          + " failed: " + e.getMessage() + "; their memory may be leaked, report this with the stack trace", e);
      LOG.error("snapshot store: {}", failure.getMessage(), failure);
      synchronized (this) {
        if (retirementFailures.size() < KEPT_FAILURES) { // a store failing on every commit must not grow forever
          retirementFailures.add(failure);
        }
      }
    }
  }

  @Override
  public synchronized Optional<Snapshot> acquire(String key) {
    Key k = keys.get(key);
    return k == null || k.kept.isEmpty() ? Optional.empty() : lease(key, k.kept.peekLast());
  }

  @Override
  public synchronized Optional<Snapshot> acquire(String key, long id) {
    Key k = keys.get(key);
    if (k == null) {
      return Optional.empty();
    }
    return k.kept.stream().filter(d -> d.id() == id).findFirst().flatMap(d -> lease(key, d));
  }

  private static Optional<Snapshot> lease(String key, Kept d) {
    return StoredSnapshot.lease(d.batches(), key, d.id());
  }

  @Override
  public synchronized OptionalLong currentId(String key) {
    Key k = keys.get(key);
    return k == null || k.kept.isEmpty() ? OptionalLong.empty() : OptionalLong.of(k.kept.peekLast().id());
  }

  @Override
  public synchronized List<Long> ids(String key) {
    Key k = keys.get(key);
    return k == null ? List.of() : k.kept.stream().map(Kept::id).toList();
  }

  private void ensureOpen() {
    if (closed) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "the snapshot store is closed");
    }
  }

  @Override
  public void close() {
    List<SharedBatches> kept = new ArrayList<>();
    List<MeshException> retirements;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      for (Key k : keys.values()) {
        k.kept.forEach(d -> kept.add(d.batches()));
        k.kept.clear();
      }
      retirements = List.copyOf(retirementFailures);
    }
    RuntimeException failure = null;
    try {
      SharedBatches.closeAll(kept); // every snapshot is released even if freeing one fails
    } catch (RuntimeException e) {
      failure = e;
    }
    try {
      closeAllocator();
    } catch (RuntimeException e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    failure = withRetirements(failure, retirements);
    if (failure != null) {
      throw failure;
    }
  }

  /** Adds the earlier retirement failures to {@code failure}, or makes the first of them the failure to throw. */
  private static @Nullable RuntimeException withRetirements(@Nullable RuntimeException failure,
      List<MeshException> retirements) {
    if (retirements.isEmpty()) {
      return failure;
    }
    RuntimeException first = failure != null ? failure : new MeshException(MeshStatus.INTERNAL, "snapshot store"
        + " closed, but freeing retired snapshots failed earlier (" + retirements.size() + " time(s), first: "
        + retirements.get(0).getMessage() + "); their memory may have leaked, report this with the stack traces");
    retirements.forEach(first::addSuppressed);
    return first;
  }

  private void closeAllocator() {
    List<String> open = new ArrayList<>();
    allocator.getChildAllocators().forEach(c -> open.add(c.getName()));
    if (!open.isEmpty()) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "snapshot store closed while " + open
          + " are still leased or drafted; close every reader and draft first");
    }
    allocator.close();
  }
}
