package io.datamesh.arrow.ipc;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.arrow.ArrowMemory;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;

/**
 * Writes Arrow data as IPC and reads it back. Writers take any {@link ArrowReader} (a mesh read, a snapshot
 * reader, another IPC reader) and neither close it nor the output; readers return an {@link ArrowReader} the
 * caller closes, which reports corrupted or truncated input as a {@code MeshException} with status
 * {@code DATA_LOSS}.
 *
 * <pre>{@code
 * try (ArrowReader read = mesh.read(request)) {
 *   long rows = ArrowIpc.writeStream(read, response.getOutputStream());
 * }
 * try (ArrowReader back = ArrowIpc.readStream(in, allocator)) {
 *   mesh.publish(port, back);
 * }
 * }</pre>
 */
public final class ArrowIpc {
  /** The IANA media type of the IPC stream format. */
  public static final String STREAM_MEDIA_TYPE = "application/vnd.apache.arrow.stream";
  /** The IANA media type of the IPC file format. */
  public static final String FILE_MEDIA_TYPE = "application/vnd.apache.arrow.file";

  private ArrowIpc() {}

  /**
   * Writes every remaining batch of a reader in the IPC stream format.
   *
   * @param reader the source; left open
   * @param out the destination; left open
   * @return the number of rows written
   * @throws UncheckedIOException if writing or reading fails
   */
  public static long writeStream(ArrowReader reader, OutputStream out) {
    ArrowMemory.checkJvmFlags();
    try {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      return write(reader, new ArrowStreamWriter(root, reader, new KeepOpen(out)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes every remaining batch of a reader in the IPC file format (with its footer, for random access).
   *
   * @param reader the source; left open
   * @param out the destination; left open
   * @return the number of rows written
   * @throws UncheckedIOException if writing or reading fails
   */
  public static long writeFile(ArrowReader reader, OutputStream out) {
    ArrowMemory.checkJvmFlags();
    try {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      return write(reader, new ArrowFileWriter(root, reader, Channels.newChannel(new KeepOpen(out))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes every remaining batch of a reader in the IPC file format, with custom metadata in its footer (such as
   * the seed and version of the generator that made the data), which {@link #fileInfo(Path)} reads back.
   *
   * <p>{@code ArrowIpc.writeFile(reader, out, Map.of("generator.seed", "42"))}
   *
   * @param reader the source; left open
   * @param out the destination; left open
   * @param metadata the footer's custom metadata
   * @return the number of rows written
   * @throws UncheckedIOException if writing or reading fails
   */
  public static long writeFile(ArrowReader reader, OutputStream out, Map<String, String> metadata) {
    ArrowMemory.checkJvmFlags();
    Map<String, String> copy = Map.copyOf(Objects.requireNonNull(metadata, "metadata"));
    try {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      return write(reader, new ArrowFileWriter(root, reader, Channels.newChannel(new KeepOpen(out)), copy));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long write(ArrowReader reader, ArrowWriter writer) throws IOException {
    long rows = 0;
    try (writer) {
      writer.start();
      while (reader.loadNextBatch()) {
        writer.writeBatch();
        rows += reader.getVectorSchemaRoot().getRowCount();
      }
      writer.end();
    }
    return rows;
  }

  /**
   * Reads the IPC stream format.
   *
   * @param in the source; closed when the reader closes
   * @param allocator where batches are allocated
   * @return the reader; the caller closes it
   */
  public static ArrowReader readStream(InputStream in, BufferAllocator allocator) {
    ArrowMemory.checkJvmFlags();
    return new IpcStreamReader(in, allocator);
  }

  /**
   * Reads the IPC file format.
   *
   * @param in the source, positioned anywhere; closed when the reader closes
   * @param allocator where batches are allocated
   * @return the reader; the caller closes it
   */
  public static ArrowReader readFile(SeekableByteChannel in, BufferAllocator allocator) {
    ArrowMemory.checkJvmFlags();
    return new IpcFileReader(in, allocator);
  }

  /**
   * Describes an IPC file (schema, batch and row counts, size, footer metadata) from its footer and its batches'
   * message headers only: no batch body is read and no Arrow memory is allocated, so checking a large cached
   * file costs a few kilobytes of reading.
   *
   * <pre>{@code
   * IpcFileInfo info = ArrowIpc.fileInfo(Path.of("orders.arrow"));
   * if (info.rows() != expectedRows) { ... regenerate ... }
   * }</pre>
   *
   * @param file the file
   * @return what the file holds
   * @throws MeshException {@code DATA_LOSS} naming the file and what is wrong if it is truncated or corrupted,
   *     {@code NOT_FOUND} if it does not exist, {@code UNAVAILABLE} if it cannot be opened
   */
  public static IpcFileInfo fileInfo(Path file) {
    try (FileChannel in = FileChannel.open(Objects.requireNonNull(file, "file"), StandardOpenOption.READ)) {
      return IpcFileFacts.read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new MeshException(MeshStatus.NOT_FOUND, "the Arrow IPC file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new MeshException(MeshStatus.UNAVAILABLE, "the Arrow IPC file " + file + " cannot be read: " + e, e);
    }
  }

  /**
   * Describes an IPC file read from a channel, as {@link #fileInfo(Path)} does; the channel is left open and its
   * position is undefined afterwards.
   *
   * @param in the file's bytes
   * @param name how errors name the file
   * @return what the file holds
   * @throws MeshException {@code DATA_LOSS} naming the file and what is wrong if it is truncated or corrupted
   */
  public static IpcFileInfo fileInfo(SeekableByteChannel in, String name) {
    return IpcFileFacts.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(name, "name"));
  }

  /** Lets a writer close its stream without closing the caller's. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
