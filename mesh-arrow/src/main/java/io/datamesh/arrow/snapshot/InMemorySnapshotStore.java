package io.datamesh.arrow.snapshot;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
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

/** Keeps snapshots as unloaded record batches, each in its own child allocator of the store's allocator. */
final class InMemorySnapshotStore implements SnapshotStore {
  private final BufferAllocator allocator;
  private final int history;
  private final Map<String, Key> keys = new HashMap<>();
  private final AtomicLong drafts = new AtomicLong();
  private boolean closed;

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

  /** Makes {@code batches} the current snapshot of {@code key}, taking over the owner's reference. */
  synchronized long commit(String key, SharedBatches batches) {
    ensureOpen();
    Key k = keys.computeIfAbsent(key, x -> new Key());
    long id = k.lastId + 1;
    k.kept.addLast(new Kept(id, batches));
    k.lastId = id;
    while (k.kept.size() > history) {
      k.kept.removeFirst().batches().close();
    }
    return id;
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
    return d.batches().tryLease(key, d.id());
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
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      for (Key k : keys.values()) {
        k.kept.forEach(d -> d.batches().close());
        k.kept.clear();
      }
    }
    List<String> open = new ArrayList<>();
    allocator.getChildAllocators().forEach(c -> open.add(c.getName()));
    if (!open.isEmpty()) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "snapshot store closed while " + open
          + " are still leased or drafted; close every reader and draft first");
    }
    allocator.close();
  }
}
