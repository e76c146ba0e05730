package io.datamesh.samples.retail;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.arrow.snapshot.BatchSupplier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The orders file is generated once, reused while it checks out, and generated again when it does not. */
class OrdersFileTest {
  private static final long ROWS = 120_000; // three batches, the last one partial

  @TempDir
  Path dir;

  @Test
  void the_file_is_reused_then_regenerated_once_truncated() throws Exception {
    try (BufferAllocator allocator = new RootAllocator()) { // closing fails if a buffer leaked
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

      Path file = OrdersFile.ensure(dir, ROWS, 7, allocator, out);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("generated 120,000 / 120,000 rows (100%)");
      long size = Files.size(file);
      bytes.reset();
      assertThat(OrdersFile.ensure(dir, ROWS, 7, allocator, out)).isEqualTo(file);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("reusing").doesNotContain("generated");

      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.truncate(size / 2); // as a run killed while copying the file would leave it
      }
      bytes.reset();
      OrdersFile.ensure(dir, ROWS, 7, allocator, out);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("is stale or corrupt", "generated 120,000");
      assertThat(Files.size(file)).isEqualTo(size);

      long rows = 0;
      long negative = 0;
      try (BatchSupplier batches = OrdersFile.read(file, allocator, n -> { })) {
        for (Optional<VectorSchemaRoot> b = batches.next(); b.isPresent(); b = batches.next()) {
          try (VectorSchemaRoot batch = b.get()) {
            rows += batch.getRowCount();
            Float8Vector amount = (Float8Vector) batch.getVector("amount");
            for (int i = 0; i < batch.getRowCount(); i++) {
              negative += amount.get(i) < 0 ? 1 : 0;
            }
          }
        }
      }
      assertThat(rows).isEqualTo(ROWS);
      // One row in 2,000 is bad, a third of them with a negative amount: rows 1999, 7999, 13999, ...
      assertThat(negative).isEqualTo((ROWS / RetailData.BAD_ROW_EVERY + 2) / 3);
    }
  }
}
