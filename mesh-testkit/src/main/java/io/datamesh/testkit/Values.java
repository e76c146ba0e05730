package io.datamesh.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Checks Java values against a column and parses table text into them; both return the read-back Java type. */
final class Values {
  private Values() {}

  /** Returns the value as the column's Java type, or null if it has the wrong type or does not fit. */
  static @Nullable Object check(Column c, Object v) {
    switch (c.kind()) {
      case INT:
        BigInteger i = integral(v);
        return i != null && i.compareTo(c.min()) >= 0 && i.compareTo(c.max()) <= 0 ? c.integer(i) : null;
      case FLOAT4:
        return v instanceof Float || v instanceof Double ? (Object) ((Number) v).floatValue() : null;
      case FLOAT8:
        return v instanceof Double || v instanceof Float || isSmallIntegral(v) ? (Object) ((Number) v).doubleValue()
            : null;
      case DECIMAL:
        BigDecimal d = v instanceof BigDecimal ? (BigDecimal) v : decimal(v);
        return d == null ? null : c.decimal(d);
      case UTF8:
        return v instanceof String ? v : null;
      case DATE:
        return v instanceof LocalDate ? v : null;
      case TIMESTAMP_TZ:
        Instant t = v instanceof Instant ? (Instant) v : v instanceof OffsetDateTime ? ((OffsetDateTime) v).toInstant()
            : v instanceof ZonedDateTime ? ((ZonedDateTime) v).toInstant() : null;
        return t != null && fitsMicros(t) ? t : null;
      case TIMESTAMP:
        return v instanceof LocalDateTime && fitsMicros(((LocalDateTime) v).toInstant(ZoneOffset.UTC)) ? v : null;
      case TIME:
        return v instanceof LocalTime && ((LocalTime) v).getNano() % 1000 == 0 ? v : null;
      case BOOL:
        return v instanceof Boolean ? v : null;
      default:
        return null;
    }
  }

  /** Parses table text as the column's Java type, or returns null if it does not parse. */
  static @Nullable Object parse(Column c, String text) {
    try {
      switch (c.kind()) {
        case INT:
          return check(c, new BigInteger(text));
        case FLOAT4:
          return check(c, Float.parseFloat(text));
        case FLOAT8:
          return check(c, Double.parseDouble(text));
        case DECIMAL:
          return check(c, new BigDecimal(text));
        case UTF8:
          return text;
        case DATE:
          return LocalDate.parse(text);
        case TIMESTAMP_TZ:
          return check(c, OffsetDateTime.parse(text));
        case TIMESTAMP:
          return check(c, LocalDateTime.parse(text));
        case TIME:
          return check(c, LocalTime.parse(text));
        case BOOL:
          String b = text.toLowerCase(Locale.ROOT);
          return b.equals("true") ? Boolean.TRUE : b.equals("false") ? Boolean.FALSE : null;
        default:
          return null;
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  private static boolean fitsMicros(Instant t) {
    try {
      ColumnValues.micros(t);
      return t.getNano() % 1000 == 0;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static boolean isSmallIntegral(Object v) {
    return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte;
  }

  private static @Nullable BigInteger integral(Object v) {
    if (isSmallIntegral(v)) {
      return BigInteger.valueOf(((Number) v).longValue());
    }
    return v instanceof BigInteger ? (BigInteger) v : null;
  }

  private static @Nullable BigDecimal decimal(Object v) {
    if ((v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue())) {
      return BigDecimal.valueOf(((Number) v).doubleValue()); // the shortest decimal that prints as the double
    }
    BigInteger i = integral(v);
    return i == null ? null : new BigDecimal(i);
  }
}
