package io.datamesh.arrow.snapshot;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.arrow.filter.RowFilter;
import io.datamesh.arrow.internal.ReaderCloseState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Serves a snapshot as an {@link ArrowReader}, with a projection and an optional row filter. Without a filter, no
 * value is copied: the reader's root shares the snapshot's buffers, retained into the reader's allocator. With a
 * filter, the passing rows of each batch are copied into the reader's allocator (a batch where every row passes is
 * shared as is). The root is reloaded by every batch. Closing the reader releases the snapshot lease and closes
 * the allocator, which fails loudly if anything leaked.
 *
 * <pre>{@code
 * try (ArrowReader r = SnapshotReader.open(store.acquire("orders").orElseThrow(),
 *     allocator.newChildAllocator("read", 0, Long.MAX_VALUE), List.of("id", "amount"), Optional.empty())) {
 *   while (r.loadNextBatch()) { VectorSchemaRoot root = r.getVectorSchemaRoot(); ... }
 * }
 * }</pre>
 */
public final class SnapshotReader extends ArrowReader {
  private final ReaderCloseState closing = new ReaderCloseState();
  private final Snapshot snapshot;
  private final BufferAllocator allocator;
  private final Schema schema;
  private final ColumnSlices slices;
  private final int[] projected;
  private final @Nullable RowFilter filter;
  private final int[] scanned;
  private final @Nullable VectorSchemaRoot scan;
  private int next;
  private long bytes;
  private int[] selection = new int[0];
  private final Runnable onClose;
  private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

  private SnapshotReader(Snapshot snapshot, BufferAllocator allocator, List<String> columns,
      @Nullable RowFilter filter, Runnable onClose) {
    super(allocator);
    this.onClose = onClose;
    this.snapshot = snapshot;
    this.allocator = allocator;
    Schema full = snapshot.schema();
    this.slices = new ColumnSlices(full);
    this.projected = indices(full, columns.isEmpty() ? names(full) : columns, "projection");
    this.schema = subset(full, projected);
    this.filter = filter;
    if (filter != null) {
      Set<String> needed = new LinkedHashSet<>();
      for (int i : projected) {
        needed.add(full.getFields().get(i).getName());
      }
      needed.addAll(filter.columns());
      this.scanned = indices(full, List.copyOf(needed), "filter");
      this.scan = VectorSchemaRoot.create(subset(full, scanned), allocator);
    } else {
      this.scanned = projected;
      this.scan = null;
    }
  }

  /**
   * Opens a reader over a leased snapshot. The reader owns the lease and the allocator from then on, and closes
   * both when it closes (also when this method fails).
   *
   * @param snapshot the lease
   * @param allocator the reader's own allocator, a child of the allocator tree the snapshot lives in
   * @param columns the columns to serve, in this order; empty for all
   * @param filter the row filter, if any
   * @return the reader
   * @throws MeshException {@code INVALID_ARGUMENT} naming an unknown or repeated column
   */
  public static SnapshotReader open(Snapshot snapshot, BufferAllocator allocator, List<String> columns,
      Optional<RowFilter> filter) {
    return open(snapshot, allocator, columns, filter, () -> { });
  }

  /**
   * Opens a reader as {@link #open(Snapshot, BufferAllocator, List, Optional)} does, and runs {@code onClose}
   * once the reader has released everything; a host uses it to track open readers.
   *
   * @param snapshot the lease
   * @param allocator the reader's own allocator
   * @param columns the columns to serve, in this order; empty for all
   * @param filter the row filter, if any
   * @param onClose runs after the reader closed
   * @return the reader
   */
  public static SnapshotReader open(Snapshot snapshot, BufferAllocator allocator, List<String> columns,
      Optional<RowFilter> filter, Runnable onClose) {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(onClose, "onClose");
    try {
      return new SnapshotReader(snapshot, allocator, List.copyOf(columns), filter.orElse(null), onClose);
    } catch (RuntimeException e) {
      snapshot.close();
      allocator.close();
      throw e;
    }
  }

  /**
   * Returns the id of the snapshot being read.
   *
   * @return the snapshot id
   */
  public long snapshotId() {
    return snapshot.id();
  }

  private static List<String> names(Schema s) {
    return s.getFields().stream().map(Field::getName).toList();
  }

  private static int[] indices(Schema s, List<String> columns, String what) {
    List<String> all = names(s);
    int[] out = new int[columns.size()];
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < out.length; i++) {
      String c = columns.get(i);
      out[i] = all.indexOf(c);
      if (out[i] < 0 || !seen.add(c)) {
        throw new MeshException(MeshStatus.INVALID_ARGUMENT, "the " + what + " names column '" + c + "' "
            + (out[i] < 0 ? "that the snapshot does not have; it has " + all : "twice"));
      }
    }
    return out;
  }

  private static Schema subset(Schema s, int[] columns) {
    List<Field> fields = new ArrayList<>();
    for (int c : columns) {
      fields.add(s.getFields().get(c));
    }
    return new Schema(fields, s.getCustomMetadata());
  }

  @Override
  public synchronized boolean loadNextBatch() {
    closing.ensureOpen("snapshot reader");
    ensureInitializedQuietly();
    List<ArrowRecordBatch> batches = snapshot.batches();
    while (next < batches.size()) {
      ArrowRecordBatch batch = batches.get(next++);
      bytes += batch.computeBodyLength();
      if (filter == null) {
        loadRecordBatch(slices.select(batch, projected));
        return true;
      }
      if (filtered(batch)) {
        return true;
      }
    }
    return false;
  }

  private boolean filtered(ArrowRecordBatch batch) {
    try (ArrowRecordBatch part = slices.select(batch, scanned)) {
      new VectorLoader(scan).load(part);
    }
    int rows = scan.getRowCount();
    if (selection.length < rows) {
      selection = new int[rows];
    }
    int n = filter.select(scan, selection);
    if (n == 0) {
      return false;
    }
    VectorSchemaRoot root = root();
    for (int j = 0; j < projected.length; j++) {
      FieldVector from = scan.getVector(schema.getFields().get(j).getName());
      FieldVector to = root.getVector(j);
      if (n == rows) {
        from.makeTransferPair(to).transfer();
      } else {
        copyRows(from, to, n);
      }
    }
    root.setRowCount(n);
    return true;
  }

  private void copyRows(FieldVector from, FieldVector to, int n) {
    to.clear();
    to.setInitialCapacity(n);
    to.allocateNew();
    for (int k = 0; k < n; k++) {
      to.copyFromSafe(selection[k], k, from);
    }
    to.setValueCount(n);
  }

  private VectorSchemaRoot root() {
    try {
      return getVectorSchemaRoot();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void ensureInitializedQuietly() {
    root();
  }

  @Override
  public long bytesRead() {
    return bytes;
  }

  /**
   * Closes the reader. Each part is released once: closing again does nothing, also when the second close races the
   * first from another thread (a mesh closing the readers left open while their user closes one), as the later call
   * waits for the first to finish; and a {@code close(false)} followed by {@code close()} releases the source then.
   *
   * @param closeReadSource whether to release the source (the snapshot lease and the reader's memory) as well
   * @throws IOException if closing the source fails
   */
  @Override
  public synchronized void close(boolean closeReadSource) throws IOException {
    closing.close(closeReadSource, () -> super.close(false), this::closeReadSource);
  }

  /**
   * Returns the root every batch is loaded into, creating it on the first call; synchronised with {@link #close} so
   * a first call racing a close cannot leave a half-made root behind.
   *
   * @return the root
   * @throws IOException if the schema cannot be read
   * @throws IllegalStateException once the reader is closed
   */
  @Override
  public synchronized VectorSchemaRoot getVectorSchemaRoot() throws IOException {
    closing.ensureOpen("snapshot reader");
    return super.getVectorSchemaRoot();
  }

  @Override
  protected void closeReadSource() {
    if (!released.compareAndSet(false, true)) {
      return;
    }
    try {
      if (scan != null) {
        scan.close();
      }
      snapshot.close();
    } finally {
      try {
        allocator.close();
      } finally {
        onClose.run();
      }
    }
  }

  @Override
  protected Schema readSchema() {
    return schema;
  }
}
