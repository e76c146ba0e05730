package io.datamesh.arrow.quality;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * One 64-bit hash over bytes, the same whether they sit in off-heap memory or a Java array (both read in native
 * order through {@link MemoryUtil}, which the JIT always inlines, where a {@code VarHandle} call chain deep in a
 * probe loop was seen not to be). Keys of eight bytes or more are read as whole words only (the last word overlaps
 * the one before it), so no byte loop runs on them.
 */
final class Hashing {
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
    return hash(buf.memoryAddress() + start, len);
  }

  /** Hashes {@code len} bytes at an address the caller has checked. */
  static long hash(long addr, int len) {
    long h = len * M;
    if (len >= 8) {
      int i = 0;
      for (; i + 8 <= len; i += 8) {
        h = (h ^ mix(MemoryUtil.getLong(addr + i))) * M;
      }
      if (i < len) {
        h = (h ^ mix(MemoryUtil.getLong(addr + len - 8))) * M;
      }
      return mix(h);
    }
    long tail;
    if (len >= 4) {
      tail = (MemoryUtil.getInt(addr) & 0xFFFFFFFFL) | ((long) MemoryUtil.getInt(addr + len - 4) << 32);
    } else {
      tail = 0;
      for (int i = 0, s = 0; i < len; i++, s += 8) {
        tail |= (MemoryUtil.getByte(addr + i) & 0xFFL) << s;
      }
    }
    return mix(h ^ tail);
  }

  static long hash(byte[] a, int off, int len) {
    long h = len * M;
    if (len >= 8) {
      int i = 0;
      for (; i + 8 <= len; i += 8) {
        h = (h ^ mix(MemoryUtil.getLong(a, off + i))) * M;
      }
      if (i < len) {
        h = (h ^ mix(MemoryUtil.getLong(a, off + len - 8))) * M;
      }
      return mix(h);
    }
    long tail;
    if (len >= 4) {
      tail = (MemoryUtil.getInt(a, off) & 0xFFFFFFFFL) | ((long) MemoryUtil.getInt(a, off + len - 4) << 32);
    } else {
      tail = 0;
      for (int i = 0, s = 0; i < len; i++, s += 8) {
        tail |= (a[off + i] & 0xFFL) << s;
      }
    }
    return mix(h ^ tail);
  }

  /** Compares {@code len} bytes at an address with bytes of an array. */
  static boolean equal(long addr, byte[] a, int off, int len) {
    if (len >= 8) {
      int i = 0;
      for (; i + 8 <= len; i += 8) {
        if (MemoryUtil.getLong(addr + i) != MemoryUtil.getLong(a, off + i)) {
          return false;
        }
      }
      return i == len || MemoryUtil.getLong(addr + len - 8) == MemoryUtil.getLong(a, off + len - 8);
    }
    for (int i = 0; i < len; i++) {
      if (MemoryUtil.getByte(addr + i) != a[off + i]) {
        return false;
      }
    }
    return true;
  }

  static boolean equal(byte[] x, int xo, byte[] a, int off, int len) {
    if (len >= 8) {
      int i = 0;
      for (; i + 8 <= len; i += 8) {
        if (MemoryUtil.getLong(x, xo + i) != MemoryUtil.getLong(a, off + i)) {
          return false;
        }
      }
      return i == len || MemoryUtil.getLong(x, xo + len - 8) == MemoryUtil.getLong(a, off + len - 8);
    }
    for (int i = 0; i < len; i++) {
      if (x[xo + i] != a[off + i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads a length stored by {@link #putInt} (native order, as {@link MemoryUtil#getInt(byte[], int)} reads). */
  static int getInt(byte[] a, int at) {
    return MemoryUtil.getInt(a, at);
  }

  static void putInt(byte[] a, int at, int x) {
    for (int b = 0; b < 4; b++) {
      a[at + b] = (byte) (MemoryUtil.LITTLE_ENDIAN ? x >>> (8 * b) : x >>> (8 * (3 - b)));
    }
  }
}
