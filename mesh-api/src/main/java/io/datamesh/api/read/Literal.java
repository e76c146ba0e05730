package io.datamesh.api.read;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A typed constant; JSON {@code {"literal":...}}. Its value is null (SQL {@code NULL}) or one of {@code Boolean},
 * {@code Long}, {@code Double} (NaN and the infinities included), {@code String} (valid Unicode), {@code BigDecimal}
 * (at most {@value #MAX_DECIMAL_DIGITS} digits; the scale is kept, so {@code 12.50} and {@code 12.5} are different
 * literals that compare equal), {@code LocalDate} or {@code Instant}.
 *
 * <p>{@code Expression.literal(100)}, {@code Literal.of(rowValue)}
 *
 * @param value the value, null for SQL {@code NULL}
 */
public record Literal(@Nullable Object value) implements Constant {
  /** The most digits a decimal literal may have. */
  public static final int MAX_DECIMAL_DIGITS = 1000;

  static final Literal NULL = new Literal(null);

  /**
   * Checks the value's type.
   *
   * @param value see the record component
   * @throws IllegalArgumentException if the value has another type, is a string with an unpaired surrogate or a
   *     decimal with too many digits
   */
  public Literal {
    if (value instanceof String s) {
      Texts.requireUnicode("string literal", s);
    } else if (value instanceof BigDecimal d && d.precision() > MAX_DECIMAL_DIGITS) {
      throw new IllegalArgumentException("decimal literal has " + d.precision() + " digits, at most "
          + MAX_DECIMAL_DIGITS + " are allowed");
    } else if (value != null && !(value instanceof Boolean || value instanceof Long || value instanceof Double
        || value instanceof BigDecimal || value instanceof LocalDate || value instanceof Instant)) {
      throw new IllegalArgumentException("a literal cannot hold the " + value.getClass().getName() + " '" + value
          + "'; use null, Boolean, Long, Double, String, BigDecimal, LocalDate or Instant"
          + " (Literal.of widens Integer, Short, Byte and BigInteger)");
    }
  }

  /**
   * Returns a literal of any supported value, widening {@code Integer}, {@code Short} and {@code Byte} to
   * {@code Long} and {@code BigInteger} to {@code BigDecimal}.
   *
   * @param value the value, null for SQL {@code NULL}
   * @return the literal
   * @throws IllegalArgumentException if the value has an unsupported type
   */
  public static Literal of(@Nullable Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return new Literal(((Number) value).longValue());
    }
    if (value instanceof BigInteger i) {
      return new Literal(new BigDecimal(i));
    }
    return new Literal(value);
  }

  /** Returns the SQL rendering: {@code NULL}, {@code TRUE}, {@code 100}, {@code 1.5}, {@code 'it''s'}, ... */
  @Override
  public String toString() {
    return SqlRenderer.render(this);
  }
}
