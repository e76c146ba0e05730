package io.datamesh.samples.retail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardCopyOption;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
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
      try (ArrowReader batches = OrdersFile.read(file, allocator)) {
        while (batches.loadNextBatch()) {
          VectorSchemaRoot batch = batches.getVectorSchemaRoot();
          rows += batch.getRowCount();
          Float8Vector amount = (Float8Vector) batch.getVector("amount");
          for (int i = 0; i < batch.getRowCount(); i++) {
            negative += amount.get(i) < 0 ? 1 : 0;
          }
        }
      }
      assertThat(rows).isEqualTo(ROWS);
      // One row in 2,000 is bad, a third of them with a negative amount: rows 1999, 7999, 13999, ...
      assertThat(negative).isEqualTo((ROWS / RetailData.BAD_ROW_EVERY + 2) / 3);
    }
  }

  @Test
  void a_file_whose_footer_names_another_seed_is_generated_again() throws Exception {
    try (BufferAllocator allocator = new RootAllocator()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
      Path seven = OrdersFile.ensure(dir, 1_000, 7, allocator, out);
      Files.copy(seven, dir.resolve("orders-1000-8.arrow"), StandardCopyOption.REPLACE_EXISTING);
      bytes.reset();

      OrdersFile.ensure(dir, 1_000, 8, allocator, out);

      assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("generated with seed 7", "generated 1,000");
    }
  }
}
