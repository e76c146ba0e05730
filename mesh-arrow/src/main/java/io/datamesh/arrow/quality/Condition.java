package io.datamesh.arrow.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A row-level rule on one column, evaluated on Arrow buffers: each row either meets it or violates it. Nulls
 * violate only {@link #notNull}, {@link #requiredWithinParent} and {@link #missing}; every other condition lets
 * nulls pass (they are the business of {@code required}). The column is a top-level name or a dotted path into
 * Struct columns ({@code address.zip}, see {@link ColumnPaths}); a nested value is null where its own slot or any
 * enclosing struct is null. It may also be an item path into a List column ({@code tags[]}, {@code lines[].qty}):
 * the condition is evaluated on every item, and a row violates it when its list holds at least one violating item
 * (a null or empty list, or one under a null struct, holds none).
 *
 * <pre>{@code
 * Condition email = Condition.format("email", StringFormat.EMAIL);
 * Condition price = Condition.atLeast("price", BigDecimal.ZERO, false); // price > 0
 * Condition qty = Condition.atMost("lines[].qty", BigDecimal.TEN, true);  // every line's qty <= 10
 * }</pre>
 */
public sealed interface Condition permits Kernel {
  /**
   * Returns the column the condition reads.
   *
   * @return the column name
   */
  String column();

  /**
   * Returns what a row must satisfy, in words, such as {@code length <= 20}.
   *
   * @return the description
   */
  String description();

  /**
   * Requires a value.
   *
   * @param column the column
   * @return the condition
   */
  static Condition notNull(String column) {
    return new NotNullKernel(column, false);
  }

  /**
   * Requires a value wherever the enclosing object is present: for a nested column (a dotted path such as
   * {@code address.zip}) a row whose {@code address} is null does not violate it; for a top-level column it is
   * {@link #notNull}. This is ODCS {@code required} on a nested property, as JSON Schema's {@code required}
   * applies within a present object.
   *
   * @param column the column or dotted path
   * @return the condition
   */
  static Condition requiredWithinParent(String column) {
    return column.indexOf('.') < 0 ? notNull(column) : new NotNullKernel(column, true);
  }

  /**
   * Forbids missing values: null, and any of the listed values (ODCS {@code missingValues}).
   *
   * @param column the column
   * @param missingValues the values that count as missing besides null, such as {@code ""} or {@code "N/A"}
   * @return the condition
   */
  static Condition missing(String column, List<@Nullable Object> missingValues) {
    return new ValueSetKernel(column, missingValues, true);
  }

  /**
   * Requires every non-null value to be one of the listed values (ODCS {@code validValues}, enums).
   *
   * @param column the column
   * @param validValues the accepted values; numbers and text are compared in the column's type
   * @return the condition
   */
  static Condition validValues(String column, List<@Nullable Object> validValues) {
    return new ValueSetKernel(column, validValues, false);
  }

  /**
   * Requires every non-null text to contain a match of an ECMA-262 regular expression (run on RE2/J, so in linear
   * time); anchor it with {@code ^...$} to match whole values.
   *
   * @param column the column
   * @param pattern the regular expression
   * @return the condition
   * @throws IllegalArgumentException if the pattern does not compile; the message says where
   */
  static Condition pattern(String column, String pattern) {
    return new PatternKernel(column, pattern);
  }

  /**
   * Bounds the length of every non-null text, in Unicode code points.
   *
   * @param column the column
   * @param minLength the inclusive minimum, if any
   * @param maxLength the inclusive maximum, if any
   * @return the condition
   */
  static Condition length(String column, OptionalLong minLength, OptionalLong maxLength) {
    return new LengthKernel(column, minLength, maxLength, false);
  }

  /**
   * Requires every non-null text to have a format.
   *
   * @param column the column
   * @param format the format
   * @return the condition
   */
  static Condition format(String column, StringFormat format) {
    return new FormatKernel(column, format);
  }

  /**
   * Bounds every non-null value from below; NaN violates every bound.
   *
   * @param column the column
   * @param bound a {@link BigDecimal} (or other number), or ISO-8601 text for dates, times and timestamps
   * @param inclusive true for {@code >=} ({@code minimum}), false for {@code >} ({@code exclusiveMinimum})
   * @return the condition
   */
  static Condition atLeast(String column, Object bound, boolean inclusive) {
    return new BoundKernel(column, bound, inclusive, true);
  }

  /**
   * Bounds every non-null value from above; NaN violates every bound.
   *
   * @param column the column
   * @param bound a {@link BigDecimal} (or other number), or ISO-8601 text for dates, times and timestamps
   * @param inclusive true for {@code <=} ({@code maximum}), false for {@code <} ({@code exclusiveMaximum})
   * @return the condition
   */
  static Condition atMost(String column, Object bound, boolean inclusive) {
    return new BoundKernel(column, bound, inclusive, false);
  }

  /**
   * Requires every non-null number to be a multiple of a divisor (decimal arithmetic: 0.3 is a multiple of 0.1).
   *
   * @param column the column
   * @param divisor the divisor, not zero
   * @return the condition
   */
  static Condition multipleOf(String column, BigDecimal divisor) {
    return new MultipleOfKernel(column, divisor);
  }

  /**
   * Bounds the number of items of every non-null list.
   *
   * @param column the column
   * @param minItems the inclusive minimum, if any
   * @param maxItems the inclusive maximum, if any
   * @return the condition
   */
  static Condition items(String column, OptionalLong minItems, OptionalLong maxItems) {
    return new LengthKernel(column, minItems, maxItems, true);
  }

  /**
   * Runs custom Java code on every row.
   *
   * @param column the column handed to the predicate
   * @param description what the predicate requires, in words
   * @param predicate the predicate; true means the row is fine
   * @return the condition
   */
  static Condition predicate(String column, String description, RowPredicate predicate) {
    return new PredicateKernel(column, description, predicate);
  }

  /**
   * Combines conditions on the same column: a row violates the result if it violates any part (ODCS
   * {@code invalidValues} with both {@code validValues} and {@code pattern}).
   *
   * @param parts the conditions, at least one, all on the same column
   * @return the condition
   * @throws IllegalArgumentException if the parts are empty or name different columns
   */
  static Condition anyOf(List<Condition> parts) {
    return new AnyOfKernel(parts);
  }
}
