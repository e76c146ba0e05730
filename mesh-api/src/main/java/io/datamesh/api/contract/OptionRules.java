package io.datamesh.api.contract;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Which {@code logicalTypeOptions} fit which logical type (ODCS v3.1.0, {@code SchemaBaseProperty}). */
final class OptionRules {
  private static final Set<String> BOUNDS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");
  private static final Set<String> INTEGER_FORMATS =
      Set.of("i8", "i16", "i32", "i64", "i128", "u8", "u16", "u32", "u64", "u128");
  private static final Set<String> NUMBER_FORMATS = Set.of("f32", "f64");
  private static final Map<LogicalType, Set<String>> KEYS = new EnumMap<>(LogicalType.class);

  static {
    KEYS.put(LogicalType.STRING, Set.of("minLength", "maxLength", "pattern", "format"));
    Set<String> date = Set.of("format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");
    KEYS.put(LogicalType.DATE, date);
    Set<String> time = Set.of("format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "timezone",
        "defaultTimezone");
    KEYS.put(LogicalType.TIMESTAMP, time);
    KEYS.put(LogicalType.TIME, time);
    Set<String> numeric = Set.of("multipleOf", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "format");
    KEYS.put(LogicalType.INTEGER, numeric);
    KEYS.put(LogicalType.NUMBER, numeric);
    KEYS.put(LogicalType.OBJECT, Set.of("minProperties", "maxProperties", "required"));
    KEYS.put(LogicalType.ARRAY, Set.of("minItems", "maxItems", "uniqueItems"));
    KEYS.put(LogicalType.BOOLEAN, Set.of());
  }

  private OptionRules() {}

  static void check(String property, LogicalType type, LogicalTypeOptions options) {
    Set<String> allowed = KEYS.get(type);
    for (Map.Entry<String, Object> e : options.asMap().entrySet()) {
      String key = e.getKey();
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException("property '" + property + "': option '" + key + "' does not apply to "
            + type.text() + " (allowed: " + allowed + ")");
      }
      if (BOUNDS.contains(key)) {
        boolean numeric = type == LogicalType.INTEGER || type == LogicalType.NUMBER;
        if (numeric != (e.getValue() instanceof BigDecimal)) {
          throw new IllegalArgumentException("property '" + property + "': " + key + " of a " + type.text()
              + " must be " + (numeric ? "a number" : "a date/time text") + ", got '" + e.getValue() + "'");
        }
      }
    }
    options.format().ifPresent(f -> checkFormat(property, type, f));
  }

  private static void checkFormat(String property, LogicalType type, String format) {
    Set<String> formats = type == LogicalType.INTEGER ? INTEGER_FORMATS
        : type == LogicalType.NUMBER ? NUMBER_FORMATS : null;
    if (formats != null && !formats.contains(format)) {
      throw new IllegalArgumentException("property '" + property + "': format '" + format + "' is not a "
          + type.text() + " format (one of " + formats + ")");
    }
  }
}
