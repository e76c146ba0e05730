package io.datamesh.arrow.ipc;

import java.util.Map;
import org.apache.arrow.vector.types.pojo.Schema;

/** The value behind {@link IpcFileInfo}. */
record IpcFileInfoRecord(Schema schema, int batches, long rows, long bytes, Map<String, String> metadata)
    implements IpcFileInfo {
  IpcFileInfoRecord {
    metadata = Map.copyOf(metadata);
  }
}
