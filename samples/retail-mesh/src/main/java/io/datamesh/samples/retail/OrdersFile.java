package io.datamesh.samples.retail;

import io.datamesh.api.MeshException;
import io.datamesh.arrow.ipc.ArrowIpc;
import io.datamesh.arrow.ipc.IpcFileInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;

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
   * @param allocator where to build batches
   * @param out where progress goes
   * @return the file, holding {@code rows} orders of {@link RetailData#ordersSchema()}
   */
  static Path ensure(Path dir, long rows, long seed, BufferAllocator allocator, PrintStream out) {
    Path file = dir.resolve("orders-" + rows + "-" + seed + ".arrow");
    try {
      if (Files.exists(file)) {
        long start = System.nanoTime();
        Optional<String> problem = check(file, rows, seed);
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

  /**
   * Checks the file from its footer and batch headers alone (a few KB, whatever its size): the schema must be the
   * contract's, the row count the one asked for, and the seed in its footer the one asked for.
   */
  private static Optional<String> check(Path file, long rows, long seed) {
    try {
      IpcFileInfo info = ArrowIpc.fileInfo(file);
      if (!info.schema().equals(RetailData.ordersSchema())) {
        return Optional.of("its schema is not the orders contract's");
      }
      if (!Long.toString(seed).equals(info.metadata().get(RetailData.SEED_KEY))) {
        return Optional.of("it was generated with seed " + info.metadata().get(RetailData.SEED_KEY));
      }
      return info.rows() == rows ? Optional.empty() : Optional.of(info.rows() + " rows instead of " + rows);
    } catch (MeshException e) { // DATA_LOSS: truncated or corrupted, naming the file and what is wrong
      return Optional.of(e.getMessage());
    }
  }

  /**
   * Reads the file back with the SDK's IPC reader, for {@code Mesh.publish}: its batches move into the snapshot
   * without a copy when the allocator is the mesh's.
   *
   * @param file the orders file
   * @param allocator the mesh's allocator
   * @return the reader; the publish closes it
   * @throws IOException if the file cannot be opened
   */
  static ArrowReader read(Path file, BufferAllocator allocator) throws IOException {
    return ArrowIpc.readFile(FileChannel.open(file), allocator);
  }
}
