package io.datamesh.arrow.ipc;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.arrow.flatbuf.Footer;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowFooter;
import org.apache.arrow.vector.ipc.message.MessageMetadataResult;
import org.apache.arrow.vector.ipc.message.MessageSerializer;

/**
 * Reads an IPC file's footer and each record batch's message header, checking every length against the file
 * before trusting it, so a hostile file costs at most its footer's size in heap and never touches Arrow memory.
 */
final class IpcFileFacts {
  private static final byte[] MAGIC = "ARROW1".getBytes(StandardCharsets.US_ASCII);
  private static final int TAIL = MAGIC.length + 4; // footer length, then the magic
  private static final int HEAD = 8; // the magic padded to 8 bytes

  private IpcFileFacts() {}

  static IpcFileInfo read(SeekableByteChannel in, String name) {
    try {
      return facts(in);
    } catch (Corrupt e) {
      throw dataLoss(name, e.getMessage(), e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw dataLoss(name, String.valueOf(e), e);
    }
  }

  private static MeshException dataLoss(String name, String what, Throwable cause) {
    return new MeshException(MeshStatus.DATA_LOSS, "the Arrow IPC file " + name + " is corrupted or truncated: "
        + what + "; write it again (ArrowIpc.writeFile)", cause);
  }

  private static IpcFileInfo facts(SeekableByteChannel in) throws IOException {
    long size = in.size();
    if (size < HEAD + TAIL) {
      throw new Corrupt("it has " + size + " bytes, fewer than the " + (HEAD + TAIL) + " of an empty IPC file");
    }
    if (!Arrays.equals(bytes(in, 0, MAGIC.length).array(), MAGIC)) {
      throw new Corrupt("it does not start with the Arrow magic 'ARROW1'");
    }
    ByteBuffer tail = bytes(in, size - TAIL, TAIL);
    if (!Arrays.equals(Arrays.copyOfRange(tail.array(), 4, TAIL), MAGIC)) {
      throw new Corrupt("it does not end with the Arrow magic 'ARROW1' (a run killed while writing it?)");
    }
    int footerLength = tail.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    long footerStart = size - TAIL - footerLength;
    if (footerLength <= 0 || footerStart < HEAD) {
      throw new Corrupt("its footer length " + footerLength + " does not fit a file of " + size + " bytes");
    }
    ArrowFooter footer = new ArrowFooter(Footer.getRootAsFooter(bytes(in, footerStart, footerLength)));
    long rows = 0;
    int index = 0;
    long previousEnd = HEAD;
    for (ArrowBlock block : footer.getRecordBatches()) {
      rows = Math.addExact(rows, rows(in, block, index++, previousEnd, footerStart));
      previousEnd = block.getOffset() + block.getMetadataLength() + block.getBodyLength();
    }
    return new IpcFileInfoRecord(footer.getSchema(), index, rows, size,
        footer.getMetaData() == null ? Map.of() : footer.getMetaData());
  }

  /**
   * Reads one batch's message header (never its body) and returns its row count. Blocks must follow each other
   * without overlapping, so a footer naming one big message many times cannot make the work quadratic.
   */
  private static long rows(SeekableByteChannel in, ArrowBlock block, int index, long previousEnd, long footerStart)
      throws IOException {
    String where = "record batch " + index + " at offset " + block.getOffset();
    long end = block.getOffset() + block.getMetadataLength() + block.getBodyLength();
    if (block.getOffset() < HEAD || block.getMetadataLength() <= 8 || block.getBodyLength() < 0
        || end > footerStart || end < block.getOffset()) {
      throw new Corrupt(where + " (metadata " + block.getMetadataLength() + " bytes, body " + block.getBodyLength()
          + " bytes) lies outside the data before the footer at " + footerStart);
    }
    if (block.getOffset() < previousEnd) {
      throw new Corrupt(where + " overlaps the block before it, which ends at " + previousEnd + "; the footer"
          + " must list record batches in file order, each once");
    }
    ByteBuffer prefix = bytes(in, block.getOffset(), 8).order(ByteOrder.LITTLE_ENDIAN);
    int first = prefix.getInt(0);
    long messageLength = first == -1 ? prefix.getInt(4) : first; // -1 is the continuation marker of IPC >= 0.15
    if (messageLength <= 0 || messageLength > block.getMetadataLength()) {
      throw new Corrupt(where + " declares a header of " + messageLength + " bytes in a block of "
          + block.getMetadataLength());
    }
    in.position(block.getOffset());
    MessageMetadataResult meta = MessageSerializer.readMessage(new ReadChannel(in));
    if (meta == null || meta.headerType() != MessageHeader.RecordBatch) {
      throw new Corrupt(where + " is not a record batch message");
    }
    long bodyLength = meta.getMessageBodyLength();
    if (bodyLength < 0 || bodyLength > block.getBodyLength()) {
      throw new Corrupt(where + " declares a body of " + bodyLength + " bytes in a block of "
          + block.getBodyLength());
    }
    RecordBatch batch = (RecordBatch) meta.getMessage().header(new RecordBatch());
    if (batch == null || batch.length() < 0) {
      throw new Corrupt(where + " has no valid row count");
    }
    return batch.length();
  }

  private static ByteBuffer bytes(SeekableByteChannel in, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    in.position(position);
    while (buffer.hasRemaining()) {
      if (in.read(buffer) < 0) {
        throw new Corrupt("it ends at byte " + (position + buffer.position()) + ", before the " + length
            + " bytes expected at offset " + position);
      }
    }
    return buffer.flip();
  }

  /** A check of this class failed; the message says which. */
  private static final class Corrupt extends IOException {
    private static final long serialVersionUID = 1L;

    Corrupt(String message) {
      super(message);
    }
  }
}
