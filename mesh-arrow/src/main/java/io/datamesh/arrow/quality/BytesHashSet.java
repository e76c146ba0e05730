package io.datamesh.arrow.quality;

import java.util.Arrays;
import java.util.BitSet;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * An exact set of byte strings with no object per key: the keys sit in a {@link KeyArena}, found through an
 * open-addressing table of slots (the top 32 bits of the key's hash and its entry number) with the full hash, arena
 * reference and length of each entry in parallel arrays. Its growth is charged to a {@link MemoryBudget}.
 *
 * <p>A large set misses the CPU caches on nearly every new key, so {@link #addColumn} probes a batch in groups: it
 * hashes a group of values and touches their slots first (independent loads that the CPU overlaps), then inserts
 * them in row order; while the set holds only a few keys (a low-cardinality column) it compares bytes instead of
 * hashing. {@link #addAll} merges another set by taking its entries and arena as they are and walking its slots in
 * order (home slots are the top bits of the hash, so this table is walked nearly in order too): no key is hashed or
 * copied again, and only keys in both sets are read at random.
 */
final class BytesHashSet {
  private static final int ENTRY_BYTES = 20;
  private static final int GROUP = 32;
  /** Up to this many keys, a batch is looked up by comparing bytes, not by hashing (low-cardinality columns). */
  private static final int FEW = 8;
  private static final long TAG = 0xFFFFFFFF00000000L;

  private final MemoryBudget budget;
  private final KeyArena arena;
  private long[] slots = new long[0];
  /** A key's home slot is the top bits of its hash: {@code h >>> shift}. */
  private int shift = 64;
  private long[] refs = new long[0];
  private int[] lens = new int[0];
  private long[] hashes = new long[0];
  private int size;
  /** Entries filled: the keys, and after a merge also the other set's duplicates, which no slot refers to. */
  private int entries;
  private long reserved;
  /** The keys while there are a few short ones (then {@link #shortsComplete}), matched by words. */
  private ShortTexts shorts = new ShortTexts();
  private boolean shortsComplete = ShortTexts.supported();
  private final long[] groupHashes = new long[GROUP];
  private final int[] groupRows = new int[GROUP];
  /** Folds the loads that warm the slots of a group, so that the JIT keeps them. */
  private long touched;

  BytesHashSet(MemoryBudget budget) {
    this.budget = budget;
    this.arena = new KeyArena(budget);
  }

  int size() {
    return size;
  }

  int add(ArrowBuf buf, long start, int len) {
    long addr = buf.memoryAddress() + start;
    return add(Hashing.hash(addr, len), addr, null, 0, len);
  }

  int add(byte[] a, int off, int len) {
    return add(Hashing.hash(a, off, len), 0, a, off, len);
  }

  boolean contains(ArrowBuf buf, long start, int len) {
    if (size == 0) {
      return false;
    }
    long addr = buf.memoryAddress() + start;
    return find(Hashing.hash(addr, len), addr, null, 0, len) >= 0;
  }

  /**
   * Adds the values of rows {@code [0, rows)} of a UTF-8 column whose offsets the caller has checked, skipping null
   * rows, and marks in {@code seen} every row whose value was in the set already (keep-first: of equal values in the
   * batch, the first row adds and the later ones are marked).
   *
   * @return false if the budget ran out (the set must then be freed)
   */
  boolean addColumn(ArrowBuf validity, boolean anyNull, ArrowBuf offsets, ArrowBuf data, int rows, BitSet seen) {
    if (anyNull) {
      Columns.checkValidity(validity, rows);
    }
    long offAddr = offsets.memoryAddress();
    long dataAddr = data.memoryAddress();
    long dataEnd = data.capacity();
    arena.setReadableEnd(dataAddr + dataEnd);
    try {
      return addRows(validity, anyNull, offAddr, dataAddr, dataEnd, rows, seen);
    } finally {
      arena.setReadableEnd(0);
    }
  }

  private boolean addRows(ArrowBuf validity, boolean anyNull, long offAddr, long dataAddr, long dataEnd, int rows,
      BitSet seen) {
    long valAddr = anyNull ? validity.memoryAddress() : 0;
    int from = 0;
    for (; from < rows && size <= FEW; from++) {
      int i = from;
      if (anyNull && (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) == 0) {
        continue;
      }
      int start = MemoryUtil.getInt(offAddr + ((long) i << 2));
      int len = MemoryUtil.getInt(offAddr + ((long) i << 2) + 4) - start;
      long addr = dataAddr + start;
      boolean in = shortsComplete && start + (long) ShortTexts.WIDTH <= dataEnd ? shorts.find(addr, len) >= 0
          : few(addr, len);
      if (in) {
        seen.set(i);
      } else if (add(Hashing.hash(addr, len), addr, null, 0, len) == LongHashSet.OVER_BUDGET) {
        return false;
      }
    }
    long[] gh = groupHashes;
    int[] gr = groupRows;
    long warm = 0;
    for (; from < rows; from += GROUP) {
      int to = Math.min(rows, from + GROUP);
      int n = 0;
      for (int i = from; i < to; i++) {
        if (anyNull && (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) == 0) {
          continue;
        }
        int start = MemoryUtil.getInt(offAddr + ((long) i << 2));
        int len = MemoryUtil.getInt(offAddr + ((long) i << 2) + 4) - start;
        gh[n] = Hashing.hash(dataAddr + start, len);
        gr[n++] = i;
      }
      if (!reserveFor(n)) {
        return false;
      }
      long[] s = slots;
      int sh = shift;
      for (int k = 0; k < n; k++) {
        warm += s[(int) (gh[k] >>> sh)];
      }
      for (int k = 0; k < n; k++) {
        int i = gr[k];
        int start = MemoryUtil.getInt(offAddr + ((long) i << 2));
        int len = MemoryUtil.getInt(offAddr + ((long) i << 2) + 4) - start;
        int r = add(gh[k], dataAddr + start, null, 0, len);
        if (r == LongHashSet.SEEN) {
          seen.set(i);
        } else if (r == LongHashSet.OVER_BUDGET) {
          return false;
        }
      }
    }
    touched += warm;
    return true;
  }

  /**
   * Adds every key of another set; the other set is left unchanged (its arena is shared, read-only, from now on).
   *
   * @return false if the budget ran out (the set must then be freed)
   */
  boolean addAll(BytesHashSet o) {
    if (o.size == 0) {
      return true;
    }
    if (!reserveFor(o.size, o.entries)) {
      return false;
    }
    long chunkBase = arena.adopt(o.arena);
    if (chunkBase < 0) {
      return false;
    }
    shortsComplete = false;
    // Take all of the other's entries as they are (a duplicate key's entry is left unreferenced)...
    int base = entries;
    System.arraycopy(o.hashes, 0, hashes, base, o.entries);
    System.arraycopy(o.lens, 0, lens, base, o.entries);
    for (int e = 0; e < o.entries; e++) {
      refs[base + e] = o.refs[e] + chunkBase;
    }
    entries += o.entries;
    // ...then walk its slots in order: home slots are top hash bits, so this table is walked nearly in order too.
    long[] s = slots;
    int mask = s.length - 1;
    int sh = shift;
    for (long slot : o.slots) {
      if (slot == 0) {
        continue;
      }
      int e = base + (int) slot - 1;
      long tag = slot & TAG;
      int p = (int) (slot >>> sh);
      while (true) {
        long mine = s[p];
        if (mine == 0) {
          s[p] = tag | (e + 1);
          size++;
          break;
        }
        if ((mine & TAG) == tag && sameEntry((int) mine - 1, e)) {
          break;
        }
        p = (p + 1) & mask;
      }
    }
    return true;
  }

  private boolean sameEntry(int a, int b) {
    if (hashes[a] != hashes[b] || lens[a] != lens[b]) {
      return false;
    }
    long ra = refs[a];
    long rb = refs[b];
    return Hashing.equal(arena.chunk((int) (ra >>> 32)), (int) ra, arena.chunk((int) (rb >>> 32)), (int) rb,
        lens[a]);
  }

  void free() {
    budget.release(reserved);
    reserved = 0;
    arena.free();
    slots = new long[0];
    shift = 64;
    refs = new long[0];
    lens = new int[0];
    hashes = new long[0];
    size = 0;
    entries = 0;
    shorts = new ShortTexts();
    shortsComplete = ShortTexts.supported();
  }

  /** Looks a key up among the entries by length and bytes, with no hashing (for a set of at most {@link #FEW}). */
  private boolean few(long addr, int len) {
    for (int e = 0; e < entries; e++) {
      if (lens[e] == len) {
        long ref = refs[e];
        if (Hashing.equal(addr, arena.chunk((int) (ref >>> 32)), (int) ref, len)) {
          return true;
        }
      }
    }
    return false;
  }

  private int add(long h, long addr, byte[] a, int off, int len) {
    if (find(h, addr, a, off, len) >= 0) {
      return LongHashSet.SEEN;
    }
    if (!reserveFor(1)) {
      return LongHashSet.OVER_BUDGET;
    }
    long ref = arena.store(addr, a, off, len);
    if (ref < 0) {
      return LongHashSet.OVER_BUDGET;
    }
    insert(h, ref, len);
    if (shortsComplete && !shorts.add(arena.chunk((int) (ref >>> 32)), (int) ref, len)) {
      shortsComplete = false;
    }
    return LongHashSet.NEW;
  }

  private int find(long h, long addr, byte[] a, int off, int len) {
    long[] s = slots;
    if (s.length == 0) {
      return -1;
    }
    int mask = s.length - 1;
    int p = (int) (h >>> shift);
    long tag = h & TAG;
    while (true) {
      long slot = s[p];
      if (slot == 0) {
        return -1;
      }
      int e = (int) slot - 1;
      if ((slot & TAG) == tag && hashes[e] == h && lens[e] == len) {
        long ref = refs[e];
        byte[] c = arena.chunk((int) (ref >>> 32));
        boolean eq = a == null ? Hashing.equal(addr, c, (int) ref, len) : Hashing.equal(a, off, c, (int) ref, len);
        if (eq) {
          return e;
        }
      }
      p = (p + 1) & mask;
    }
  }

  private void insert(long h, long ref, int len) {
    int e = entries++;
    size++;
    refs[e] = ref;
    lens[e] = len;
    hashes[e] = h;
    long[] s = slots;
    int mask = s.length - 1;
    int p = (int) (h >>> shift);
    while (s[p] != 0) {
      p = (p + 1) & mask;
    }
    s[p] = (h & TAG) | (e + 1);
  }

  /** Grows the table, charged to the budget, so that {@code more} keys fit at a load of at most one half. */
  private boolean reserveFor(int more) {
    return reserveFor(more, more);
  }

  /** Grows the table for {@code moreKeys} keys and the entry arrays for {@code moreEntries} entries. */
  private boolean reserveFor(int moreKeys, int moreEntries) {
    long want = (size + (long) moreKeys) * 2;
    long wantEntries = entries + (long) moreEntries;
    if (want <= slots.length && wantEntries <= refs.length) {
      return true;
    }
    int cap = Math.max(16, slots.length);
    while (cap < want) {
      cap <<= 1;
      if (cap <= 0) {
        return false;
      }
    }
    long entryCap = Math.max(refs.length, cap / 2);
    if (wantEntries > entryCap) {
      entryCap = Math.max(wantEntries, entryCap + entryCap / 2);
    }
    if (entryCap > Integer.MAX_VALUE - 8) {
      return false;
    }
    long need = (long) (cap - slots.length) * 8 + (entryCap - refs.length) * ENTRY_BYTES;
    if (!budget.tryReserve(need)) {
      return false;
    }
    reserved += need;
    if (entryCap != refs.length) {
      refs = Arrays.copyOf(refs, (int) entryCap);
      lens = Arrays.copyOf(lens, (int) entryCap);
      hashes = Arrays.copyOf(hashes, (int) entryCap);
    }
    if (cap != slots.length) {
      rehash(cap);
    }
    return true;
  }

  /**
   * Moves the slots to a table of {@code cap}. Home slots are the top bits of the hash, which the slot itself holds,
   * so the old table is read in order and the new one written nearly in order, with no entry read at all.
   */
  private void rehash(int cap) {
    long[] s = new long[cap];
    int mask = cap - 1;
    int sh = 64 - Integer.numberOfTrailingZeros(cap);
    for (long slot : slots) {
      if (slot != 0) {
        int p = (int) (slot >>> sh);
        while (s[p] != 0) {
          p = (p + 1) & mask;
        }
        s[p] = slot;
      }
    }
    slots = s;
    shift = sh;
  }
}
