package io.datamesh.arrow.quality;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * The bytes of a {@link BytesHashSet}'s keys: chunks of byte arrays that grow by doubling (4 KiB to 1 MiB), each
 * key addressed by a reference {@code (chunk << 32) | offset}. Its chunks are charged to a {@link MemoryBudget}.
 */
final class KeyArena {
  private static final int MIN_CHUNK = 1 << 12;
  private static final int MAX_CHUNK = 1 << 20;

  private final MemoryBudget budget;
  private byte[][] chunks = new byte[4][];
  private int chunkCount;
  private int chunkUsed;
  /** A view of the last chunk, for word stores. */
  private ByteBuffer current = ByteBuffer.allocate(0);
  /** While a column is added: the end address of its data buffer (words up to it may be read); else 0. */
  private long readableEnd;
  private long reserved;

  KeyArena(MemoryBudget budget) {
    this.budget = budget;
  }

  /** The chunk of a reference: {@code chunk((int) (ref >>> 32))}, the key at offset {@code (int) ref}. */
  byte[] chunk(int index) {
    return chunks[index];
  }

  void setReadableEnd(long end) {
    readableEnd = end;
  }

  /** Copies a key (from {@code a} if not null, else from {@code addr}); its reference, or -1 over budget. */
  long store(long addr, byte[] a, int off, int len) {
    if (chunkCount == 0 || chunkUsed + len > chunks[chunkCount - 1].length) {
      int last = chunkCount == 0 ? 0 : chunks[chunkCount - 1].length;
      int cap = Math.max(len, Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, last * 2)));
      if (!budget.tryReserve(cap)) {
        return -1;
      }
      reserved += cap;
      byte[] fresh = new byte[cap];
      push(fresh);
      current = ByteBuffer.wrap(fresh).order(ByteOrder.nativeOrder());
      chunkUsed = 0;
    }
    byte[] c = chunks[chunkCount - 1];
    int at = chunkUsed;
    if (a != null) {
      System.arraycopy(a, off, c, at, len);
    } else if (len <= 16 && addr + 16 <= readableEnd && at + 16 <= c.length) {
      // Two word stores (bytes past the key are overwritten by the next key or never read).
      current.putLong(at, MemoryUtil.getLong(addr));
      current.putLong(at + 8, MemoryUtil.getLong(addr + 8));
    } else {
      for (int i = 0; i < len; i++) {
        c[at + i] = MemoryUtil.getByte(addr + i);
      }
    }
    chunkUsed = at + len;
    return ((long) (chunkCount - 1) << 32) | at;
  }

  /**
   * Takes another arena's chunks as they are (shared, read-only from now on), charged to the budget.
   *
   * @return what to add to the other arena's references to address its keys here, or -1 over budget
   */
  long adopt(KeyArena o) {
    long adopted = 0;
    for (int c = 0; c < o.chunkCount; c++) {
      adopted += o.chunks[c].length;
    }
    if (!budget.tryReserve(adopted)) {
      return -1;
    }
    reserved += adopted;
    long base = (long) chunkCount << 32;
    for (int c = 0; c < o.chunkCount; c++) {
      push(o.chunks[c]);
    }
    if (chunkCount > 0) {
      chunkUsed = chunks[chunkCount - 1].length; // never append into an adopted chunk
    }
    return base;
  }

  /** Drops every chunk and releases its bytes from the budget. */
  void free() {
    budget.release(reserved);
    reserved = 0;
    chunks = new byte[4][];
    chunkCount = 0;
    chunkUsed = 0;
    current = ByteBuffer.allocate(0);
  }

  private void push(byte[] c) {
    if (chunkCount == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunkCount * 2);
    }
    chunks[chunkCount++] = c;
  }
}
