package io.datamesh.api.contract;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Copies plain Java values (the JSON data model) into immutable form: every number becomes a {@link BigDecimal}
 * so that {@code 1}, {@code 1L} and {@code 1.0} compare equal, lists and maps are unmodifiable copies.
 */
final class Values {
  private Values() {}

  static @Nullable Object copy(@Nullable Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number) {
      return number((Number) value);
    }
    if (value instanceof List) {
      List<@Nullable Object> out = new ArrayList<>();
      for (Object o : (List<?>) value) {
        out.add(copy(o));
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Map) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException("map keys must be strings, got '" + e.getKey() + "'");
        }
        out.put((String) e.getKey(), copy(e.getValue()));
      }
      return Collections.unmodifiableMap(out);
    }
    if (value instanceof CharSequence) {
      return value.toString();
    }
    throw new IllegalArgumentException("not a plain JSON value (string, number, boolean, list, map): '" + value
        + "' of " + value.getClass().getName());
  }

  static BigDecimal number(Number n) {
    if (n instanceof BigDecimal) {
      return canonical((BigDecimal) n);
    }
    if (n instanceof BigInteger) {
      return new BigDecimal((BigInteger) n);
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("numbers must be finite, got '" + n + "'");
      }
      return canonical(new BigDecimal(Double.toString(d)));
    }
    return BigDecimal.valueOf(n.longValue());
  }

  /** Gives equal numbers one representation (1.0, 1.00 and 1 are all 1; 1E+6 is 1000000), so equals works. */
  static BigDecimal canonical(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  @SuppressWarnings("unchecked")
  static List<@Nullable Object> list(@Nullable Object value) {
    return value instanceof List ? (List<@Nullable Object>) value : List.of();
  }
}
