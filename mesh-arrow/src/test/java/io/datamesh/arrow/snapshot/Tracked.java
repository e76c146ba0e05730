package io.datamesh.arrow.snapshot;

import io.datamesh.arrow.Tables;
import io.datamesh.arrow.internal.SharedBatches;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.memory.AllocationListener;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;

/**
 * {@link SharedBatches} of orders batches in an allocator whose accounting the tests watch: how many times it was
 * closed (freed) and how many bytes its buffers gave back.
 */
final class Tracked {
  private final BufferAllocator parent;
  final BufferAllocator allocator;
  final SharedBatches shared;
  final long bytes;
  /** The sum of the ids of each batch, in order: what a reader must see. */
  final List<Long> idSums = new ArrayList<>();
  final AtomicInteger frees = new AtomicInteger();
  final AtomicLong releasedBytes = new AtomicLong();

  /** Builds batches of {@code rows[i]} rows each (ids from 1000 * i) under a new child of {@code root}. */
  Tracked(BufferAllocator root, String name, int... rows) {
    BufferAllocator parent = root.newChildAllocator(name + " parent", new AllocationListener() {
      @Override
      public void onChildRemoved(BufferAllocator p, BufferAllocator child) {
        frees.incrementAndGet();
      }
    }, 0, Long.MAX_VALUE);
    this.allocator = parent.newChildAllocator(name, new AllocationListener() {
      @Override
      public void onRelease(long size) {
        releasedBytes.addAndGet(size);
      }
    }, 0, Long.MAX_VALUE);
    List<ArrowRecordBatch> batches = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      try (VectorSchemaRoot b = Tables.orders(allocator, 1000L * i, rows[i])) {
        batches.add(new VectorUnloader(b).getRecordBatch());
        idSums.add(Tables.sumIds(List.of(b)));
      }
    }
    this.bytes = allocator.getAllocatedMemory();
    this.shared = SharedBatches.of(Tables.ordersSchema(), batches, allocator);
    this.parent = parent;
  }

  /** Leases the batches as the store does: a {@link Snapshot} that holds one reference until it closes. */
  Optional<Snapshot> tryLease(String key, long id) {
    return StoredSnapshot.lease(shared, key, id);
  }

  /** Leases batches known to be alive. */
  Snapshot lease(String key, long id) {
    return tryLease(key, id).orElseThrow(() -> new IllegalStateException("the batches of " + key + " are freed"));
  }

  /**
   * Makes closing batch {@code index} fail the way a double release does, without leaking: its last buffer is
   * released once behind the holder's back (so it is freed already), and the holder's release of it then finds a
   * negative count and throws, after every other buffer of the batch was released.
   */
  void breakClose(int index) {
    List<ArrowBuf> buffers = shared.tryLease("saboteur", 1).map(l -> {
      try (l) {
        return l.batches().get(index).getBuffers();
      }
    }).orElseThrow();
    ArrowBuf last = buffers.get(buffers.size() - 1);
    if (last.getReferenceManager().getRefCount() != 1) {
      throw new IllegalStateException("expected the batch to hold the only reference to its last buffer");
    }
    last.getReferenceManager().release();
  }

  /** Whether the batches are freed: the allocator was closed and every byte went back. */
  boolean freed() {
    return frees.get() > 0 && allocator.getAllocatedMemory() == 0;
  }

  /** Opens a reader of every column over {@code lease}, on a new child of {@code root}. */
  static SnapshotReader reader(BufferAllocator root, Snapshot lease, String name) {
    return SnapshotReader.open(lease, root.newChildAllocator(name, 0, Long.MAX_VALUE), List.of(), Optional.empty());
  }

  /** Reads every batch and returns the id sum of each. */
  static List<Long> readAll(ArrowReader reader) throws Exception {
    List<Long> sums = new ArrayList<>();
    try (reader) {
      while (reader.loadNextBatch()) {
        sums.add(Tables.sumIds(List.of(reader.getVectorSchemaRoot())));
      }
    }
    return sums;
  }

  /** Closes the counting parent; call after the batches are freed. */
  void closeParent() {
    parent.close();
  }
}
