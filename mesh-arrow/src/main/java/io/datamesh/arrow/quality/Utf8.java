package io.datamesh.arrow.quality;

import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;

/** UTF-8 on Arrow buffers: code points counted eight bytes at a time, text decoded only when a kernel needs it. */
final class Utf8 {
  private static final long HIGH_BITS = 0x8080808080808080L;

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
