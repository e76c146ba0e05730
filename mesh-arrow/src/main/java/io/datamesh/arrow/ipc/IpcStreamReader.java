package io.datamesh.arrow.ipc;

import java.io.InputStream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.Schema;

/** An IPC stream reader whose failures on bad input are {@code DATA_LOSS}. */
final class IpcStreamReader extends ArrowStreamReader {
  private int batch;

  IpcStreamReader(InputStream in, BufferAllocator allocator) {
    super(in, allocator);
  }

  @Override
  public boolean loadNextBatch() {
    try {
      batch++;
      return super.loadNextBatch();
    } catch (Exception | StackOverflowError e) {
      throw IpcErrors.of("stream", batch, e);
    }
  }

  @Override
  protected Schema readSchema() {
    try {
      return super.readSchema();
    } catch (Exception | StackOverflowError e) {
      throw IpcErrors.of("stream", 0, e);
    }
  }
}
