package io.datamesh.arrow.ipc;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import org.apache.arrow.memory.OutOfMemoryException;

/** Turns what Arrow throws on bad input into one clear error. */
final class IpcErrors {
  private IpcErrors() {}

  static RuntimeException of(String format, int batch, Throwable e) {
    if (e instanceof MeshException) {
      return (MeshException) e;
    }
    if (e instanceof OutOfMemoryException) {
      return new MeshException(MeshStatus.RESOURCE_EXHAUSTED, "reading Arrow IPC " + format + " batch " + batch
          + " needs more memory than the allocator allows (a corrupted length can also ask for this): " + e, e);
    }
    return new MeshException(MeshStatus.DATA_LOSS, "the Arrow IPC " + format + " is corrupted or truncated at"
        + " batch " + batch + ": " + e + "; nothing after the last good batch was read", e);
  }
}
