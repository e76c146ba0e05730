package io.datamesh.arrow.ipc;

import java.io.IOException;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.MessageSerializer;

/**
 * Deserializes a record batch from a message body without leaking the body when the message is corrupt: Arrow
 * 19 releases the body only on success, so a failure here frees it (nothing else refers to a fresh body yet).
 */
final class Bodies {
  private Bodies() {}

  static ArrowRecordBatch recordBatch(Message message, ArrowBuf body) throws IOException {
    try {
      return MessageSerializer.deserializeRecordBatch(message, body);
    } catch (IOException | RuntimeException e) {
      while (body.refCnt() > 0) {
        body.getReferenceManager().release();
      }
      throw e;
    }
  }
}
