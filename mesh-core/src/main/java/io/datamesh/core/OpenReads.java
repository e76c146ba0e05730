package io.datamesh.core;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.arrow.snapshot.Snapshot;
import org.apache.arrow.vector.ipc.ArrowReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.arrow.memory.BufferAllocator;

/**
 * The readers a mesh handed out and that are still open, by name, each on its own child allocator; and the reads
 * still opening (a cache miss builds its entry before the reader exists), which {@link #closeAll} waits for.
 */
final class OpenReads {
  final BufferAllocator allocator;
  private final Map<String, ArrowReader> open = new LinkedHashMap<>();
  private int opening;
  private boolean closing;

  OpenReads(BufferAllocator allocator) {
    this.allocator = allocator;
  }

  /** Counts a read as opening until {@link #opened}; refuses once the mesh closes. */
  synchronized void opening(String meshName) {
    if (closing) {
      throw new MeshException(MeshStatus.UNAVAILABLE, "mesh '" + meshName + "' is closing; read from an open mesh");
    }
    opening++;
  }

  /** Ends what {@link #opening} began, whether the read opened or failed. */
  synchronized void opened() {
    opening--;
    notifyAll();
  }

  ArrowReader open(String name, Function<BufferAllocator, ArrowReader> factory, Snapshot lease) {
    BufferAllocator child;
    try {
      child = allocator.newChildAllocator(name, 0, allocator.getLimit());
    } catch (RuntimeException e) {
      lease.close();
      throw e;
    }
    // built outside the lock: building can run user code (a SecretProvider's key lookup for a masked read), which
    // must not stall other readers' closes; the read is counted as opening meanwhile, so closeAll waits for it
    ArrowReader reader;
    try {
      reader = factory.apply(child);
    } catch (RuntimeException e) { // a factory that failed before taking them over leaves them to us (both idempotent)
      lease.close();
      child.close();
      throw e;
    }
    synchronized (this) {
      if (closing) {
        closeQuietly(reader);
        throw new MeshException(MeshStatus.UNAVAILABLE, "the mesh closed while " + name + " was opening; read"
            + " from an open mesh");
      }
      open.put(name, reader);
      return reader;
    }
  }

  synchronized void closed(String name) {
    open.remove(name);
    notifyAll();
  }

  synchronized List<String> names() {
    return List.copyOf(open.keySet());
  }

  /**
   * Refuses new reads, waits up to {@code grace} for every reader to close, then for reads still opening (their
   * work is bounded by their snapshot and they hand out nothing once closing), then closes the readers left and
   * returns their names.
   */
  List<String> closeAll(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    List<ArrowReader> left;
    List<String> names;
    synchronized (this) {
      closing = true;
      try {
        long wait;
        while ((!open.isEmpty() || opening > 0) && (wait = deadline - System.nanoTime()) > 0) {
          wait(Math.max(1, wait / 1_000_000));
        }
        while (opening > 0) {
          wait(); // an open that outlives the grace must finish before its memory can be freed
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      names = List.copyOf(open.keySet());
      left = new ArrayList<>(open.values());
    }
    left.forEach(OpenReads::closeQuietly);
    return names;
  }

  private static void closeQuietly(ArrowReader r) {
    try {
      r.close();
    } catch (java.io.IOException | RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(OpenReads.class).error("closing a reader failed", e);
    }
  }
}
