package io.datamesh.arrow.quality;

import java.util.BitSet;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;

/** Marks non-null texts with no match of a pattern; the matcher reads the UTF-8 bytes, never a Java string. */
final class PatternKernel extends Kernel {
  private final String source;
  private final TextMatcher matcher;

  PatternKernel(String column, String pattern) {
    super(column);
    this.source = pattern;
    this.matcher = TextMatcher.compile(pattern);
  }

  @Override
  public String description() {
    return "matches " + source;
  }

  @Override
  void evaluate(FieldVector v, int rows, BitSet out) {
    if (Columns.kind(v) != Kind.UTF8) {
      throw unsupported(v);
    }
    Columns.checkOffsets(v, rows);
    boolean anyNull = v.getNullCount() > 0;
    ArrowBuf validity = v.getValidityBuffer();
    ArrowBuf offsets = v.getOffsetBuffer();
    ArrowBuf data = v.getDataBuffer();
    if (rows > 0 && matcher instanceof TextMatcher.LiteralChain) {
      long first = offsets.getInt(0);
      long last = offsets.getInt((long) rows << 2);
      if (!Utf8.mayHoldLineTerminator(data.memoryAddress() + first, last - first)) {
        plain((TextMatcher.LiteralChain) matcher, validity, anyNull, offsets, data, rows, out);
        return;
      }
    }
    for (int i = 0; i < rows; i++) {
      if (anyNull && Columns.isNull(validity, i)) {
        continue;
      }
      int start = offsets.getInt((long) i << 2);
      int len = offsets.getInt((long) (i + 1) << 2) - start;
      if (!matcher.find(data, start, len)) {
        out.set(i);
      }
    }
  }

  /** The batch holds no line terminator: a byte search per value, with no check per value. */
  private static void plain(TextMatcher.LiteralChain m, ArrowBuf validity, boolean anyNull, ArrowBuf offsets,
      ArrowBuf data, int rows, BitSet out) {
    if (anyNull) {
      Columns.checkValidity(validity, rows);
    }
    long offAddr = offsets.memoryAddress();
    long valAddr = validity.memoryAddress();
    long dataAddr = data.memoryAddress();
    int start = MemoryUtil.getInt(offAddr);
    for (int i = 0; i < rows; i++) {
      int end = MemoryUtil.getInt(offAddr + ((long) (i + 1) << 2));
      if ((!anyNull || (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) != 0)
          && !m.findPlain(dataAddr + start, end - start)) {
        out.set(i);
      }
      start = end;
    }
  }
}
