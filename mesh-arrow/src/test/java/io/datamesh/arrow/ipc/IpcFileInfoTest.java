package io.datamesh.arrow.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.arrow.Tables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.flatbuf.Footer;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowFooter;
import org.apache.arrow.vector.util.ByteArrayReadableSeekableByteChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IpcFileInfoTest {
  private final BufferAllocator allocator = new RootAllocator(256L << 20);

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  /** Writes {@code batches} batches of {@code rows} orders as an IPC file with footer metadata. */
  private byte[] file(int batches, int rows, Map<String, String> metadata) throws Exception {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    try (var root = Tables.orders(allocator, 0, rows); var w = new ArrowStreamWriter(root, null, stream)) {
      w.start();
      for (int b = 0; b < batches; b++) {
        Tables.fill(root, (long) rows * b, rows);
        w.writeBatch();
      }
      w.end();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArrowReader r = ArrowIpc.readStream(new ByteArrayInputStream(stream.toByteArray()), allocator)) {
      ArrowIpc.writeFile(r, out, metadata);
    }
    return out.toByteArray();
  }

  @Test
  void the_facts_of_a_file_match_what_was_written_and_its_footer_metadata_reads_back() throws Exception {
    byte[] bytes = file(3, 1_000, Map.of("generator.seed", "42"));

    IpcFileInfo info = ArrowIpc.fileInfo(new ByteArrayReadableSeekableByteChannel(bytes), "orders.arrow");

    assertThat(info.batches()).isEqualTo(3);
    assertThat(info.rows()).isEqualTo(3_000);
    assertThat(info.bytes()).isEqualTo(bytes.length);
    assertThat(info.schema()).isEqualTo(Tables.ordersSchema());
    assertThat(info.metadata()).containsExactly(Map.entry("generator.seed", "42"));
  }

  @Test
  void the_facts_come_from_the_footer_and_headers_without_reading_a_batch_body() throws Exception {
    byte[] bytes = file(4, 20_000, Map.of());
    Counting channel = new Counting(bytes);

    IpcFileInfo info = ArrowIpc.fileInfo(channel, "big.arrow");

    assertThat(info.rows()).isEqualTo(80_000);
    assertThat(channel.read).as("bytes read of " + bytes.length).isLessThan(4_096);
  }

  @Test
  void a_file_without_batches_has_no_rows_and_a_missing_file_is_not_found(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("empty.arrow");
    Files.write(empty, file(0, 1, Map.of()));

    assertThat(ArrowIpc.fileInfo(empty).rows()).isZero();
    assertThat(ArrowIpc.fileInfo(empty).batches()).isZero();
    assertThatThrownBy(() -> ArrowIpc.fileInfo(dir.resolve("missing.arrow"))).isInstanceOf(MeshException.class)
        .hasMessageContaining("missing.arrow")
        .satisfies(e -> assertThat(((MeshException) e).status()).isEqualTo(MeshStatus.NOT_FOUND));
  }

  @Test
  void a_file_cut_anywhere_fails_with_data_loss_naming_the_file_and_the_problem() throws Exception {
    byte[] full = file(3, 100, Map.of("k", "v"));
    for (int cut = 0; cut < full.length; cut++) {
      byte[] part = Arrays.copyOf(full, cut);
      MeshException e = catchThrowableOfType(MeshException.class,
          () -> ArrowIpc.fileInfo(new ByteArrayReadableSeekableByteChannel(part), "cut.arrow"));
      assertThat(e).as("cut at " + cut).isNotNull();
      assertThat(e.status()).isEqualTo(MeshStatus.DATA_LOSS);
      assertThat(e.getMessage()).contains("cut.arrow", "corrupted or truncated");
    }
  }

  @Test
  void a_corrupted_file_gives_facts_or_data_loss_and_nothing_else() throws Exception {
    byte[] full = file(3, 100, Map.of("k", "v"));
    Random random = new Random(7);
    int failures = 0;
    for (int i = 0; i < 3_000; i++) {
      byte[] bad = full.clone();
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
      }
      try {
        IpcFileInfo info = ArrowIpc.fileInfo(new ByteArrayReadableSeekableByteChannel(bad), "bad.arrow");
        assertThat(info.rows()).isNotNegative();
        assertThat(info.batches()).isNotNegative();
      } catch (MeshException e) {
        assertThat(e.status()).isEqualTo(MeshStatus.DATA_LOSS);
        assertThat(e.getMessage()).contains("bad.arrow");
        failures++;
      }
    }
    assertThat(failures).isPositive();
    assertThat(allocator.getAllocatedMemory()).isZero();
  }

  @Test
  void a_footer_claiming_more_bytes_than_the_file_has_is_reported_as_such() throws Exception {
    byte[] bad = file(1, 10, Map.of());
    ByteBuffer.wrap(bad).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(bad.length - 10, Integer.MAX_VALUE);

    assertThatThrownBy(() -> ArrowIpc.fileInfo(new ByteArrayReadableSeekableByteChannel(bad), "huge.arrow"))
        .isInstanceOf(MeshException.class).hasMessageContaining("huge.arrow")
        .hasMessageContaining("footer length " + Integer.MAX_VALUE);
  }

  @Test
  void a_footer_listing_one_batch_many_times_is_data_loss_naming_the_file_and_block() throws Exception {
    byte[] good = file(2, 100, Map.of());
    ByteBuffer tail = ByteBuffer.wrap(good).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int footerLength = tail.getInt(good.length - 10);
    int footerStart = good.length - 10 - footerLength;
    ArrowFooter footer = new ArrowFooter(Footer.getRootAsFooter(ByteBuffer.wrap(good, footerStart, footerLength)
        .slice()));
    ArrowBlock first = footer.getRecordBatches().get(0);
    // 10,000 blocks all pointing at the first batch: each header would be parsed again (quadratic on a big one).
    ArrowFooter hostile = new ArrowFooter(footer.getSchema(), footer.getDictionaries(),
        java.util.Collections.nCopies(10_000, first), footer.getMetaData());
    com.google.flatbuffers.FlatBufferBuilder fb = new com.google.flatbuffers.FlatBufferBuilder();
    fb.finish(hostile.writeTo(fb));
    byte[] newFooter = fb.sizedByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(good, 0, footerStart);
    out.write(newFooter);
    out.write(ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(newFooter.length).array());
    out.write("ARROW1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    byte[] bad = out.toByteArray();
    Counting in = new Counting(bad);

    assertThatThrownBy(() -> ArrowIpc.fileInfo(in, "repeated.arrow"))
        .isInstanceOfSatisfying(MeshException.class, e -> assertThat(e.status()).isEqualTo(MeshStatus.DATA_LOSS))
        .hasMessageContaining("repeated.arrow").hasMessageContaining("record batch 1 ")
        .hasMessageContaining("overlaps");
    assertThat(in.read).as("bytes read before the refusal").isLessThan(bad.length);
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends ByteArrayReadableSeekableByteChannel {
    long read;

    Counting(byte[] bytes) {
      super(bytes);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      int n = super.read(dst);
      read += Math.max(0, n);
      return n;
    }
  }
}
