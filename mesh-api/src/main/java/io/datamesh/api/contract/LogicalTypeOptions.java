package io.datamesh.api.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Refines a logical type, the ODCS {@code logicalTypeOptions} object: lengths and a pattern for strings, a
 * {@code format} (such as {@code i64}, {@code f32}, {@code email} or a date pattern), bounds, time zones, and sizes
 * of arrays and objects. Which options fit which logical type is fixed by the standard.
 *
 * <pre>{@code
 * LogicalTypeOptions o = LogicalTypeOptions.builder().setFormat("email").setMaxLength(254).build();
 * }</pre>
 */
public interface LogicalTypeOptions {
  /**
   * Returns every option that is set, keyed by its ODCS name, as plain Java values.
   *
   * @return the options, in declaration order; empty when none is set
   */
  Map<String, Object> asMap();

  /**
   * Returns the format: an integer or float width ({@code i8 … u128}, {@code f32}, {@code f64}), a string format
   * ({@code email}, {@code uuid}, …) or a date-time pattern.
   *
   * @return the format, if set
   */
  default Optional<String> format() {
    return text("format");
  }

  /**
   * Returns the minimum length of a string.
   *
   * @return the length, if set
   */
  default OptionalLong minLength() {
    return whole("minLength");
  }

  /**
   * Returns the maximum length of a string.
   *
   * @return the length, if set
   */
  default OptionalLong maxLength() {
    return whole("maxLength");
  }

  /**
   * Returns the ECMA-262 regular expression a string must match.
   *
   * @return the pattern, if set
   */
  default Optional<String> pattern() {
    return text("pattern");
  }

  /**
   * Returns the inclusive lower bound: a {@link BigDecimal} for numbers, a {@link String} for dates and times.
   *
   * @return the bound, if set
   */
  default Optional<Object> minimum() {
    return Optional.ofNullable(asMap().get("minimum"));
  }

  /**
   * Returns the inclusive upper bound: a {@link BigDecimal} for numbers, a {@link String} for dates and times.
   *
   * @return the bound, if set
   */
  default Optional<Object> maximum() {
    return Optional.ofNullable(asMap().get("maximum"));
  }

  /**
   * Returns the exclusive lower bound: a {@link BigDecimal} for numbers, a {@link String} for dates and times.
   *
   * @return the bound, if set
   */
  default Optional<Object> exclusiveMinimum() {
    return Optional.ofNullable(asMap().get("exclusiveMinimum"));
  }

  /**
   * Returns the exclusive upper bound: a {@link BigDecimal} for numbers, a {@link String} for dates and times.
   *
   * @return the bound, if set
   */
  default Optional<Object> exclusiveMaximum() {
    return Optional.ofNullable(asMap().get("exclusiveMaximum"));
  }

  /**
   * Returns the number every value must be a multiple of.
   *
   * @return the divisor, if set
   */
  default Optional<BigDecimal> multipleOf() {
    Object v = asMap().get("multipleOf");
    return v instanceof BigDecimal ? Optional.of((BigDecimal) v) : Optional.empty();
  }

  /**
   * Tells whether timestamps or times carry a time zone.
   *
   * @return the flag, if set
   */
  default Optional<Boolean> timezone() {
    Object v = asMap().get("timezone");
    return v instanceof Boolean ? Optional.of((Boolean) v) : Optional.empty();
  }

  /**
   * Returns the time zone of values that carry none (ODCS default {@code Etc/UTC}).
   *
   * @return the zone id, if set
   */
  default Optional<String> defaultTimezone() {
    return text("defaultTimezone");
  }

  /**
   * Returns the minimum number of items of an array.
   *
   * @return the count, if set
   */
  default OptionalLong minItems() {
    return whole("minItems");
  }

  /**
   * Returns the maximum number of items of an array.
   *
   * @return the count, if set
   */
  default OptionalLong maxItems() {
    return whole("maxItems");
  }

  /**
   * Tells whether the items of an array must be distinct.
   *
   * @return the flag, if set
   */
  default Optional<Boolean> uniqueItems() {
    Object v = asMap().get("uniqueItems");
    return v instanceof Boolean ? Optional.of((Boolean) v) : Optional.empty();
  }

  /**
   * Returns the minimum number of properties of an object.
   *
   * @return the count, if set
   */
  default OptionalLong minProperties() {
    return whole("minProperties");
  }

  /**
   * Returns the maximum number of properties of an object.
   *
   * @return the count, if set
   */
  default OptionalLong maxProperties() {
    return whole("maxProperties");
  }

  /**
   * Returns the names of the properties an object must have (the ODCS {@code required} option).
   *
   * @return the names, possibly empty
   */
  default List<String> requiredProperties() {
    Object v = asMap().get("required");
    return v instanceof List ? ((List<?>) v).stream().map(String::valueOf).toList() : List.of();
  }

  private Optional<String> text(String key) {
    Object v = asMap().get(key);
    return v instanceof String ? Optional.of((String) v) : Optional.empty();
  }

  private OptionalLong whole(String key) {
    Object v = asMap().get(key);
    return v instanceof Number ? OptionalLong.of(((Number) v).longValue()) : OptionalLong.empty();
  }

  /**
   * Returns options with nothing set.
   *
   * @return the empty options
   */
  static LogicalTypeOptions empty() {
    return EmptyHolder.EMPTY;
  }

  /**
   * Starts a set of options.
   *
   * @return a builder
   */
  static LogicalTypeOptionsBuilder builder() {
    return new LogicalTypeOptionsBuilder();
  }
}
