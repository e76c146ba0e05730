package io.datamesh.arrow.quality;

import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;

/** UTF-8 on Arrow buffers: code points counted eight bytes at a time, text decoded only when a kernel needs it. */
final class Utf8 {
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  private Utf8() {}

  /** Counts code points: every byte that is not a continuation byte (10xxxxxx) starts one. */
  static long codePoints(ArrowBuf data, long start, int len) {
    long addr = data.memoryAddress() + start;
    long continuations = 0;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      long w = MemoryUtil.getLong(addr + i);
      continuations += Long.bitCount(w & ~(w << 1) & HIGH_BITS);
    }
    for (; i < len; i++) {
      if ((MemoryUtil.getByte(addr + i) & 0xC0) == 0x80) {
        continuations++;
      }
    }
    return len - continuations;
  }

  /** Tells whether the bytes of a checked range are all ASCII (then code points equal bytes), a word at a time. */
  static boolean ascii(long addr, long len) {
    long acc = 0;
    long i = 0;
    for (; i + 32 <= len; i += 32) {
      acc |= MemoryUtil.getLong(addr + i) | MemoryUtil.getLong(addr + i + 8) | MemoryUtil.getLong(addr + i + 16)
          | MemoryUtil.getLong(addr + i + 24);
    }
    for (; i + 8 <= len; i += 8) {
      acc |= MemoryUtil.getLong(addr + i);
    }
    for (; i < len; i++) {
      acc |= MemoryUtil.getByte(addr + i);
    }
    return (acc & HIGH_BITS) == 0;
  }

  /** The bytes of the values of rows {@code [0, rows)} of a checked UTF-8 vector are all ASCII. */
  static boolean ascii(ArrowBuf offsets, ArrowBuf data, int rows) {
    if (rows == 0) {
      return true;
    }
    long first = offsets.getInt(0);
    long last = offsets.getInt((long) rows << 2);
    return ascii(data.memoryAddress() + first, last - first);
  }

  /**
   * Tells whether a checked range may hold a line terminator: a {@code \n}, a {@code \r} or the lead byte 0xE2 of
   * U+2028 and U+2029 (so a false answer is certain, a true one only possible).
   */
  static boolean mayHoldLineTerminator(long addr, long len) {
    long nl = broadcast((byte) '\n');
    long cr = broadcast((byte) '\r');
    long e2 = broadcast((byte) 0xE2);
    long i = 0;
    for (; i + 8 <= len; i += 8) {
      long w = MemoryUtil.getLong(addr + i);
      if ((bytesEqual(w, nl) | bytesEqual(w, cr) | bytesEqual(w, e2)) != 0) {
        return true;
      }
    }
    for (; i < len; i++) {
      byte b = MemoryUtil.getByte(addr + i);
      if (b == '\n' || b == '\r' || b == (byte) 0xE2) {
        return true;
      }
    }
    return false;
  }

  /** A mask with the high bit set in each byte of {@code w} equal to {@code pattern} (a byte broadcast to 8). */
  static long bytesEqual(long w, long pattern) {
    long x = w ^ pattern;
    return (x - LOW_BITS) & ~x & HIGH_BITS;
  }

  static long broadcast(byte b) {
    return (b & 0xFFL) * LOW_BITS;
  }

  static String decode(ArrowBuf data, long start, int len) {
    byte[] b = new byte[len];
    data.getBytes(start, b, 0, len);
    return new String(b, StandardCharsets.UTF_8);
  }

  static byte[] bytes(ArrowBuf data, long start, int len) {
    byte[] b = new byte[len];
    data.getBytes(start, b, 0, len);
    return b;
  }
}
