package io.datamesh.arrow.ipc;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.SeekableReadChannel;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.MessageMetadataResult;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Schema;

/** Reads the IPC file format; bad input fails with {@code DATA_LOSS} and frees what it had read. */
final class IpcFileReader extends ArrowFileReader {
  private final SeekableReadChannel channel;
  private int batch;

  IpcFileReader(SeekableByteChannel in, BufferAllocator allocator) {
    this(new SeekableReadChannel(in), allocator);
  }

  private IpcFileReader(SeekableReadChannel channel, BufferAllocator allocator) {
    super(channel, allocator);
    this.channel = channel;
  }

  @Override
  public boolean loadNextBatch() {
    try {
      prepareLoadNextBatch();
      List<ArrowBlock> blocks = getRecordBlocks();
      if (batch >= blocks.size()) {
        return false;
      }
      load(blocks.get(batch++));
      return true;
    } catch (Exception | StackOverflowError e) {
      throw IpcErrors.of("file", batch, e);
    }
  }

  private void load(ArrowBlock block) throws IOException {
    channel.setPosition(block.getOffset());
    MessageMetadataResult meta = MessageSerializer.readMessage(channel);
    if (meta == null || meta.getMessage().headerType() != MessageHeader.RecordBatch) {
      throw new IOException("block at offset " + block.getOffset() + " is not a record batch");
    }
    long length = meta.getMessageBodyLength();
    if (length < 0 || length > block.getBodyLength()) {
      throw new IOException("record batch body of " + length + " bytes does not fit its block of "
          + block.getBodyLength());
    }
    ArrowBuf body = MessageSerializer.readMessageBody(channel, length, allocator);
    loadRecordBatch(Bodies.recordBatch(meta.getMessage(), body));
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
