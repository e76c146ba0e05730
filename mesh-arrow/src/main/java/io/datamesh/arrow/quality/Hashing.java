package io.datamesh.arrow.quality;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;

/** One 64-bit hash over bytes, the same whether they sit in an Arrow buffer or a Java array. */
final class Hashing {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long M = 0x9E3779B97F4A7C15L;

  private Hashing() {}

  static long mix(long x) {
    long h = x * M;
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    return h ^ (h >>> 32);
  }

  /** Hashes bytes of a buffer whose range the caller has checked (see {@link Columns#checkOffsets}). */
  static long hash(ArrowBuf buf, long start, int len) {
    long addr = buf.memoryAddress() + start;
    long h = len * M;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      h = (h ^ mix(MemoryUtil.getLong(addr + i))) * M;
    }
    long tail = 0;
    for (int s = 0; i < len; i++, s += 8) {
      tail |= (MemoryUtil.getByte(addr + i) & 0xFFL) << s;
    }
    return mix(h ^ tail);
  }

  static long hash(byte[] a, int off, int len) {
    long h = len * M;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      h = (h ^ mix((long) LONGS.get(a, off + i))) * M;
    }
    long tail = 0;
    for (int s = 0; i < len; i++, s += 8) {
      tail |= (a[off + i] & 0xFFL) << s;
    }
    return mix(h ^ tail);
  }

  static boolean equal(ArrowBuf buf, long start, byte[] a, int off, int len) {
    long addr = buf.memoryAddress() + start;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      if (MemoryUtil.getLong(addr + i) != (long) LONGS.get(a, off + i)) {
        return false;
      }
    }
    for (; i < len; i++) {
      if (MemoryUtil.getByte(addr + i) != a[off + i]) {
        return false;
      }
    }
    return true;
  }

  static boolean equal(byte[] x, int xo, byte[] a, int off, int len) {
    return java.util.Arrays.equals(x, xo, xo + len, a, off, off + len);
  }
}
