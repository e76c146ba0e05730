package io.datamesh.arrow.quality;

import java.util.BitSet;
import java.util.OptionalLong;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;

/**
 * Bounds text lengths in code points (from offsets, counting code points only when the byte length leaves the
 * answer open) or list sizes (from offsets alone).
 */
final class LengthKernel extends Kernel {
  private final long min;
  private final long max;
  private final boolean items;

  LengthKernel(String column, OptionalLong min, OptionalLong max, boolean items) {
    super(column);
    this.min = min.orElse(Long.MIN_VALUE);
    this.max = max.orElse(Long.MAX_VALUE);
    this.items = items;
    if (min.isEmpty() && max.isEmpty()) {
      throw new IllegalArgumentException("a length condition on '" + column + "' needs a minimum or a maximum");
    }
    if (this.min > this.max) {
      throw new IllegalArgumentException("minimum " + this.min + " exceeds maximum " + this.max + " on '" + column
          + "'");
    }
  }

  @Override
  public String description() {
    String what = items ? "items" : "length";
    if (min == Long.MIN_VALUE) {
      return what + " <= " + max;
    }
    if (max == Long.MAX_VALUE) {
      return what + " >= " + min;
    }
    return min + " <= " + what + " <= " + max;
  }

  @Override
  void evaluate(FieldVector v, int rows, BitSet out) {
    Kind kind = Columns.kind(v);
    if (items ? kind != Kind.LIST : kind != Kind.UTF8) {
      throw unsupported(v);
    }
    if (!items) {
      Columns.checkOffsets(v, rows);
    }
    boolean anyNull = v.getNullCount() > 0;
    ArrowBuf validity = v.getValidityBuffer();
    ArrowBuf offsets = v.getOffsetBuffer();
    ArrowBuf data = items ? null : v.getDataBuffer();
    if (rows == 0) {
      return;
    }
    if (!items && Utf8.ascii(offsets, data, rows)) {
      sizes(validity, anyNull, offsets, rows, out); // code points are bytes: the offsets say it all
      return;
    }
    for (int i = 0; i < rows; i++) {
      if (anyNull && Columns.isNull(validity, i)) {
        continue;
      }
      int start = offsets.getInt((long) i << 2);
      int len = offsets.getInt((long) (i + 1) << 2) - start;
      long size;
      if (items) {
        size = len;
      } else if ((len + 3) / 4 >= min && len <= max) {
        continue;
      } else if (len < min || (len + 3) / 4 > max) {
        out.set(i);
        continue;
      } else {
        size = Utf8.codePoints(data, start, len);
      }
      if (size < min || size > max) {
        out.set(i);
      }
    }
  }

  /** Marks the rows whose size, read from the offsets, is out of bounds. */
  private void sizes(ArrowBuf validity, boolean anyNull, ArrowBuf offsets, int rows, BitSet out) {
    if (anyNull) {
      Columns.checkValidity(validity, rows);
    }
    long offAddr = offsets.memoryAddress();
    long valAddr = validity.memoryAddress();
    int start = MemoryUtil.getInt(offAddr);
    for (int i = 0; i < rows; i++) {
      int end = MemoryUtil.getInt(offAddr + ((long) (i + 1) << 2));
      int len = end - start;
      start = end;
      if ((len < min || len > max)
          && (!anyNull || (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) != 0)) {
        out.set(i);
      }
    }
  }
}
