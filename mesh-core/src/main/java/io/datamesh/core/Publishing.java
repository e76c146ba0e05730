package io.datamesh.core;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.arrow.ExtraColumns;
import io.datamesh.arrow.snapshot.PublishStats;
import io.datamesh.arrow.snapshot.SnapshotDraft;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer per port: a publish holds the port's lock from the first batch to the commit, so a second publish
 * waits, or fails fast when its caller named the snapshot it expects to replace. A rejected or failed publish
 * discards its draft: the previous snapshot stays current and nothing is leaked.
 */
final class Publishing {
  private static final Logger LOG = LoggerFactory.getLogger(Publishing.class);

  private final DataPlane plane;
  private final Map<PortAddress, ReentrantLock> locks = new ConcurrentHashMap<>();

  Publishing(DataPlane plane) {
    this.plane = plane;
  }

  /** A publish source: fills the draft and closes itself, or (if never run) is just closed. */
  interface Source extends AutoCloseable {
    PublishStats into(SnapshotDraft draft, ExtraColumns extra);

    @Override
    void close();
  }

  PublishResult publish(PortAddress address, Source source, OptionalLong expected) {
    ReentrantLock lock;
    OutputPort port;
    try {
      port = plane.port(address);
      lock = locks.computeIfAbsent(address, a -> new ReentrantLock(true));
      acquire(lock, address, expected);
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
    try {
      return locked(address, port, source, expected);
    } finally {
      lock.unlock();
    }
  }

  private static void acquire(ReentrantLock lock, PortAddress address, OptionalLong expected) {
    if (expected.isPresent()) {
      if (!lock.tryLock()) {
        throw new MeshException(MeshStatus.FAILED_PRECONDITION, "another publish to " + address + " is in"
            + " progress, so snapshot " + expected.getAsLong() + " will not stay current; read the current"
            + " snapshot id and retry");
      }
      return;
    }
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MeshException(MeshStatus.CANCELLED, "interrupted while waiting to publish to " + address, e);
    }
  }

  private PublishResult locked(PortAddress address, OutputPort port, Source source, OptionalLong expected) {
    String key = address.toString();
    OptionalLong previous = plane.store.currentId(key);
    boolean ran = false;
    try {
      if (expected.isPresent() && previous.orElse(0) != expected.getAsLong()) {
        throw new MeshException(MeshStatus.FAILED_PRECONDITION, "publish to " + address + " expected snapshot "
            + expected.getAsLong() + " to be current, but it is " + (previous.isPresent() ? "snapshot "
            + previous.getAsLong() : "none") + "; read the current snapshot id and retry");
      }
      ExtraColumns extra = plane.extraColumns.getOrDefault(address, plane.defaultExtraColumns);
      PublishResult result;
      try (SnapshotDraft draft = plane.store.newDraft(key, DataPlane.schema(port))) {
        ran = true;
        PublishStats stats = source.into(draft, extra);
        long id = draft.commit();
        result = new PublishResult(address, id, previous, stats.rows(), stats.batches(),
            plane.store.acquire(key, id).map(Publishing::size).orElse(0L), stats.copiedBytes(), stats.coercions(),
            stats.droppedColumns());
      }
      plane.emit(MeshEventType.SNAPSHOT_PUBLISHED, address, Map.of("snapshotId", result.snapshotId(),
          "rows", result.rows(), "bytes", result.sizeBytes(), "copiedBytes", result.copiedBytes()));
      return result;
    } catch (RuntimeException e) {
      if (!ran) {
        source.close();
      }
      throw failed(address, previous, e);
    }
  }

  private MeshException failed(PortAddress address, OptionalLong previous, RuntimeException t) {
    MeshException e = t instanceof MeshException m ? m
        : new MeshException(MeshStatus.INTERNAL, "publish to " + address + " failed: " + t, t);
    LOG.warn("publish to {} failed; snapshot {} stays current: {}", address, previous, e.getMessage());
    plane.emit(MeshEventType.PUBLISH_FAILED, address, Map.of("status", e.status().name(),
        "reason", e.getMessage()));
    return e;
  }

  private static long size(io.datamesh.arrow.snapshot.Snapshot s) {
    try (s) {
      return s.sizeBytes();
    }
  }

  /** Adapts the three kinds of publish source. */
  static <T> Source source(T input, Function<T, AutoCloseable> closer,
      java.util.function.BiFunction<SnapshotDraft, ExtraColumns, PublishStats> run) {
    return new Source() {
      @Override
      public PublishStats into(SnapshotDraft draft, ExtraColumns extra) {
        return run.apply(draft, extra);
      }

      @Override
      public void close() {
        try {
          closer.apply(input).close();
        } catch (Exception e) {
          LOG.warn("closing a publish source failed", e);
        }
      }
    };
  }
}
