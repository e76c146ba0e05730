package io.datamesh.arrow.ipc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.MessageChannelReader;
import org.apache.arrow.vector.ipc.message.MessageResult;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Schema;

/** Reads the IPC stream format; bad input fails with {@code DATA_LOSS} and frees what it had read. */
final class IpcStreamReader extends ArrowReader {
  private final MessageChannelReader messages;
  private int batch;

  IpcStreamReader(InputStream in, BufferAllocator allocator) {
    super(allocator);
    this.messages = new MessageChannelReader(new ReadChannel(Channels.newChannel(in)), allocator);
  }

  @Override
  public boolean loadNextBatch() {
    batch++;
    try {
      prepareLoadNextBatch();
      return next();
    } catch (Exception | StackOverflowError e) {
      throw IpcErrors.of("stream", batch, e);
    }
  }

  private boolean next() throws IOException {
    while (true) {
      MessageResult m = messages.readNext();
      if (m == null) {
        return false;
      }
      ArrowBuf body = m.getBodyBuffer() == null ? allocator.getEmpty() : m.getBodyBuffer();
      byte header = m.getMessage().headerType();
      if (header == MessageHeader.RecordBatch) {
        loadRecordBatch(Bodies.recordBatch(m.getMessage(), body));
        return true;
      }
      if (header != MessageHeader.DictionaryBatch) {
        body.close();
        throw new IOException("expected a record or dictionary batch, found message type " + header);
      }
      loadDictionary(MessageSerializer.deserializeDictionaryBatch(m.getMessage(), body));
    }
  }

  @Override
  public long bytesRead() {
    return messages.bytesRead();
  }

  @Override
  protected void closeReadSource() throws IOException {
    messages.close();
  }

  @Override
  protected Schema readSchema() {
    try {
      MessageResult m = messages.readNext();
      if (m == null) {
        throw new IOException("the stream ended before its schema");
      }
      if (m.getMessage().headerType() != MessageHeader.Schema) {
        throw new IOException("expected the schema, found message type " + m.getMessage().headerType());
      }
      return MessageSerializer.deserializeSchema(m.getMessage());
    } catch (Exception | StackOverflowError e) {
      throw IpcErrors.of("stream", 0, e);
    }
  }
}
