package io.datamesh.samples.retail;

import io.datamesh.api.MeshException;
import io.datamesh.arrow.ipc.ArrowIpc;
import io.datamesh.arrow.snapshot.BatchSupplier;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.util.TransferPair;

/**
 * The orders as an Arrow IPC file, {@code orders-<rows>-<seed>.arrow}: generated at the first run, checked and
 * reused by the next ones, and generated again when the check fails (the contract changed, or a run was killed
 * while writing it).
 */
final class OrdersFile {
  private OrdersFile() {}

  /**
   * Returns the orders file for a row count and seed, generating it if it is missing, stale or corrupt.
   *
   * @param dir the data directory
   * @param rows how many orders
   * @param seed the random seed
   * @param allocator where to build and check batches
   * @param out where progress goes
   * @return the file, holding {@code rows} orders of {@link RetailData#ordersSchema()}
   */
  static Path ensure(Path dir, long rows, long seed, BufferAllocator allocator, PrintStream out) {
    Path file = dir.resolve("orders-" + rows + "-" + seed + ".arrow");
    try {
      if (Files.exists(file)) {
        long start = System.nanoTime();
        Optional<String> problem = check(file, rows, allocator);
        if (problem.isEmpty()) {
          out.printf("  reusing %s: %,d orders, checked in %,d ms%n", file.toAbsolutePath(), rows,
              (System.nanoTime() - start) / 1_000_000);
          return file;
        }
        out.printf("  %s is stale or corrupt (%s): generating it again%n", file.toAbsolutePath(), problem.get());
      }
      Files.createDirectories(dir);
      // Write beside the file and rename: an interrupted run never leaves a half file under the final name.
      Path partial = dir.resolve(file.getFileName() + ".partial");
      try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
        RetailData.writeOrders(channel, allocator, rows, seed, new Progress(out, "generated", rows));
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      out.printf("  wrote %s (%,d bytes)%n", file.toAbsolutePath(), Files.size(file));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the file through once: its schema must be the contract's and its row count the one asked for. */
  private static Optional<String> check(Path file, long rows, BufferAllocator allocator) throws IOException {
    try (ArrowReader reader = ArrowIpc.readFile(FileChannel.open(file), allocator)) {
      if (!reader.getVectorSchemaRoot().getSchema().equals(RetailData.ordersSchema())) {
        return Optional.of("its schema is not the orders contract's");
      }
      long found = 0;
      while (reader.loadNextBatch()) {
        found += reader.getVectorSchemaRoot().getRowCount();
      }
      return found == rows ? Optional.empty() : Optional.of(found + " rows instead of " + rows);
    } catch (MeshException e) { // DATA_LOSS: truncated or corrupted
      return Optional.of(e.getMessage());
    }
  }

  /**
   * Reads the file back with the SDK's IPC reader, handing each batch to the publish and reporting progress.
   *
   * @param file the orders file
   * @param allocator the mesh's allocator: batches move into the snapshot without a copy
   * @param progress told the rows read so far after each batch
   * @return the batches, for {@code Mesh.publish}; the publish closes the file
   * @throws IOException if the file cannot be opened
   */
  static BatchSupplier read(Path file, BufferAllocator allocator, LongConsumer progress) throws IOException {
    ArrowReader reader = ArrowIpc.readFile(FileChannel.open(file), allocator);
    long[] done = {0};
    return new BatchSupplier() {
      @Override
      public Optional<VectorSchemaRoot> next() throws IOException {
        if (!reader.loadNextBatch()) {
          return Optional.empty();
        }
        // The reader reuses its root for the next batch: move this batch's buffers to a root of its own.
        VectorSchemaRoot loaded = reader.getVectorSchemaRoot();
        List<FieldVector> moved = loaded.getFieldVectors().stream().map(v -> {
          TransferPair pair = v.getTransferPair(v.getAllocator());
          pair.transfer();
          return (FieldVector) pair.getTo();
        }).toList();
        VectorSchemaRoot batch = new VectorSchemaRoot(moved);
        batch.setRowCount(loaded.getRowCount());
        done[0] += batch.getRowCount();
        progress.accept(done[0]);
        return Optional.of(batch);
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }
}
