package io.datamesh.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.Decimal256Vector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.jspecify.annotations.Nullable;

/** Writes checked values into vectors and reads them back as the same Java types. */
final class ColumnValues {
  private static final long MICROS = 1_000_000L;

  private ColumnValues() {}

  /** Writes a value already checked by {@link Values#check}; null sets a null. */
  static void write(Column c, FieldVector v, int row, @Nullable Object value) {
    if (value == null) {
      v.setNull(row);
      return;
    }
    switch (c.kind()) {
      case INT:
        ((BaseIntVector) v).setWithPossibleTruncate(row, ((Number) value).longValue());
        break;
      case FLOAT4:
        ((Float4Vector) v).setSafe(row, (Float) value);
        break;
      case FLOAT8:
        ((Float8Vector) v).setSafe(row, (Double) value);
        break;
      case DECIMAL:
        writeDecimal(v, row, (BigDecimal) value);
        break;
      case UTF8:
        ((VarCharVector) v).setSafe(row, ((String) value).getBytes(StandardCharsets.UTF_8));
        break;
      case DATE:
        ((DateDayVector) v).setSafe(row, Math.toIntExact(((LocalDate) value).toEpochDay()));
        break;
      case TIMESTAMP_TZ:
        ((TimeStampMicroTZVector) v).setSafe(row, micros((Instant) value));
        break;
      case TIMESTAMP:
        ((TimeStampMicroVector) v).setSafe(row, micros(((LocalDateTime) value).toInstant(ZoneOffset.UTC)));
        break;
      case TIME:
        ((TimeMicroVector) v).setSafe(row, ((LocalTime) value).toNanoOfDay() / 1000);
        break;
      case BOOL:
        ((BitVector) v).setSafe(row, (Boolean) value ? 1 : 0);
        break;
      default:
        throw new IllegalStateException("unsupported column " + c.name());
    }
  }

  private static void writeDecimal(FieldVector v, int row, BigDecimal value) {
    if (v instanceof DecimalVector) {
      ((DecimalVector) v).setSafe(row, value);
    } else {
      ((Decimal256Vector) v).setSafe(row, value);
    }
  }

  /** Reads a value as the Java type test data takes; types test data does not support read as Arrow's objects. */
  static @Nullable Object read(Column c, FieldVector v, int row) {
    if (v.isNull(row)) {
      return null;
    }
    switch (c.kind()) {
      case INT:
        long l = ((BaseIntVector) v).getValueAsLong(row);
        return v instanceof UInt8Vector ? c.integer(new BigInteger(Long.toUnsignedString(l)))
            : c.integer(BigInteger.valueOf(l));
      case UTF8:
        return new String(((VarCharVector) v).get(row), StandardCharsets.UTF_8);
      case DATE:
        return LocalDate.ofEpochDay(((DateDayVector) v).get(row));
      case TIMESTAMP_TZ:
        return instant(((TimeStampMicroTZVector) v).get(row));
      case TIMESTAMP:
        return LocalDateTime.ofInstant(instant(((TimeStampMicroVector) v).get(row)), ZoneOffset.UTC);
      case TIME:
        return LocalTime.ofNanoOfDay(((TimeMicroVector) v).get(row) * 1000);
      case BOOL:
        return ((BitVector) v).get(row) == 1;
      case FLOAT4:
      case FLOAT8:
      case DECIMAL:
      default:
        return v.getObject(row);
    }
  }

  static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), MICROS), t.getNano() / 1000);
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS), Math.floorMod(micros, MICROS) * 1000);
  }
}
