package io.datamesh.api.read;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The values the evaluator works on and their order. Numbers compare by value across {@code Long}, {@code Double}
 * and {@code BigDecimal} (exactly, with no rounding through double); {@code -0.0} equals {@code 0.0}; NaN equals NaN
 * and is greater than every other number, as in PostgreSQL; strings compare by code point, which is the order of
 * their UTF-8 bytes; {@code false < true}.
 */
final class SqlValues {
  private SqlValues() {}

  /** Widens a row value to the types of {@link Literal}, or fails naming the column. */
  static @Nullable Object normalize(@Nullable Object v, ColumnRef column) {
    if (v == null || v instanceof Long || v instanceof Double || v instanceof BigDecimal || v instanceof String
        || v instanceof Boolean || v instanceof LocalDate || v instanceof Instant) {
      return v;
    } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    } else if (v instanceof Float f) {
      return f.doubleValue();
    } else if (v instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    throw new MeshException(MeshStatus.INVALID_ARGUMENT, "column '" + column.name() + "' holds a "
        + v.getClass().getName() + "; a row value must be null, a Boolean, a number, a String, a LocalDate or an Instant");
  }

  static int compare(Object a, Object b, Expression where) {
    if (a instanceof Number x && b instanceof Number y) {
      return compareNumbers(x, y);
    } else if (a instanceof String x && b instanceof String y) {
      return compareCodePoints(x, y);
    } else if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.compareTo(y);
    } else if (a instanceof LocalDate x && b instanceof LocalDate y) {
      return x.compareTo(y);
    } else if (a instanceof Instant x && b instanceof Instant y) {
      return x.compareTo(y);
    }
    throw new MeshException(MeshStatus.INVALID_ARGUMENT, "cannot compare the " + typeName(a) + " "
        + SqlRenderer.literal(a) + " with the " + typeName(b) + " " + SqlRenderer.literal(b) + " in '" + where
        + "'; compare values of one kind (numbers, strings, booleans, dates or timestamps)");
  }

  private static int compareNumbers(Number a, Number b) {
    int rankA = rank(a);
    int rankB = rank(b);
    if (rankA != 0 || rankB != 0) {
      return Integer.compare(rankA, rankB);
    } else if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    return exact(a).compareTo(exact(b));
  }

  /** Orders the doubles that have no exact decimal: -Infinity, (finite numbers), +Infinity, NaN. */
  private static int rank(Number n) {
    if (n instanceof Double d && !Double.isFinite(d)) {
      return d.isNaN() ? 2 : d > 0 ? 1 : -1;
    }
    return 0;
  }

  private static BigDecimal exact(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    }
    return n instanceof Double d ? new BigDecimal(d) : BigDecimal.valueOf(n.longValue());
  }

  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  static String typeName(Object v) {
    if (v instanceof Long || v instanceof Double || v instanceof BigDecimal) {
      return "number";
    } else if (v instanceof String) {
      return "string";
    } else if (v instanceof Boolean) {
      return "boolean";
    }
    return v instanceof LocalDate ? "date" : "timestamp";
  }
}
