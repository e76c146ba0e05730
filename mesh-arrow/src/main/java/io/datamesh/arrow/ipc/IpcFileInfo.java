package io.datamesh.arrow.ipc;

import java.util.Map;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Describes an Arrow IPC file from its footer and its record batches' message headers, without reading a batch
 * body: cheap enough to check a cached file before using it.
 *
 * <pre>{@code
 * IpcFileInfo info = ArrowIpc.fileInfo(Path.of("orders.arrow"));
 * boolean usable = info.schema().equals(expected) && info.rows() == 1_000_000
 *     && info.metadata().getOrDefault("seed", "").equals("42");
 * }</pre>
 */
public interface IpcFileInfo {
  /**
   * Returns the schema stored in the footer, with its custom metadata.
   *
   * @return the schema
   */
  Schema schema();

  /**
   * Returns the number of record batches.
   *
   * @return zero or more
   */
  int batches();

  /**
   * Returns the number of rows, the sum of the batches' row counts.
   *
   * @return zero or more
   */
  long rows();

  /**
   * Returns the size of the file.
   *
   * @return the size in bytes
   */
  long bytes();

  /**
   * Returns the custom metadata of the footer, as written by
   * {@link ArrowIpc#writeFile(org.apache.arrow.vector.ipc.ArrowReader, java.io.OutputStream, Map)}.
   *
   * @return an unmodifiable map, empty when none was written
   */
  Map<String, String> metadata();
}
