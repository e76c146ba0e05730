package io.datamesh.arrow.filter;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.read.Expression;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The order of the api's evaluator ({@code docs/expressions.md}): numbers by exact value across long, double and
 * decimal, {@code -0.0 = 0.0}, NaN equal to itself and above every number; strings by code point; {@code false <
 * true}; dates and timestamps in time order. Values of different kinds do not compare.
 */
final class SqlOrder {
  private SqlOrder() {}

  static int compare(Object a, Object b, Expression where) {
    if (a instanceof Number x && b instanceof Number y) {
      return numbers(x, y);
    } else if (a instanceof String x && b instanceof String y) {
      return codePoints(x, y);
    } else if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.compareTo(y);
    } else if (a instanceof LocalDate x && b instanceof LocalDate y) {
      return x.compareTo(y);
    } else if (a instanceof Instant x && b instanceof Instant y) {
      return x.compareTo(y);
    }
    throw new MeshException(MeshStatus.INVALID_ARGUMENT, "cannot compare " + a + " (" + kind(a) + ") with " + b
        + " (" + kind(b) + ") in '" + where + "'; compare values of one kind");
  }

  static String kind(Object v) {
    return v instanceof Number ? "number" : v instanceof String ? "string" : v instanceof Boolean ? "boolean"
        : v instanceof LocalDate ? "date" : "timestamp";
  }

  /** Compares two doubles as the evaluator does, without boxing. */
  static int doubles(double a, double b) {
    int ra = rank(a);
    int rb = rank(b);
    if (ra != 0 || rb != 0) {
      return Integer.compare(ra, rb);
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  private static int rank(double d) {
    return Double.isFinite(d) ? 0 : Double.isNaN(d) ? 2 : d > 0 ? 1 : -1;
  }

  private static int numbers(Number a, Number b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    if (a instanceof Double x && b instanceof Double y) {
      return doubles(x, y);
    }
    int ra = a instanceof Double d ? rank(d) : 0;
    int rb = b instanceof Double d ? rank(d) : 0;
    if (ra != 0 || rb != 0) {
      return Integer.compare(ra, rb);
    }
    return exact(a).compareTo(exact(b));
  }

  private static BigDecimal exact(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    }
    return n instanceof Double d ? new BigDecimal(d) : BigDecimal.valueOf(n.longValue());
  }

  static int codePoints(String a, String b) {
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
}
