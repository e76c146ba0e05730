package io.datamesh.arrow.quality;

import io.datamesh.api.quality.ColumnStatistics;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;

/**
 * Mergeable statistics of one column: counts, min and max, an exact sum for whole numbers and decimals, and the
 * moments by Welford's update (merged with Chan's formula), read straight from the buffers.
 */
final class StatsState {
  private final String column;
  private Kind kind = Kind.OTHER;
  private boolean temporal;
  private java.util.concurrent.TimeUnit instantUnit;
  private String type = "";
  private int scale;
  private long count;
  private long nulls;
  private long nans;
  private long infinities;
  private long n;
  private long minL = Long.MAX_VALUE;
  private long maxL = Long.MIN_VALUE;
  private long sumL;
  private BigInteger sumBig = BigInteger.ZERO;
  private double minD = Double.POSITIVE_INFINITY;
  private double maxD = Double.NEGATIVE_INFINITY;
  private double sumD;
  private BigDecimal minDec;
  private BigDecimal maxDec;
  private double mean;
  private double m2;
  private long minLen = Long.MAX_VALUE;
  private long maxLen = -1;

  StatsState(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }

  Kind kind() {
    return kind;
  }

  boolean temporal() {
    return temporal;
  }

  long rawMin() {
    return minL;
  }

  long rawMax() {
    return maxL;
  }

  long valueCount() {
    return n;
  }

  void accept(FieldVector v, int rows) {
    if (count == 0 && type.isEmpty()) {
      kind = Columns.kind(v);
      temporal = Columns.temporal(v);
      type = Columns.describe(v);
      String minor = v.getMinorType().name();
      if (minor.startsWith("DATE") || minor.startsWith("TIMESTAMP")) {
        instantUnit = Columns.timeUnit(v);
      }
      if (v instanceof DecimalVector) {
        scale = ((DecimalVector) v).getScale();
      }
    }
    count += rows;
    int nullCount = v.getNullCount();
    nulls += nullCount;
    boolean anyNull = nullCount > 0;
    ArrowBuf validity = v.getValidityBuffer();
    switch (kind) {
      case LONG:
        acceptLongs(v.getDataBuffer(), validity, anyNull, Columns.width(v), rows);
        break;
      case BOOL:
        acceptBools(v.getDataBuffer(), validity, anyNull, rows);
        break;
      case DOUBLE:
      case FLOAT:
        acceptDoubles(v.getDataBuffer(), validity, anyNull, kind == Kind.FLOAT, rows);
        break;
      case DECIMAL:
        acceptDecimals((DecimalVector) v, validity, anyNull, rows);
        break;
      case UTF8:
        Columns.checkOffsets(v, rows);
        acceptStrings(v.getOffsetBuffer(), v.getDataBuffer(), validity, anyNull, rows);
        break;
      default:
        break;
    }
  }

  /**
   * Whole numbers: min, max and the exact sum in one pass; the moments of the batch in a second pass about the
   * batch's mean, folded into the running ones with Chan's formula (no division per value).
   */
  private void acceptLongs(ArrowBuf data, ArrowBuf validity, boolean anyNull, int width, int rows) {
    if (rows == 0) {
      return;
    }
    Columns.checkData(data, rows, width);
    if (anyNull) {
      Columns.checkValidity(validity, rows);
    }
    long addr = data.memoryAddress();
    long valAddr = validity.memoryAddress();
    long lo = minL;
    long hi = maxL;
    long s = sumL;
    double batchSum = 0;
    int k = 0;
    for (int i = 0; i < rows; i++) {
      if (anyNull && (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) == 0) {
        continue;
      }
      long x = raw(addr, width, i);
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      k++;
      long r = s + x;
      if (((s ^ r) & (x ^ r)) < 0) {
        sumBig = sumBig.add(BigInteger.valueOf(s));
        r = x;
      }
      s = r;
      batchSum += x;
    }
    minL = lo;
    maxL = hi;
    if (temporal) {
      n += k;
      return;
    }
    sumL = s;
    if (k == 0) {
      return;
    }
    double mu = batchSum / k;
    double q = 0;
    for (int i = 0; i < rows; i++) {
      if (anyNull && (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) == 0) {
        continue;
      }
      double d = raw(addr, width, i) - mu;
      q += d * d;
    }
    foldMoments(k, mu, q);
  }

  private static long raw(long addr, int width, int i) {
    switch (width) {
      case 8:
        return MemoryUtil.getLong(addr + ((long) i << 3));
      case 4:
        return MemoryUtil.getInt(addr + ((long) i << 2));
      case 2:
        return MemoryUtil.getShort(addr + ((long) i << 1));
      default:
        return MemoryUtil.getByte(addr + i);
    }
  }

  /** Folds the count, mean and squared deviations of a batch into the running moments (Chan et al.). */
  private void foldMoments(long k, double batchMean, double batchM2) {
    long total = n + k;
    if (n == 0) {
      mean = batchMean;
      m2 = batchM2;
    } else {
      double delta = batchMean - mean;
      mean += delta * ((double) k / total);
      m2 += batchM2 + delta * delta * ((double) n * k / total);
    }
    n = total;
  }

  private void acceptBools(ArrowBuf data, ArrowBuf validity, boolean anyNull, int rows) {
    for (int i = 0; i < rows; i++) {
      if (anyNull && Columns.isNull(validity, i)) {
        continue;
      }
      long x = Columns.getBit(data, i) ? 1 : 0;
      minL = Math.min(minL, x);
      maxL = Math.max(maxL, x);
      sumL += x;
      n++;
      double d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
    }
  }

  /**
   * Floating point: min, max and the sum in row order (so the sum is the plain left-to-right one) in one pass; the
   * moments of the batch in a second pass about the batch's mean, folded in with Chan's formula.
   */
  private void acceptDoubles(ArrowBuf data, ArrowBuf validity, boolean anyNull, boolean single, int rows) {
    if (rows == 0) {
      return;
    }
    Columns.checkData(data, rows, single ? 4 : 8);
    if (anyNull) {
      Columns.checkValidity(validity, rows);
    }
    long addr = data.memoryAddress();
    long valAddr = validity.memoryAddress();
    double lo = minD;
    double hi = maxD;
    double s = sumD;
    double batchSum = 0;
    long nan = 0;
    long inf = 0;
    int k = 0;
    for (int i = 0; i < rows; i++) {
      if (anyNull && (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) == 0) {
        continue;
      }
      double x = single ? Float.intBitsToFloat(MemoryUtil.getInt(addr + ((long) i << 2)))
          : Double.longBitsToDouble(MemoryUtil.getLong(addr + ((long) i << 3)));
      if (x != x) {
        nan++;
        continue;
      }
      if (Double.isInfinite(x)) {
        inf++;
      }
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      s += x;
      batchSum += x;
      k++;
    }
    minD = lo;
    maxD = hi;
    sumD = s;
    nans += nan;
    infinities += inf;
    if (k == 0) {
      return;
    }
    double mu = batchSum / k;
    double q = 0;
    if (inf == 0) {
      for (int i = 0; i < rows; i++) {
        if (anyNull && (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) == 0) {
          continue;
        }
        double x = single ? Float.intBitsToFloat(MemoryUtil.getInt(addr + ((long) i << 2)))
            : Double.longBitsToDouble(MemoryUtil.getLong(addr + ((long) i << 3)));
        if (x == x) {
          double d = x - mu;
          q += d * d;
        }
      }
    } else {
      q = Double.NaN; // the standard deviation is NaN once an infinity is seen
    }
    foldMoments(k, mu, q);
  }

  private void acceptDecimals(DecimalVector v, ArrowBuf validity, boolean anyNull, int rows) {
    ArrowBuf data = v.getDataBuffer();
    double pow = Math.pow(10, scale);
    for (int i = 0; i < rows; i++) {
      if (anyNull && Columns.isNull(validity, i)) {
        continue;
      }
      long low = data.getLong((long) i * 16);
      long high = data.getLong((long) i * 16 + 8);
      double x;
      if (high == (low >> 63)) {
        long r = sumL + low;
        if (((sumL ^ r) & (low ^ r)) < 0) {
          sumBig = sumBig.add(BigInteger.valueOf(sumL));
          r = low;
        }
        sumL = r;
        minL = Math.min(minL, low);
        maxL = Math.max(maxL, low);
        x = low / pow;
      } else {
        BigDecimal exact = v.getObject(i);
        sumBig = sumBig.add(exact.unscaledValue());
        if (minDec == null || exact.compareTo(minDec) < 0) {
          minDec = exact;
        }
        if (maxDec == null || exact.compareTo(maxDec) > 0) {
          maxDec = exact;
        }
        x = exact.doubleValue();
      }
      n++;
      double d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
    }
  }

  private void acceptStrings(ArrowBuf offsets, ArrowBuf data, ArrowBuf validity, boolean anyNull, int rows) {
    if (rows == 0) {
      return;
    }
    if (anyNull) {
      Columns.checkValidity(validity, rows);
    }
    long lo = minLen;
    long hi = maxLen;
    long offAddr = offsets.memoryAddress();
    long valAddr = validity.memoryAddress();
    // All ASCII (the usual case): lengths come from the offsets alone, no byte is read again.
    boolean ascii = Utf8.ascii(offsets, data, rows);
    int start = MemoryUtil.getInt(offAddr);
    int valid = 0;
    for (int i = 0; i < rows; i++) {
      int end = MemoryUtil.getInt(offAddr + ((long) (i + 1) << 2));
      if (!anyNull || (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) != 0) {
        int bytes = end - start;
        if (ascii) {
          lo = Math.min(lo, bytes);
          hi = Math.max(hi, bytes);
        } else if ((bytes + 3) / 4 < lo || bytes > hi) {
          // Code points lie in [bytes / 4, bytes]: count them only when that range could move min or max.
          long cp = Utf8.codePoints(data, start, bytes);
          lo = Math.min(lo, cp);
          hi = Math.max(hi, cp);
        }
        valid++;
      }
      start = end;
    }
    n += valid;
    minLen = lo;
    maxLen = hi;
  }

  void merge(StatsState o) {
    if (o.count == 0 && o.type.isEmpty()) {
      return;
    }
    if (type.isEmpty()) {
      kind = o.kind;
      temporal = o.temporal;
      type = o.type;
      scale = o.scale;
      instantUnit = o.instantUnit;
    }
    count += o.count;
    nulls += o.nulls;
    nans += o.nans;
    infinities += o.infinities;
    minL = Math.min(minL, o.minL);
    maxL = Math.max(maxL, o.maxL);
    long r = sumL + o.sumL;
    if (((sumL ^ r) & (o.sumL ^ r)) < 0) {
      sumBig = sumBig.add(BigInteger.valueOf(sumL));
      r = o.sumL;
    }
    sumL = r;
    sumBig = sumBig.add(o.sumBig);
    minD = Math.min(minD, o.minD);
    maxD = Math.max(maxD, o.maxD);
    sumD += o.sumD;
    if (o.minDec != null && (minDec == null || o.minDec.compareTo(minDec) < 0)) {
      minDec = o.minDec;
    }
    if (o.maxDec != null && (maxDec == null || o.maxDec.compareTo(maxDec) > 0)) {
      maxDec = o.maxDec;
    }
    minLen = Math.min(minLen, o.minLen);
    maxLen = Math.max(maxLen, o.maxLen);
    long total = n + o.n;
    if (total > 0) {
      double delta = o.mean - mean;
      double newMean = n == 0 ? o.mean : o.n == 0 ? mean : mean + delta * ((double) o.n / total);
      double newM2 = n == 0 ? o.m2 : o.n == 0 ? m2 : m2 + o.m2 + delta * delta * ((double) n * o.n / total);
      mean = newMean;
      m2 = newM2;
    }
    n = total;
  }

  private BigDecimal decimalExtreme(boolean lowest) {
    BigDecimal fromLongs = minL <= maxL ? BigDecimal.valueOf(lowest ? minL : maxL, scale) : null;
    BigDecimal wide = lowest ? minDec : maxDec;
    if (fromLongs == null) {
      return wide;
    }
    if (wide == null) {
      return fromLongs;
    }
    return lowest == fromLongs.compareTo(wide) < 0 ? fromLongs : wide;
  }

  Optional<InstantRange> range() {
    if (instantUnit == null || n == 0) {
      return Optional.empty();
    }
    return Optional.of(new InstantRange(Columns.toInstant(minL, instantUnit), Columns.toInstant(maxL, instantUnit)));
  }

  ColumnStatistics toStatistics(OptionalLong distinct) {
    Optional<Number> min = Optional.empty();
    Optional<Number> max = Optional.empty();
    Optional<Number> sum = Optional.empty();
    OptionalDouble avg = OptionalDouble.empty();
    OptionalDouble sd = OptionalDouble.empty();
    OptionalLong minLength = OptionalLong.empty();
    OptionalLong maxLength = OptionalLong.empty();
    boolean any = n > 0;
    switch (kind) {
      case LONG:
      case BOOL:
        if (any) {
          min = Optional.of(minL);
          max = Optional.of(maxL);
          if (!temporal) {
            BigInteger total = sumBig.add(BigInteger.valueOf(sumL));
            sum = Optional.of(total.bitLength() < 64 ? (Number) total.longValue() : new BigDecimal(total));
            avg = OptionalDouble.of(new BigDecimal(total).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64)
                .doubleValue());
            sd = OptionalDouble.of(Math.sqrt(Math.max(0, m2 / n)));
          }
        }
        break;
      case DOUBLE:
      case FLOAT:
        if (any) {
          min = Optional.of(minD);
          max = Optional.of(maxD);
          sum = Optional.of(sumD);
          avg = OptionalDouble.of(sumD / n);
          sd = OptionalDouble.of(infinities > 0 ? Double.NaN : Math.sqrt(Math.max(0, m2 / n)));
        }
        break;
      case DECIMAL:
        if (any) {
          min = Optional.of(decimalExtreme(true));
          max = Optional.of(decimalExtreme(false));
          BigDecimal total = new BigDecimal(sumBig.add(BigInteger.valueOf(sumL)), scale);
          sum = Optional.of(total);
          avg = OptionalDouble.of(total.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64).doubleValue());
          sd = OptionalDouble.of(Math.sqrt(Math.max(0, m2 / n)));
        }
        break;
      case UTF8:
        if (any) {
          minLength = OptionalLong.of(minLen);
          maxLength = OptionalLong.of(maxLen);
        }
        break;
      default:
        break;
    }
    return new ColumnStatistics(column, type, count, nulls, nans, min, max, sum, avg, sd, minLength, maxLength,
        distinct);
  }
}
