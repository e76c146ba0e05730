package io.datamesh.arrow.filter;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BaseLargeVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * Reads a whole column as the values the api's evaluator works on: {@code Long}, {@code Double},
 * {@code BigDecimal}, {@code String}, {@code Boolean}, {@code LocalDate} or {@code Instant}; null for null.
 */
final class ArrowValues {
  private ArrowValues() {}

  static Object[] column(FieldVector v, int rows) {
    Object[] out = new Object[rows];
    for (int i = 0; i < rows; i++) {
      out[i] = v.isNull(i) ? null : value(v, i);
    }
    return out;
  }

  private static Object value(FieldVector v, int i) {
    if (v instanceof UInt8Vector u) {
      long x = u.get(i);
      return x >= 0 ? (Object) x : new BigDecimal(Long.toUnsignedString(x));
    } else if (v instanceof BaseIntVector n) {
      return n.getValueAsLong(i);
    } else if (v instanceof Float8Vector d) {
      return d.get(i);
    } else if (v instanceof Float4Vector f) {
      return (double) f.get(i);
    } else if (v instanceof DecimalVector d) {
      return d.getObject(i);
    } else if (v instanceof BaseVariableWidthVector s && s.getField().getType() instanceof ArrowType.Utf8) {
      return new String(s.get(i), StandardCharsets.UTF_8);
    } else if (v instanceof BaseLargeVariableWidthVector s && s.getField().getType() instanceof ArrowType.LargeUtf8) {
      return new String(s.get(i), StandardCharsets.UTF_8);
    } else if (v instanceof BitVector b) {
      return b.get(i) == 1;
    } else if (v instanceof DateDayVector d) {
      return LocalDate.ofEpochDay(d.get(i));
    } else if (v instanceof TimeStampVector t) {
      return instant(t.get(i), ((ArrowType.Timestamp) t.getField().getType()).getUnit());
    }
    throw new MeshException(MeshStatus.INVALID_ARGUMENT, "column '" + v.getName() + "' has Arrow type "
        + v.getField().getType() + ", which a filter cannot compare; filter on numbers, strings, booleans, dates"
        + " or timestamps");
  }

  static Instant instant(long value, TimeUnit unit) {
    return switch (unit) {
      case SECOND -> Instant.ofEpochSecond(value);
      case MILLISECOND -> Instant.ofEpochMilli(value);
      case MICROSECOND -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L),
          Math.floorMod(value, 1_000_000L) * 1000);
      case NANOSECOND -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L),
          Math.floorMod(value, 1_000_000_000L));
    };
  }
}
