package io.datamesh.api.contract;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds {@link LogicalTypeOptions}; obtain one from {@link LogicalTypeOptions#builder()}. Whether the options fit
 * the property's logical type is checked when the property is built.
 */
public final class LogicalTypeOptionsBuilder {
  private final Map<String, Object> options = new LinkedHashMap<>();

  LogicalTypeOptionsBuilder() {}

  /**
   * Sets the format ({@code i8 … u128}, {@code f32}, {@code f64}, {@code email}, a date pattern, …).
   *
   * @param format the format
   * @return this builder
   */
  public LogicalTypeOptionsBuilder setFormat(String format) {
    return put("format", Texts.nonBlank("format", format));
  }

  /**
   * Sets the minimum length of a string.
   *
   * @param length a length, 0 or more
   * @return this builder
   * @throws IllegalArgumentException if the length is negative
   */
  public LogicalTypeOptionsBuilder setMinLength(long length) {
    return put("minLength", count("minLength", length));
  }

  /**
   * Sets the maximum length of a string.
   *
   * @param length a length, 0 or more
   * @return this builder
   * @throws IllegalArgumentException if the length is negative
   */
  public LogicalTypeOptionsBuilder setMaxLength(long length) {
    return put("maxLength", count("maxLength", length));
  }

  /**
   * Sets the ECMA-262 regular expression a string must match.
   *
   * @param pattern the pattern
   * @return this builder
   */
  public LogicalTypeOptionsBuilder setPattern(String pattern) {
    return put("pattern", Objects.requireNonNull(pattern, "pattern"));
  }

  /**
   * Sets the inclusive lower bound.
   *
   * @param minimum a number, or an ISO text for dates and times
   * @return this builder
   */
  public LogicalTypeOptionsBuilder setMinimum(Object minimum) {
    return put("minimum", bound("minimum", minimum));
  }

  /**
   * Sets the inclusive upper bound.
   *
   * @param maximum a number, or an ISO text for dates and times
   * @return this builder
   */
  public LogicalTypeOptionsBuilder setMaximum(Object maximum) {
    return put("maximum", bound("maximum", maximum));
  }

  /**
   * Sets the exclusive lower bound.
   *
   * @param minimum a number, or an ISO text for dates and times
   * @return this builder
   */
  public LogicalTypeOptionsBuilder setExclusiveMinimum(Object minimum) {
    return put("exclusiveMinimum", bound("exclusiveMinimum", minimum));
  }

  /**
   * Sets the exclusive upper bound.
   *
   * @param maximum a number, or an ISO text for dates and times
   * @return this builder
   */
  public LogicalTypeOptionsBuilder setExclusiveMaximum(Object maximum) {
    return put("exclusiveMaximum", bound("exclusiveMaximum", maximum));
  }

  /**
   * Sets the number every value must be a multiple of.
   *
   * @param divisor a positive number
   * @return this builder
   * @throws IllegalArgumentException if the divisor is not positive
   */
  public LogicalTypeOptionsBuilder setMultipleOf(Number divisor) {
    var d = Values.number(Objects.requireNonNull(divisor, "divisor"));
    if (d.signum() <= 0) {
      throw new IllegalArgumentException("multipleOf must be positive, got '" + divisor + "'");
    }
    return put("multipleOf", d);
  }

  /**
   * Says whether timestamps or times carry a time zone.
   *
   * @param timezone the flag
   * @return this builder
   */
  public LogicalTypeOptionsBuilder setTimezone(boolean timezone) {
    return put("timezone", timezone);
  }

  /**
   * Sets the time zone of values that carry none.
   *
   * @param zone a zone id such as {@code Etc/UTC} or {@code Europe/Paris}
   * @return this builder
   * @throws IllegalArgumentException if the zone id is unknown
   */
  public LogicalTypeOptionsBuilder setDefaultTimezone(String zone) {
    try {
      ZoneId.of(Objects.requireNonNull(zone, "zone"));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("unknown time zone '" + zone + "': use an id such as Etc/UTC", e);
    }
    return put("defaultTimezone", zone);
  }

  /**
   * Sets the minimum number of items of an array.
   *
   * @param count 0 or more
   * @return this builder
   * @throws IllegalArgumentException if the count is negative
   */
  public LogicalTypeOptionsBuilder setMinItems(long count) {
    return put("minItems", count("minItems", count));
  }

  /**
   * Sets the maximum number of items of an array.
   *
   * @param count 0 or more
   * @return this builder
   * @throws IllegalArgumentException if the count is negative
   */
  public LogicalTypeOptionsBuilder setMaxItems(long count) {
    return put("maxItems", count("maxItems", count));
  }

  /**
   * Says whether the items of an array must be distinct.
   *
   * @param unique the flag
   * @return this builder
   */
  public LogicalTypeOptionsBuilder setUniqueItems(boolean unique) {
    return put("uniqueItems", unique);
  }

  /**
   * Sets the minimum number of properties of an object.
   *
   * @param count 0 or more
   * @return this builder
   * @throws IllegalArgumentException if the count is negative
   */
  public LogicalTypeOptionsBuilder setMinProperties(long count) {
    return put("minProperties", count("minProperties", count));
  }

  /**
   * Sets the maximum number of properties of an object.
   *
   * @param count 0 or more
   * @return this builder
   * @throws IllegalArgumentException if the count is negative
   */
  public LogicalTypeOptionsBuilder setMaxProperties(long count) {
    return put("maxProperties", count("maxProperties", count));
  }

  /**
   * Sets the names of the properties an object must have.
   *
   * @param names at least one name, no duplicates
   * @return this builder
   * @throws IllegalArgumentException if the list is empty or has a duplicate
   */
  public LogicalTypeOptionsBuilder setRequiredProperties(List<String> names) {
    if (names.isEmpty() || names.stream().distinct().count() != names.size()) {
      throw new IllegalArgumentException("required needs at least one name and no duplicates, got " + names);
    }
    return put("required", List.copyOf(names));
  }

  /**
   * Builds the options.
   *
   * @return the options
   * @throws IllegalArgumentException if a minimum is above its maximum
   */
  public LogicalTypeOptions build() {
    order("minLength", "maxLength");
    order("minItems", "maxItems");
    order("minProperties", "maxProperties");
    return options.isEmpty() ? LogicalTypeOptions.empty()
        : new LogicalTypeOptionsRecord(Collections.unmodifiableMap(new LinkedHashMap<>(options)));
  }

  private void order(String min, String max) {
    Object lo = options.get(min);
    Object hi = options.get(max);
    if (lo != null && hi != null && ((Number) lo).longValue() > ((Number) hi).longValue()) {
      throw new IllegalArgumentException(min + " " + lo + " is above " + max + " " + hi);
    }
  }

  private LogicalTypeOptionsBuilder put(String key, Object value) {
    options.put(key, value);
    return this;
  }

  private static Object bound(String what, Object value) {
    Objects.requireNonNull(value, what);
    if (value instanceof Number) {
      return Values.number((Number) value);
    }
    if (value instanceof String) {
      return value;
    }
    throw new IllegalArgumentException(what + " must be a number or a date/time text, got '" + value + "'");
  }

  private static Long count(String what, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must be 0 or more, got " + value);
    }
    return value;
  }
}
