package io.datamesh.core;

import io.datamesh.arrow.snapshot.Snapshot;
import org.apache.arrow.vector.ipc.ArrowReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.arrow.memory.BufferAllocator;

/** The readers a mesh handed out and that are still open, by name, each on its own child allocator. */
final class OpenReads {
  final BufferAllocator allocator;
  private final Map<String, ArrowReader> open = new LinkedHashMap<>();

  OpenReads(BufferAllocator allocator) {
    this.allocator = allocator;
  }

  ArrowReader open(String name, Function<BufferAllocator, ArrowReader> factory, Snapshot lease) {
    BufferAllocator child;
    try {
      child = allocator.newChildAllocator(name, 0, allocator.getLimit());
    } catch (RuntimeException e) {
      lease.close();
      throw e;
    }
    synchronized (this) {
      ArrowReader reader = factory.apply(child);
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

  /** Waits up to {@code grace} for every reader to close, then closes the rest and returns their names. */
  List<String> closeAll(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    List<ArrowReader> left;
    List<String> names;
    synchronized (this) {
      try {
        long wait;
        while (!open.isEmpty() && (wait = deadline - System.nanoTime()) > 0) {
          wait(Math.max(1, wait / 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      names = List.copyOf(open.keySet());
      left = new ArrayList<>(open.values());
    }
    for (ArrowReader r : left) {
      try {
        r.close();
      } catch (java.io.IOException | RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(OpenReads.class).error("closing a reader failed", e);
      }
    }
    return names;
  }
}
