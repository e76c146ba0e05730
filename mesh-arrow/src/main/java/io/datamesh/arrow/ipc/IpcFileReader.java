package io.datamesh.arrow.ipc;

import java.nio.channels.SeekableByteChannel;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.types.pojo.Schema;

/** An IPC file reader whose failures on bad input are {@code DATA_LOSS}. */
final class IpcFileReader extends ArrowFileReader {
  private int batch;

  IpcFileReader(SeekableByteChannel in, BufferAllocator allocator) {
    super(in, allocator);
  }

  @Override
  public boolean loadNextBatch() {
    try {
      batch++;
      return super.loadNextBatch();
    } catch (Exception | StackOverflowError e) {
      throw IpcErrors.of("file", batch, e);
    }
  }

  @Override
  protected Schema readSchema() {
    try {
      return super.readSchema();
    } catch (Exception | StackOverflowError e) {
      throw IpcErrors.of("file", 0, e);
    }
  }
}
