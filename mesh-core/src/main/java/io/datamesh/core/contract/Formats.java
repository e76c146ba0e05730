package io.datamesh.core.contract;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The JSON Schema formats ODCS uses: {@code date}, {@code date-time} (RFC 3339) and {@code uri} (RFC 3986). */
final class Formats {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

  record Format(String meaning, String example, Predicate<String> test) {
    boolean test(String text) {
      return test.test(text);
    }
  }

  static final Format DATE_FORMAT = new Format("a date (RFC 3339 full-date)", "write it as 2024-05-31",
      Formats::isDate);
  static final Format DATE_TIME_FORMAT = new Format("a date-time (RFC 3339)",
      "write it as 2024-05-31T09:30:00Z or 2024-05-31T09:30:00+02:00", Formats::isDateTime);
  static final Format URI_FORMAT = new Format("an absolute URI (RFC 3986)",
      "write it with a scheme, such as s3://bucket/path or https://host/path", Formats::isUri);

  private Formats() {}

  static boolean isDate(String text) {
    if (!DATE.matcher(text).matches()) {
      return false;
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static boolean isDateTime(String text) {
    if (!DATE_TIME.matcher(text).matches()) {
      return false;
    }
    String normal = text.replace(' ', 'T').replace('t', 'T').replace('z', 'Z');
    try {
      OffsetDateTime.parse(normal, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static boolean isUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
