package io.datamesh.arrow.quality;

import java.math.BigInteger;

/**
 * An exact sum of longs: a long running sum that spills into a {@link BigInteger} only when an addition would
 * overflow, so the usual case never allocates.
 */
final class ExactSum {
  private long small;
  private BigInteger big = BigInteger.ZERO;

  /** The long part; loops keep it in a local and hand it back with {@link #setSmall}. */
  long small() {
    return small;
  }

  void setSmall(long s) {
    small = s;
  }

  /** Moves a long part about to overflow into the big part; the caller restarts its long part from zero. */
  void spill(long s) {
    big = big.add(BigInteger.valueOf(s));
  }

  /** Adds a value; for loops that do not keep the long part in a local. */
  void add(long x) {
    long r = small + x;
    if (((small ^ r) & (x ^ r)) < 0) {
      spill(small);
      r = x;
    }
    small = r;
  }

  /** Adds a value too wide for a long. */
  void add(BigInteger x) {
    big = big.add(x);
  }

  void merge(ExactSum o) {
    add(o.small);
    big = big.add(o.big);
  }

  BigInteger total() {
    return big.add(BigInteger.valueOf(small));
  }
}
