package io.datamesh.arrow.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.Types.MinorType;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.jspecify.annotations.Nullable;

/** Reads Arrow buffers directly: kinds, widths, validity bits and raw values. */
final class Columns {
  private Columns() {}

  static Kind kind(FieldVector v) {
    switch (v.getMinorType()) {
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
      case DATEDAY:
      case DATEMILLI:
      case TIMESEC:
      case TIMEMILLI:
      case TIMEMICRO:
      case TIMENANO:
      case TIMESTAMPSEC:
      case TIMESTAMPMILLI:
      case TIMESTAMPMICRO:
      case TIMESTAMPNANO:
      case TIMESTAMPSECTZ:
      case TIMESTAMPMILLITZ:
      case TIMESTAMPMICROTZ:
      case TIMESTAMPNANOTZ:
      case DURATION:
        return Kind.LONG;
      case FLOAT4:
        return Kind.FLOAT;
      case FLOAT8:
        return Kind.DOUBLE;
      case DECIMAL:
        return Kind.DECIMAL;
      case VARCHAR:
        return Kind.UTF8;
      case BIT:
        return Kind.BOOL;
      case LIST:
        return Kind.LIST;
      default:
        return Kind.OTHER;
    }
  }

  /** Byte width of a {@link Kind#LONG} vector. */
  static int width(FieldVector v) {
    MinorType t = v.getMinorType();
    switch (t) {
      case TINYINT:
        return 1;
      case SMALLINT:
        return 2;
      case INT:
      case DATEDAY:
      case TIMESEC:
      case TIMEMILLI:
        return 4;
      default:
        return 8;
    }
  }

  static boolean temporal(FieldVector v) {
    switch (v.getMinorType()) {
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        return false;
      default:
        return kind(v) == Kind.LONG;
    }
  }

  /**
   * Checks once per batch that a variable-width vector's offsets never decrease and stay inside its data buffer, so
   * that kernels may then read the bytes by address without a bounds check per byte. Every offset is checked, not
   * only the first and last: a batch read from a hostile IPC file may carry any offsets, and one wrong middle
   * offset would otherwise make a kernel read outside the buffer.
   *
   * @throws IllegalArgumentException for a corrupt vector
   */
  static void checkOffsets(FieldVector v, int rows) {
    checkOffsetRun(v, rows, v.getDataBuffer().capacity(), "column", "-byte data buffer", null);
  }

  /**
   * Reads and checks once per batch the offsets of a List vector's first {@code rows} rows: they never decrease,
   * the first is not negative and the last stays within the {@code items} values of its child vector, so that the
   * items of every row lie in the child. A list whose first offset is not 0 (a slice) is fine.
   *
   * @return the {@code rows + 1} offsets; {@code [0]} for no rows
   * @throws IllegalArgumentException for a corrupt vector
   */
  static int[] listOffsets(FieldVector list, int rows, int items) {
    int[] off = new int[rows + 1];
    checkOffsetRun(list, rows, items, "list column", " items", off);
    return off;
  }

  /**
   * Checks offsets {@code [0, rows]} of a variable-width or list vector, copying them into {@code out} if given: the
   * buffer covers them, the first is not negative, none decreases, and the last is at most {@code limit}.
   */
  private static void checkOffsetRun(FieldVector v, int rows, long limit, String kind, String unit,
      int @Nullable [] out) {
    if (rows == 0) {
      return;
    }
    ArrowBuf offsets = v.getOffsetBuffer();
    long needed = ((long) rows + 1) << 2;
    if (offsets.capacity() < needed) {
      throw new IllegalArgumentException(kind + " '" + v.getName() + "' has a " + offsets.capacity()
          + "-byte offset buffer for " + rows + " rows (needs " + needed + "): the vector is corrupt");
    }
    long addr = offsets.memoryAddress();
    int previous = MemoryUtil.getInt(addr);
    if (out != null) {
      out[0] = previous;
    }
    if (previous < 0) {
      throw corrupt(v, kind, 0, previous, limit, unit);
    }
    for (int i = 1; i <= rows; i++) {
      int next = MemoryUtil.getInt(addr + ((long) i << 2));
      if (next < previous) {
        throw corrupt(v, kind, i, next, limit, unit);
      }
      if (out != null) {
        out[i] = next;
      }
      previous = next;
    }
    if (previous > limit) {
      throw corrupt(v, kind, rows, previous, limit, unit);
    }
  }

  private static IllegalArgumentException corrupt(FieldVector v, String kind, int index, int offset, long limit,
      String unit) {
    return new IllegalArgumentException(kind + " '" + v.getName() + "' has offset " + offset + " at index " + index
        + " that decreases or lies outside its " + limit + unit + ": the vector is corrupt");
  }

  /** Counts the null rows of {@code [0, rows)} from the validity bitmap, a word at a time. */
  static int nullCount(ArrowBuf validity, int rows) {
    checkValidity(validity, rows);
    long addr = validity.memoryAddress();
    int valid = 0;
    int i = 0;
    for (; i + 64 <= rows; i += 64) {
      valid += Long.bitCount(MemoryUtil.getLong(addr + (i >>> 3)));
    }
    for (; i < rows; i++) {
      valid += (MemoryUtil.getByte(addr + (i >>> 3)) >>> (i & 7)) & 1;
    }
    return rows - valid;
  }

  /** Checks that a validity bitmap covers {@code rows}, so that kernels may read it by address. */
  static void checkValidity(ArrowBuf validity, int rows) {
    if (validity.capacity() < (rows + 7L) >>> 3) {
      throw new IllegalArgumentException("a validity bitmap of " + validity.capacity() + " bytes cannot cover "
          + rows + " rows: the vector is corrupt");
    }
  }

  /** Checks that a fixed-width data buffer covers {@code rows} values of {@code width} bytes. */
  static void checkData(ArrowBuf data, int rows, int width) {
    if (data.capacity() < (long) rows * width) {
      throw new IllegalArgumentException("a data buffer of " + data.capacity() + " bytes cannot hold " + rows
          + " values of " + width + " bytes: the vector is corrupt");
    }
  }

  static boolean isNull(ArrowBuf validity, int i) {
    return (validity.getByte(i >>> 3) & (1 << (i & 7))) == 0;
  }

  static long getLong(ArrowBuf data, int width, int i) {
    switch (width) {
      case 8:
        return data.getLong((long) i << 3);
      case 4:
        return data.getInt((long) i << 2);
      case 2:
        return data.getShort((long) i << 1);
      default:
        return data.getByte(i);
    }
  }

  /** Reads value {@code i} of a {@link Kind#LONG} data buffer by address (bounds checked once per batch). */
  static long raw(long addr, int width, int i) {
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

  static boolean getBit(ArrowBuf data, int i) {
    return (data.getByte(i >>> 3) & (1 << (i & 7))) != 0;
  }

  static String describe(FieldVector v) {
    return v.getField().getType().toString();
  }

  /** Converts a contract bound or set member to the column's raw long domain, exactly; empty if impossible. */
  static BigDecimal toRawNumber(FieldVector v, Object value) {
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof Number) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof Boolean) {
      return ((Boolean) value) ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    String s = value.toString().trim();
    if (temporal(v)) {
      return BigDecimal.valueOf(temporalValue(v, s));
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + s + "' is not a number, but column '" + v.getName() + "' is "
          + describe(v), e);
    }
  }

  /** Parses ISO-8601 text into the raw value of a date, time or timestamp column. */
  static long temporalValue(FieldVector v, String s) {
    try {
      switch (v.getMinorType()) {
        case DATEDAY:
          return LocalDate.parse(s).toEpochDay();
        case DATEMILLI:
          return LocalDate.parse(s).toEpochDay() * 86_400_000L;
        case TIMESEC:
        case TIMEMILLI:
        case TIMEMICRO:
        case TIMENANO:
          return fromNanos(LocalTime.parse(s).toNanoOfDay(), timeUnit(v));
        default:
          Instant at = instant(s);
          return fromInstant(at, timeUnit(v));
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + s + "' is not an ISO-8601 value for column '" + v.getName()
          + "' of type " + describe(v), e);
    }
  }

  static Instant instant(String s) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
    }
  }

  static TimeUnit timeUnit(FieldVector v) {
    ArrowType t = v.getField().getType();
    org.apache.arrow.vector.types.TimeUnit u;
    if (t instanceof ArrowType.Timestamp) {
      u = ((ArrowType.Timestamp) t).getUnit();
    } else if (t instanceof ArrowType.Time) {
      u = ((ArrowType.Time) t).getUnit();
    } else if (t instanceof ArrowType.Duration) {
      u = ((ArrowType.Duration) t).getUnit();
    } else if (v.getMinorType() == MinorType.DATEMILLI) {
      return TimeUnit.MILLISECONDS;
    } else {
      return TimeUnit.DAYS;
    }
    switch (u) {
      case SECOND:
        return TimeUnit.SECONDS;
      case MILLISECOND:
        return TimeUnit.MILLISECONDS;
      case MICROSECOND:
        return TimeUnit.MICROSECONDS;
      default:
        return TimeUnit.NANOSECONDS;
    }
  }

  static long fromInstant(Instant at, TimeUnit unit) {
    long secs = at.getEpochSecond();
    long nanos = at.getNano();
    switch (unit) {
      case SECONDS:
        return secs;
      case MILLISECONDS:
        return Math.addExact(Math.multiplyExact(secs, 1000L), nanos / 1_000_000L);
      case MICROSECONDS:
        return Math.addExact(Math.multiplyExact(secs, 1_000_000L), nanos / 1000L);
      case DAYS:
        return Math.floorDiv(secs, 86_400L);
      default:
        return Math.addExact(Math.multiplyExact(secs, 1_000_000_000L), nanos);
    }
  }

  /** Converts a raw timestamp value in a unit into an instant. */
  static Instant toInstant(long raw, TimeUnit unit) {
    switch (unit) {
      case SECONDS:
        return Instant.ofEpochSecond(raw);
      case MILLISECONDS:
        return Instant.ofEpochMilli(raw);
      case MICROSECONDS:
        return Instant.ofEpochSecond(Math.floorDiv(raw, 1_000_000L), Math.floorMod(raw, 1_000_000L) * 1000L);
      case DAYS:
        return Instant.ofEpochSecond(raw * 86_400L);
      default:
        return Instant.ofEpochSecond(Math.floorDiv(raw, 1_000_000_000L), Math.floorMod(raw, 1_000_000_000L));
    }
  }

  private static long fromNanos(long nanos, TimeUnit unit) {
    return unit.convert(nanos, TimeUnit.NANOSECONDS);
  }

  /** Ceiling of a decimal as a long, saturated at the long range. */
  static long ceilSaturated(BigDecimal b) {
    return saturate(b.setScale(0, RoundingMode.CEILING));
  }

  /** Floor of a decimal as a long, saturated at the long range. */
  static long floorSaturated(BigDecimal b) {
    return saturate(b.setScale(0, RoundingMode.FLOOR));
  }

  private static long saturate(BigDecimal whole) {
    if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
      return Long.MAX_VALUE;
    }
    if (whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0) {
      return Long.MIN_VALUE;
    }
    return whole.longValueExact();
  }

  /** Canonical bits of a double for equality: one NaN, and -0.0 equal to 0.0. */
  static long canonicalBits(double d) {
    if (d == 0.0) {
      return 0L;
    }
    return Double.doubleToLongBits(d);
  }
}
