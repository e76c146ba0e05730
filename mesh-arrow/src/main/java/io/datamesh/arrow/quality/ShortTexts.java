package io.datamesh.arrow.quality;

import org.apache.arrow.memory.util.MemoryUtil;

/**
 * Up to {@link #MAX} texts of at most 16 bytes, each held as its length and two little-endian words (zero past its
 * end), so that a value is matched with two loads, two masks and a few compares, with no loop over its bytes: the
 * lookup for low-cardinality columns (categories, statuses) where hashing and byte loops cost more than the answer.
 */
final class ShortTexts {
  static final int MAX = 8;
  static final int WIDTH = 16;

  private final long[] low = new long[MAX];
  private final long[] high = new long[MAX];
  private final int[] lens = new int[MAX];
  private int size;

  /** Tells whether the words can be read: little-endian memory, as Arrow's is everywhere it runs. */
  static boolean supported() {
    return MemoryUtil.LITTLE_ENDIAN;
  }

  int size() {
    return size;
  }

  /**
   * Adds a text.
   *
   * @return false if it does not fit (too long, or the set is full); the set is unchanged then
   */
  boolean add(byte[] a, int off, int len) {
    if (size == MAX || len > WIDTH) {
      return false;
    }
    long w0 = 0;
    long w1 = 0;
    for (int i = 0; i < len; i++) {
      long b = (a[off + i] & 0xFFL) << (8 * (i & 7));
      if (i < 8) {
        w0 |= b;
      } else {
        w1 |= b;
      }
    }
    low[size] = w0;
    high[size] = w1;
    lens[size++] = len;
    return true;
  }

  /**
   * Finds the text equal to {@code len} bytes at an address from which {@link #WIDTH} bytes are readable.
   *
   * @return its index in the order added, or -1
   */
  int find(long addr, int len) {
    if (len > WIDTH) {
      return -1;
    }
    long w0 = MemoryUtil.getLong(addr) & mask(len);
    long w1 = MemoryUtil.getLong(addr + 8) & mask(len - 8);
    int found = -1;
    for (int e = 0; e < size; e++) {
      if ((lens[e] == len) & (low[e] == w0) & (high[e] == w1)) {
        found = e;
      }
    }
    return found;
  }

  /** The mask of the first {@code bytes} bytes of a word (none for 0 or less, all for 8 or more). */
  private static long mask(int bytes) {
    if (bytes >= 8) {
      return -1L;
    }
    return bytes <= 0 ? 0 : -1L >>> (64 - 8 * bytes);
  }
}
