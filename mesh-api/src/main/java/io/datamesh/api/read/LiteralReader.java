package io.datamesh.api.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the value of a {@code "literal"} key: a JSON scalar or a tagged object such as {@code {"double":1.5}}. */
final class LiteralReader {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final String TAGS = "double, decimal, date, timestamp";
  private static final Set<String> TAG_SET = Set.of("double", "decimal", "date", "timestamp");

  private LiteralReader() {}

  static Literal read(JsonCursor in, String path) {
    int c = in.peek();
    if (c == '"') {
      return new Literal(in.readString(path, "a string"));
    } else if (c == '{') {
      return tagged(in, path);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      return new Literal(integer(in, path));
    } else if (in.tryWord("null")) {
      return Literal.NULL;
    } else if (in.tryWord("true")) {
      return new Literal(true);
    } else if (in.tryWord("false")) {
      return new Literal(false);
    }
    throw in.expected(path, "a literal value: null, true, false, an integer, a string or an object with one of the "
        + "keys " + TAGS);
  }

  private static long integer(JsonCursor in, String path) {
    int at = in.pos();
    String number = in.readNumber(path);
    if (number.indexOf('.') >= 0 || number.indexOf('e') >= 0 || number.indexOf('E') >= 0) {
      String shown = JsonStrings.shorten(number);
      throw in.error(at, path, "expected an integer, found " + shown + "; a bare number is a 64-bit integer, so "
          + "write a double as {\"double\":" + shown + "} and a decimal as {\"decimal\":\"" + shown + "\"}");
    }
    try {
      return Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw in.error(at, path, "expected an integer that fits in 64 bits, found " + JsonStrings.shorten(number)
          + "; write a larger number as {\"decimal\":\"...\"}");
    }
  }

  private static Literal tagged(JsonCursor in, String path) {
    in.expect('{', path, "'{'");
    int keyAt = in.skipWhitespace();
    String tag = in.readString(path, "one of the keys " + TAGS);
    if (!TAG_SET.contains(tag)) {
      throw in.error(keyAt, path, "expected one of the keys " + TAGS + ", found " + JsonStrings.quote(tag));
    }
    String tagPath = path + "." + tag;
    in.expect(':', tagPath, "':'");
    int valueAt = in.skipWhitespace();
    Object value = switch (tag) {
      case "double" -> doubleValue(in, tagPath);
      case "decimal" -> decimal(in, tagPath);
      case "date" -> date(in, tagPath);
      default -> timestamp(in, tagPath);
    };
    in.expect('}', path, "'}' (a tagged literal has exactly one key)");
    try {
      return new Literal(value);
    } catch (IllegalArgumentException e) {
      throw in.error(valueAt, tagPath, e.getMessage());
    }
  }

  private static double doubleValue(JsonCursor in, String path) {
    int at = in.skipWhitespace();
    if (in.peek() == '"') {
      String special = in.readString(path, "a string");
      return switch (special) {
        case "NaN" -> Double.NaN;
        case "Infinity" -> Double.POSITIVE_INFINITY;
        case "-Infinity" -> Double.NEGATIVE_INFINITY;
        default -> throw in.error(at, path, "expected a number or one of \"NaN\", \"Infinity\", \"-Infinity\", found "
            + JsonStrings.quote(special));
      };
    }
    String number = in.readNumber(path);
    double d = Double.parseDouble(number);
    if (Double.isInfinite(d)) {
      throw in.error(at, path, "expected a number in the range of a double, found " + JsonStrings.shorten(number)
          + "; write an infinity as \"Infinity\" or \"-Infinity\"");
    }
    return d;
  }

  private static BigDecimal decimal(JsonCursor in, String path) {
    int at = in.skipWhitespace();
    String text = in.readString(path, "a decimal number in a string, such as \"12.50\"");
    if (text.length() > Literal.MAX_DECIMAL_DIGITS + 20 || !DECIMAL.matcher(text).matches()) {
      throw in.error(at, path, "expected a decimal number such as \"12.50\" or \"1.5E+3\", found "
          + JsonStrings.quote(text));
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw in.error(at, path, "expected a decimal whose exponent fits in 32 bits, found " + JsonStrings.quote(text));
    }
  }

  private static LocalDate date(JsonCursor in, String path) {
    int at = in.skipWhitespace();
    String text = in.readString(path, "an ISO date in a string, such as \"2024-01-31\"");
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw in.error(at, path, "expected an ISO date such as \"2024-01-31\", found " + JsonStrings.quote(text));
    }
  }

  private static Instant timestamp(JsonCursor in, String path) {
    int at = in.skipWhitespace();
    String text = in.readString(path, "an ISO instant in a string, such as \"2024-01-31T10:15:30Z\"");
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw in.error(at, path, "expected an ISO instant such as \"2024-01-31T10:15:30Z\", found "
          + JsonStrings.quote(text));
    }
  }
}
