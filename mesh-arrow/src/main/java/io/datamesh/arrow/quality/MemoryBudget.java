package io.datamesh.arrow.quality;

/** Bytes the exact key sets of one scan may hold; reservations past the limit fail instead of approximating. */
final class MemoryBudget {
  private final long limit;
  private long used;

  MemoryBudget(long limit) {
    this.limit = limit;
  }

  boolean tryReserve(long bytes) {
    if (used + bytes > limit) {
      return false;
    }
    used += bytes;
    return true;
  }

  void release(long bytes) {
    used = Math.max(0, used - bytes);
  }

  long used() {
    return used;
  }

  long limit() {
    return limit;
  }
}
