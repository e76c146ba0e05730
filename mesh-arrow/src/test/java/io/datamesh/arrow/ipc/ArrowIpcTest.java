package io.datamesh.arrow.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.arrow.Tables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.util.ByteArrayReadableSeekableByteChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArrowIpcTest {
  private final BufferAllocator allocator = new RootAllocator(64L << 20);

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  /** Writes 3 batches of orders (ids 0..299) with the given writer. */
  private byte[] written(boolean file) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] stream;
    try (var source = new ByteArrayOutputStream()) {
      try (var root = Tables.orders(allocator, 0, 100);
          var w = new org.apache.arrow.vector.ipc.ArrowStreamWriter(root, null, source)) {
        w.start();
        for (int b = 0; b < 3; b++) {
          Tables.fill(root, 100L * b, 100);
          w.writeBatch();
        }
        w.end();
      }
      stream = source.toByteArray();
    }
    try (ArrowReader r = ArrowIpc.readStream(new ByteArrayInputStream(stream), allocator)) {
      long rows = file ? ArrowIpc.writeFile(r, out) : ArrowIpc.writeStream(r, out);
      assertThat(rows).isEqualTo(300);
    }
    return out.toByteArray();
  }

  private long[] readAll(ArrowReader r) throws Exception {
    long rows = 0;
    long sum = 0;
    while (r.loadNextBatch()) {
      rows += r.getVectorSchemaRoot().getRowCount();
      sum += Tables.sumIds(List.of(r.getVectorSchemaRoot()));
    }
    return new long[] {rows, sum};
  }

  @Test
  void the_stream_format_round_trips() throws Exception {
    try (ArrowReader r = ArrowIpc.readStream(new ByteArrayInputStream(written(false)), allocator)) {
      assertThat(readAll(r)).containsExactly(300, 299L * 300 / 2);
      assertThat(r.getVectorSchemaRoot().getSchema()).isEqualTo(Tables.ordersSchema());
    }
  }

  @Test
  void the_file_format_round_trips() throws Exception {
    try (ArrowReader r = ArrowIpc.readFile(new ByteArrayReadableSeekableByteChannel(written(true)), allocator)) {
      assertThat(readAll(r)).containsExactly(300, 299L * 300 / 2);
    }
  }

  @Test
  void a_truncated_stream_fails_with_data_loss_or_ends_cleanly_at_every_cut_and_leaks_nothing() throws Exception {
    byte[] full = written(false);
    List<Integer> failures = new ArrayList<>();
    for (int cut = 0; cut < full.length; cut += 7) {
      byte[] part = java.util.Arrays.copyOf(full, cut);
      try (ArrowReader r = ArrowIpc.readStream(new ByteArrayInputStream(part), allocator)) {
        long[] got = readAll(r);
        assertThat(got[0]).isLessThanOrEqualTo(300);
      } catch (MeshException e) {
        assertThat(e.status()).isIn(MeshStatus.DATA_LOSS, MeshStatus.RESOURCE_EXHAUSTED);
        assertThat(e.getMessage()).contains("corrupted or truncated");
        failures.add(cut);
      }
      assertThat(allocator.getAllocatedMemory()).as("leak after cut at " + cut).isZero();
    }
    assertThat(failures).isNotEmpty();
  }

  @Test
  void a_corrupted_stream_or_file_fails_clearly_or_reads_and_leaks_nothing() throws Exception {
    for (boolean file : new boolean[] {false, true}) {
      byte[] full = written(file);
      java.util.Random random = new java.util.Random(42);
      for (int i = 0; i < 200; i++) {
        byte[] bad = full.clone();
        bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
        try (ArrowReader r = file ? ArrowIpc.readFile(new ByteArrayReadableSeekableByteChannel(bad), allocator)
            : ArrowIpc.readStream(new ByteArrayInputStream(bad), allocator)) {
          while (r.loadNextBatch()) {
            assertThat(r.getVectorSchemaRoot().getRowCount()).isNotNegative();
          }
        } catch (MeshException e) {
          assertThat(e.status()).isIn(MeshStatus.DATA_LOSS, MeshStatus.RESOURCE_EXHAUSTED);
        }
        assertThat(allocator.getAllocatedMemory()).as("leak after corruption " + i).isZero();
      }
    }
  }

  @Test
  void garbage_is_not_an_arrow_stream() {
    assertThatThrownBy(() -> {
      try (ArrowReader r = ArrowIpc.readStream(new ByteArrayInputStream("hello, world".getBytes()), allocator)) {
        r.loadNextBatch();
      }
    }).isInstanceOf(MeshException.class).hasMessageContaining("corrupted or truncated");
  }
}
