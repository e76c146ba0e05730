package io.datamesh.arrow.quality;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;

/**
 * An open-addressing set of byte strings kept in an arena of large arrays (no object per key), probed straight
 * from Arrow buffers; its growth is charged to a {@link MemoryBudget}.
 */
final class BytesHashSet {
  private static final int CHUNK = 1 << 20;
  private static final int ENTRY_BYTES = 20;

  private final MemoryBudget budget;
  private final List<byte[]> chunks = new ArrayList<>();
  private int chunkUsed = CHUNK;
  private long[] slots = new long[0];
  private long[] refs = new long[0];
  private int[] lens = new int[0];
  private long[] hashes = new long[0];
  private int size;
  private long reserved;

  BytesHashSet(MemoryBudget budget) {
    this.budget = budget;
  }

  int add(ArrowBuf buf, long start, int len) {
    long h = Hashing.hash(buf, start, len);
    int found = find(h, buf, start, null, 0, len);
    if (found >= 0) {
      return LongHashSet.SEEN;
    }
    if (!ensure(len)) {
      return LongHashSet.OVER_BUDGET;
    }
    byte[] chunk = chunkFor(len);
    buf.getBytes(start, chunk, chunkUsed, len);
    insert(h, len);
    return LongHashSet.NEW;
  }

  int add(byte[] a, int off, int len) {
    long h = Hashing.hash(a, off, len);
    if (find(h, null, 0, a, off, len) >= 0) {
      return LongHashSet.SEEN;
    }
    if (!ensure(len)) {
      return LongHashSet.OVER_BUDGET;
    }
    byte[] chunk = chunkFor(len);
    System.arraycopy(a, off, chunk, chunkUsed, len);
    insert(h, len);
    return LongHashSet.NEW;
  }

  boolean contains(ArrowBuf buf, long start, int len) {
    return size > 0 && find(Hashing.hash(buf, start, len), buf, start, null, 0, len) >= 0;
  }

  int size() {
    return size;
  }

  /** Calls back with each key; the array and offset are valid only during the call. */
  void forEach(KeyConsumer c) {
    for (int e = 0; e < size; e++) {
      c.accept(chunks.get((int) (refs[e] >>> 32)), (int) refs[e], lens[e]);
    }
  }

  interface KeyConsumer {
    void accept(byte[] a, int off, int len);
  }

  void free() {
    budget.release(reserved);
    reserved = 0;
    chunks.clear();
    slots = new long[0];
    refs = new long[0];
    lens = new int[0];
    hashes = new long[0];
    size = 0;
    chunkUsed = CHUNK;
  }

  private int find(long h, ArrowBuf buf, long start, byte[] a, int off, int len) {
    if (slots.length == 0) {
      return -1;
    }
    int mask = slots.length - 1;
    int p = (int) h & mask;
    long tag = h & 0xFFFFFFFF00000000L;
    while (true) {
      long slot = slots[p];
      if (slot == 0) {
        return -1;
      }
      int e = (int) slot - 1;
      if ((slot & 0xFFFFFFFF00000000L) == tag && hashes[e] == h && lens[e] == len) {
        byte[] chunk = chunks.get((int) (refs[e] >>> 32));
        int at = (int) refs[e];
        boolean eq = buf != null ? Hashing.equal(buf, start, chunk, at, len) : Hashing.equal(a, off, chunk, at, len);
        if (eq) {
          return e;
        }
      }
      p = (p + 1) & mask;
    }
  }

  private boolean ensure(int len) {
    long need = 0;
    if ((size + 1) * 2L > slots.length) {
      int cap = Math.max(16, slots.length * 2);
      need += (long) (cap - slots.length) * 8 + (long) (cap / 2 - refs.length) * ENTRY_BYTES;
    }
    if (chunkUsed + len > CHUNK) {
      need += Math.max(CHUNK, len);
    }
    if (need > 0) {
      if (!budget.tryReserve(need)) {
        return false;
      }
      reserved += need;
    }
    if ((size + 1) * 2L > slots.length) {
      rehash(Math.max(16, slots.length * 2));
    }
    return true;
  }

  private byte[] chunkFor(int len) {
    if (chunkUsed + len > CHUNK || chunks.isEmpty()) {
      chunks.add(new byte[Math.max(CHUNK, len)]);
      chunkUsed = 0;
    }
    return chunks.get(chunks.size() - 1);
  }

  private void insert(long h, int len) {
    int e = size++;
    refs[e] = ((long) (chunks.size() - 1) << 32) | chunkUsed;
    lens[e] = len;
    hashes[e] = h;
    chunkUsed += len;
    int mask = slots.length - 1;
    int p = (int) h & mask;
    while (slots[p] != 0) {
      p = (p + 1) & mask;
    }
    slots[p] = (h & 0xFFFFFFFF00000000L) | (e + 1);
  }

  private void rehash(int cap) {
    refs = java.util.Arrays.copyOf(refs, cap / 2);
    lens = java.util.Arrays.copyOf(lens, cap / 2);
    hashes = java.util.Arrays.copyOf(hashes, cap / 2);
    slots = new long[cap];
    int mask = cap - 1;
    for (int e = 0; e < size; e++) {
      int p = (int) hashes[e] & mask;
      while (slots[p] != 0) {
        p = (p + 1) & mask;
      }
      slots[p] = (hashes[e] & 0xFFFFFFFF00000000L) | (e + 1);
    }
  }
}
