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
  private final ExactSum exactSum = new ExactSum();
  private double minD = Double.POSITIVE_INFINITY;
  private double maxD = Double.NEGATIVE_INFINITY;
  private double sumD;
  private BigDecimal minDec;
  private BigDecimal maxDec;
  private final Moments moments = new Moments();
  private final TextLengths lengths = new TextLengths();

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
        n += lengths.accept(v.getOffsetBuffer(), v.getDataBuffer(), validity, anyNull, rows);
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
    long s = exactSum.small();
    double batchSum = 0;
    int k = 0;
    for (int i = 0; i < rows; i++) {
      if (anyNull && (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) == 0) {
        continue;
      }
      long x = Columns.raw(addr, width, i);
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      k++;
      long r = s + x;
      if (((s ^ r) & (x ^ r)) < 0) {
        exactSum.spill(s);
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
    exactSum.setSmall(s);
    if (k == 0) {
      return;
    }
    n += k;
    double mu = batchSum / k;
    double q = 0;
    for (int i = 0; i < rows; i++) {
      if (anyNull && (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) == 0) {
        continue;
      }
      double d = Columns.raw(addr, width, i) - mu;
      q += d * d;
    }
    moments.fold(k, mu, q);
  }

  private void acceptBools(ArrowBuf data, ArrowBuf validity, boolean anyNull, int rows) {
    for (int i = 0; i < rows; i++) {
      if (anyNull && Columns.isNull(validity, i)) {
        continue;
      }
      long x = Columns.getBit(data, i) ? 1 : 0;
      minL = Math.min(minL, x);
      maxL = Math.max(maxL, x);
      exactSum.add(x);
      n++;
      moments.add(x);
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
    n += k;
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
    moments.fold(k, mu, q);
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
        exactSum.add(low);
        minL = Math.min(minL, low);
        maxL = Math.max(maxL, low);
        x = low / pow;
      } else {
        BigDecimal exact = v.getObject(i);
        exactSum.add(exact.unscaledValue());
        if (minDec == null || exact.compareTo(minDec) < 0) {
          minDec = exact;
        }
        if (maxDec == null || exact.compareTo(maxDec) > 0) {
          maxDec = exact;
        }
        x = exact.doubleValue();
      }
      n++;
      moments.add(x);
    }
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
    exactSum.merge(o.exactSum);
    minD = Math.min(minD, o.minD);
    maxD = Math.max(maxD, o.maxD);
    sumD += o.sumD;
    if (o.minDec != null && (minDec == null || o.minDec.compareTo(minDec) < 0)) {
      minDec = o.minDec;
    }
    if (o.maxDec != null && (maxDec == null || o.maxDec.compareTo(maxDec) > 0)) {
      maxDec = o.maxDec;
    }
    lengths.merge(o.lengths);
    moments.merge(o.moments);
    n += o.n;
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
            BigInteger total = exactSum.total();
            sum = Optional.of(total.bitLength() < 64 ? (Number) total.longValue() : new BigDecimal(total));
            avg = OptionalDouble.of(new BigDecimal(total).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64)
                .doubleValue());
            sd = OptionalDouble.of(moments.stddev());
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
          sd = OptionalDouble.of(infinities > 0 ? Double.NaN : moments.stddev());
        }
        break;
      case DECIMAL:
        if (any) {
          min = Optional.of(decimalExtreme(true));
          max = Optional.of(decimalExtreme(false));
          BigDecimal total = new BigDecimal(exactSum.total(), scale);
          sum = Optional.of(total);
          avg = OptionalDouble.of(total.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64).doubleValue());
          sd = OptionalDouble.of(moments.stddev());
        }
        break;
      case UTF8:
        if (any) {
          minLength = OptionalLong.of(lengths.min());
          maxLength = OptionalLong.of(lengths.max());
        }
        break;
      default:
        break;
    }
    return new ColumnStatistics(column, type, count, nulls, nans, min, max, sum, avg, sd, minLength, maxLength,
        distinct);
  }
}
