package io.datamesh.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.jspecify.annotations.Nullable;

/**
 * One column of test data: its name, whether it takes nulls and the Java type its values have. Checks and parses
 * values; {@link ColumnValues} moves them in and out of vectors.
 */
record Column(String name, boolean nullable, Kind kind, ArrowType type) {
  /** The Arrow types test data supports, with the Java type of their values. */
  enum Kind {
    INT, FLOAT4, FLOAT8, DECIMAL, UTF8, DATE, TIMESTAMP_TZ, TIMESTAMP, TIME, BOOL, UNSUPPORTED
  }

  static Column of(Field field) {
    return new Column(field.getName(), field.isNullable(), kind(field.getType()), field.getType());
  }

  private static Kind kind(ArrowType t) {
    switch (t.getTypeID()) {
      case Int:
        return Kind.INT;
      case FloatingPoint:
        FloatingPointPrecision p = ((ArrowType.FloatingPoint) t).getPrecision();
        return p == FloatingPointPrecision.SINGLE ? Kind.FLOAT4
            : p == FloatingPointPrecision.DOUBLE ? Kind.FLOAT8 : Kind.UNSUPPORTED;
      case Decimal:
        return Kind.DECIMAL;
      case Utf8:
        return Kind.UTF8;
      case Date:
        return ((ArrowType.Date) t).getUnit() == org.apache.arrow.vector.types.DateUnit.DAY ? Kind.DATE
            : Kind.UNSUPPORTED;
      case Timestamp:
        ArrowType.Timestamp ts = (ArrowType.Timestamp) t;
        if (ts.getUnit() != TimeUnit.MICROSECOND) {
          return Kind.UNSUPPORTED;
        }
        return ts.getTimezone() == null ? Kind.TIMESTAMP : Kind.TIMESTAMP_TZ;
      case Time:
        ArrowType.Time tm = (ArrowType.Time) t;
        return tm.getUnit() == TimeUnit.MICROSECOND && tm.getBitWidth() == 64 ? Kind.TIME : Kind.UNSUPPORTED;
      case Bool:
        return Kind.BOOL;
      default:
        return Kind.UNSUPPORTED;
    }
  }

  /** Describes the values the column takes, for error messages. */
  String expected() {
    switch (kind) {
      case INT:
        ArrowType.Int i = (ArrowType.Int) type;
        return (i.getIsSigned() ? "i" : "u") + i.getBitWidth() + " (an integer from " + min() + " to " + max()
            + ")";
      case FLOAT4:
        return "f32 (a Float or Double)";
      case FLOAT8:
        return "f64 (a Double, Float or integer)";
      case DECIMAL:
        ArrowType.Decimal d = (ArrowType.Decimal) type;
        return "decimal(" + d.getPrecision() + "," + d.getScale() + ") (a BigDecimal, integer or Double with at most "
            + d.getScale() + " decimal places)";
      case UTF8:
        return "utf8 (a String)";
      case DATE:
        return "date32 (a LocalDate such as 2026-01-01)";
      case TIMESTAMP_TZ:
        return "timestamp[us, " + ((ArrowType.Timestamp) type).getTimezone()
            + "] (an Instant such as 2026-01-01T10:00:00Z)";
      case TIMESTAMP:
        return "timestamp[us] (a LocalDateTime such as 2026-01-01T10:00:00)";
      case TIME:
        return "time64[us] (a LocalTime such as 10:00:00)";
      case BOOL:
        return "bool (a Boolean)";
      default:
        return type.toString().toLowerCase(Locale.ROOT) + ", which test data does not support";
    }
  }

  BigInteger min() {
    ArrowType.Int i = (ArrowType.Int) type;
    return i.getIsSigned() ? BigInteger.ONE.shiftLeft(i.getBitWidth() - 1).negate() : BigInteger.ZERO;
  }

  BigInteger max() {
    ArrowType.Int i = (ArrowType.Int) type;
    return BigInteger.ONE.shiftLeft(i.getIsSigned() ? i.getBitWidth() - 1 : i.getBitWidth())
        .subtract(BigInteger.ONE);
  }

  /** Converts an integer to the Java type this column reads back as: Integer, Long or (u64) BigInteger. */
  Object integer(BigInteger v) {
    ArrowType.Int i = (ArrowType.Int) type;
    int bits = i.getBitWidth();
    if (bits < 32 || bits == 32 && i.getIsSigned()) {
      return v.intValueExact();
    }
    return bits == 64 && !i.getIsSigned() ? v : (Object) v.longValueExact();
  }

  /** Converts a decimal to this column's scale, or returns null if it does not fit. */
  @Nullable BigDecimal decimal(BigDecimal v) {
    ArrowType.Decimal d = (ArrowType.Decimal) type;
    try {
      BigDecimal scaled = v.setScale(d.getScale(), java.math.RoundingMode.UNNECESSARY);
      return scaled.precision() - scaled.scale() <= d.getPrecision() - d.getScale() ? scaled : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
