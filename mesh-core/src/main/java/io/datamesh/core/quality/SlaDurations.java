package io.datamesh.core.quality;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads an ODCS SLA value and unit (such as {@code 4 h}, {@code 3 d}, {@code 1 y} or {@code PT4H}) as a duration. */
final class SlaDurations {
  private SlaDurations() {}

  static Duration parse(String valueAndUnit) {
    String s = valueAndUnit.trim();
    int space = s.indexOf(' ');
    String value = space < 0 ? s : s.substring(0, space).trim();
    String unit = space < 0 ? "" : s.substring(space + 1).trim().toLowerCase(Locale.ROOT);
    if (value.startsWith("P") || value.startsWith("p")) {
      try {
        return Duration.parse(value.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("SLA value '" + value + "' is not an ISO-8601 duration", e);
      }
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("SLA value '" + valueAndUnit + "' is not a number with a unit such as"
          + " '4 h' or '3 d'", e);
    }
    long seconds = unitSeconds(unit, valueAndUnit);
    return Duration.ofMillis(amount.multiply(BigDecimal.valueOf(seconds * 1000)).longValue());
  }

  private static long unitSeconds(String unit, String all) {
    switch (unit) {
      case "s":
      case "sec":
      case "second":
      case "seconds":
        return 1;
      case "m":
      case "min":
      case "minute":
      case "minutes":
        return 60;
      case "h":
      case "hr":
      case "hour":
      case "hours":
        return 3600;
      case "d":
      case "day":
      case "days":
        return 86_400;
      case "w":
      case "week":
      case "weeks":
        return 7 * 86_400;
      case "mo":
      case "month":
      case "months":
        return 30 * 86_400;
      case "y":
      case "yr":
      case "year":
      case "years":
        return 365 * 86_400;
      default:
        throw new IllegalArgumentException("SLA unit '" + unit + "' in '" + all.trim() + "' is not one of s, m, h,"
            + " d, w, mo, y: write the value with one of them");
    }
  }
}
