package io.datamesh.arrow.quality;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;

/** The minimum and maximum length of a text column's values in code points, read from offsets and bytes. */
final class TextLengths {
  private long min = Long.MAX_VALUE;
  private long max = -1;

  long min() {
    return min;
  }

  long max() {
    return max;
  }

  /**
   * Folds a batch's non-null values in.
   *
   * @return the number of non-null values
   */
  int accept(ArrowBuf offsets, ArrowBuf data, ArrowBuf validity, boolean anyNull, int rows) {
    if (rows == 0) {
      return 0;
    }
    if (anyNull) {
      Columns.checkValidity(validity, rows);
    }
    long lo = min;
    long hi = max;
    long offAddr = offsets.memoryAddress();
    long valAddr = validity.memoryAddress();
    // All ASCII (the usual case): lengths come from the offsets alone, no byte is read again.
    boolean ascii = Utf8.ascii(offsets, data, rows);
    int start = MemoryUtil.getInt(offAddr);
    int valid = 0;
    for (int i = 0; i < rows; i++) {
      int end = MemoryUtil.getInt(offAddr + ((long) (i + 1) << 2));
      if (!anyNull || (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) != 0) {
        int bytes = end - start;
        if (ascii) {
          lo = Math.min(lo, bytes);
          hi = Math.max(hi, bytes);
        } else if ((bytes + 3) / 4 < lo || bytes > hi) {
          // Code points lie in [bytes / 4, bytes]: count them only when that range could move min or max.
          long cp = Utf8.codePoints(data, start, bytes);
          lo = Math.min(lo, cp);
          hi = Math.max(hi, cp);
        }
        valid++;
      }
      start = end;
    }
    min = lo;
    max = hi;
    return valid;
  }

  void merge(TextLengths o) {
    min = Math.min(min, o.min);
    max = Math.max(max, o.max);
  }
}
