package io.datamesh.api.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders an expression as SQL-like text for logs and error messages, such as
 * {@code amount > 100 AND region = $principal.region}. Nested AND/OR and compound operands are parenthesised, so
 * the text shows the tree's shape. It is not meant to be parsed: the JSON form is the interchange format.
 */
final class SqlRenderer {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> KEYWORDS = Set.of(
      "AND", "OR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "DATE", "TIMESTAMP", "DECIMAL", "DOUBLE");
  private static final int ATOM = 5;

  private SqlRenderer() {}

  static String render(Expression e) {
    if (e instanceof ColumnRef c) {
      return identifier(c.name());
    } else if (e instanceof PrincipalRef p) {
      return "$principal." + identifier(p.attribute());
    } else if (e instanceof Literal l) {
      return literal(l.value());
    } else if (e instanceof Comparison c) {
      return operand(c.left(), ATOM) + " " + c.op().symbol() + " " + operand(c.right(), ATOM);
    } else if (e instanceof InList in) {
      return operand(in.expr(), ATOM) + " IN (" + join(in.values(), ", ", ATOM) + ")";
    } else if (e instanceof IsNull n) {
      return operand(n.expr(), ATOM) + " IS NULL";
    } else if (e instanceof Not n) {
      return "NOT " + operand(n.expr(), ATOM);
    } else if (e instanceof And a) {
      return join(a.args(), " AND ", 3);
    }
    return join(((Or) e).args(), " OR ", 3);
  }

  private static String join(List<? extends Expression> parts, String separator, int rank) {
    return parts.stream().map(p -> operand(p, rank)).collect(Collectors.joining(separator));
  }

  /** Renders an operand, in parentheses if it binds less tightly than {@code rank} requires. */
  private static String operand(Expression e, int rank) {
    String text = render(e);
    return rank(e) < rank ? "(" + text + ")" : text;
  }

  private static int rank(Expression e) {
    if (e instanceof Or || e instanceof And) {
      return 2;
    } else if (e instanceof Not) {
      return 3;
    } else if (e instanceof Comparison || e instanceof InList || e instanceof IsNull) {
      return 4;
    }
    return ATOM;
  }

  static String identifier(String name) {
    if (IDENTIFIER.matcher(name).matches() && !KEYWORDS.contains(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    return quoted(name, '"');
  }

  /**
   * Quotes a string or identifier by doubling the quote; control characters, which would let a filter forge lines
   * in a log, switch to the SQL {@code U&} form, where a backslash starts a four-digit code.
   */
  private static String quoted(String s, char quote) {
    String doubled = s.replace(String.valueOf(quote), String.valueOf(quote) + quote);
    if (s.chars().noneMatch(c -> c < 0x20 || c == 0x7f)) {
      return quote + doubled + quote;
    }
    StringBuilder out = new StringBuilder("U&").append(quote);
    doubled.chars().forEach(c -> out.append(
        c == '\\' ? "\\\\" : c < 0x20 || c == 0x7f ? String.format("\\%04X", c) : String.valueOf((char) c)));
    return out.append(quote).toString();
  }

  static String literal(@Nullable Object value) {
    if (value == null) {
      return "NULL";
    } else if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    } else if (value instanceof Double d) {
      return Double.isFinite(d) ? Doubles.format(d) : "DOUBLE '" + Doubles.format(d) + "'";
    } else if (value instanceof String s) {
      return quoted(s, '\'');
    } else if (value instanceof BigDecimal d) {
      return "DECIMAL '" + d + "'";
    } else if (value instanceof LocalDate d) {
      return "DATE '" + d + "'";
    } else if (value instanceof Instant i) {
      return "TIMESTAMP '" + i + "'";
    }
    return value.toString();
  }
}
