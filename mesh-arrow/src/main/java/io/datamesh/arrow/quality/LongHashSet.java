package io.datamesh.arrow.quality;

/** An open-addressing set of longs whose growth is charged to a {@link MemoryBudget}. */
final class LongHashSet {
  static final int NEW = 1;
  static final int SEEN = 0;
  static final int OVER_BUDGET = -1;

  private final MemoryBudget budget;
  private long[] table;
  private boolean hasZero;
  private int size;

  LongHashSet(MemoryBudget budget) {
    this.budget = budget;
    this.table = new long[0];
  }

  int add(long k) {
    if (k == 0) {
      if (hasZero) {
        return SEEN;
      }
      hasZero = true;
      size++;
      return NEW;
    }
    if ((size + 1) * 2L > table.length && !grow()) {
      return OVER_BUDGET;
    }
    int mask = table.length - 1;
    int h = (int) Hashing.mix(k) & mask;
    while (true) {
      long t = table[h];
      if (t == 0) {
        table[h] = k;
        size++;
        return NEW;
      }
      if (t == k) {
        return SEEN;
      }
      h = (h + 1) & mask;
    }
  }

  boolean contains(long k) {
    if (k == 0) {
      return hasZero;
    }
    if (table.length == 0) {
      return false;
    }
    int mask = table.length - 1;
    int h = (int) Hashing.mix(k) & mask;
    while (true) {
      long t = table[h];
      if (t == 0) {
        return false;
      }
      if (t == k) {
        return true;
      }
      h = (h + 1) & mask;
    }
  }

  private boolean grow() {
    int cap = Math.max(16, table.length * 2);
    if (cap < 0 || !budget.tryReserve((long) cap * 8)) {
      return false;
    }
    long[] old = table;
    table = new long[cap];
    budget.release((long) old.length * 8);
    int mask = cap - 1;
    for (long k : old) {
      if (k != 0) {
        int h = (int) Hashing.mix(k) & mask;
        while (table[h] != 0) {
          h = (h + 1) & mask;
        }
        table[h] = k;
      }
    }
    return true;
  }

  int size() {
    return size;
  }

  void forEach(java.util.function.LongConsumer c) {
    if (hasZero) {
      c.accept(0);
    }
    for (long k : table) {
      if (k != 0) {
        c.accept(k);
      }
    }
  }

  void free() {
    budget.release((long) table.length * 8);
    table = new long[0];
    size = 0;
    hasZero = false;
  }
}
