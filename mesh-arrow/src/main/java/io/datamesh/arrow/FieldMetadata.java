package io.datamesh.arrow;

import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.LogicalTypeOptionsBuilder;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SchemaPropertyBuilder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the contract attributes an Arrow type cannot hold into field metadata under {@code odcs.} keys, and reads
 * them back. Lists are joined with a line feed, which no sane name contains.
 */
final class FieldMetadata {
  static final String PREFIX = "odcs.";
  static final String LOGICAL_TYPE = PREFIX + "logicalType";
  static final String OPTION = PREFIX + "option.";
  private static final Set<String> COUNTS = Set.of("minLength", "maxLength", "minItems", "maxItems",
      "minProperties", "maxProperties");
  private static final Set<String> BOUNDS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");

  private FieldMetadata() {}

  static Map<String, String> of(SchemaProperty p) {
    Map<String, String> m = new LinkedHashMap<>();
    p.logicalType().ifPresent(t -> m.put(LOGICAL_TYPE, t.text()));
    p.logicalTypeOptions().asMap().forEach((k, v) -> m.put(OPTION + k, text(v)));
    p.physicalType().ifPresent(v -> m.put(PREFIX + "physicalType", v));
    p.physicalName().ifPresent(v -> m.put(PREFIX + "physicalName", v));
    p.businessName().ifPresent(v -> m.put(PREFIX + "businessName", v));
    p.description().ifPresent(v -> m.put(PREFIX + "description", v));
    p.classification().ifPresent(v -> m.put(PREFIX + "classification", v));
    flag(m, "primaryKey", p.primaryKey());
    p.primaryKeyPosition().ifPresent(v -> m.put(PREFIX + "primaryKeyPosition", Integer.toString(v)));
    flag(m, "unique", p.unique());
    flag(m, "partitioned", p.partitioned());
    p.partitionKeyPosition().ifPresent(v -> m.put(PREFIX + "partitionKeyPosition", Integer.toString(v)));
    flag(m, "criticalDataElement", p.criticalDataElement());
    if (!p.tags().isEmpty()) {
      m.put(PREFIX + "tags", String.join("\n", p.tags()));
    }
    return m;
  }

  private static void flag(Map<String, String> m, String key, boolean value) {
    if (value) {
      m.put(PREFIX + key, "true");
    }
  }

  private static String text(Object v) {
    if (v instanceof List) {
      return String.join("\n", ((List<?>) v).stream().map(String::valueOf).toList());
    }
    return v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : String.valueOf(v);
  }

  static Optional<LogicalType> logicalType(Map<String, String> m) {
    return Optional.ofNullable(m.get(LOGICAL_TYPE)).flatMap(LogicalType::find);
  }

  static LogicalTypeOptions options(Map<String, String> m, LogicalType type) {
    LogicalTypeOptionsBuilder b = LogicalTypeOptions.builder();
    m.forEach((k, v) -> {
      if (k.startsWith(OPTION)) {
        option(b, k.substring(OPTION.length()), v, type);
      }
    });
    return b.build();
  }

  private static void option(LogicalTypeOptionsBuilder b, String key, String v, LogicalType type) {
    boolean numeric = type == LogicalType.INTEGER || type == LogicalType.NUMBER;
    if (COUNTS.contains(key)) {
      setCount(b, key, Long.parseLong(v));
    } else if (BOUNDS.contains(key)) {
      setBound(b, key, numeric ? new BigDecimal(v) : v);
    } else if (key.equals("multipleOf")) {
      b.setMultipleOf(new BigDecimal(v));
    } else if (key.equals("timezone")) {
      b.setTimezone(Boolean.parseBoolean(v));
    } else if (key.equals("uniqueItems")) {
      b.setUniqueItems(Boolean.parseBoolean(v));
    } else if (key.equals("required")) {
      b.setRequiredProperties(Arrays.asList(v.split("\n", -1)));
    } else if (key.equals("format")) {
      b.setFormat(v);
    } else if (key.equals("pattern")) {
      b.setPattern(v);
    } else if (key.equals("defaultTimezone")) {
      b.setDefaultTimezone(v);
    }
  }

  private static void setCount(LogicalTypeOptionsBuilder b, String key, long v) {
    switch (key) {
      case "minLength" -> b.setMinLength(v);
      case "maxLength" -> b.setMaxLength(v);
      case "minItems" -> b.setMinItems(v);
      case "maxItems" -> b.setMaxItems(v);
      case "minProperties" -> b.setMinProperties(v);
      default -> b.setMaxProperties(v);
    }
  }

  private static void setBound(LogicalTypeOptionsBuilder b, String key, Object v) {
    switch (key) {
      case "minimum" -> b.setMinimum(v);
      case "maximum" -> b.setMaximum(v);
      case "exclusiveMinimum" -> b.setExclusiveMinimum(v);
      default -> b.setExclusiveMaximum(v);
    }
  }

  /** Copies the descriptive attributes (everything but the type, its options and {@code required}). */
  static void describe(SchemaPropertyBuilder b, Map<String, String> m) {
    get(m, "physicalType").ifPresent(b::setPhysicalType);
    get(m, "physicalName").ifPresent(b::setPhysicalName);
    get(m, "businessName").ifPresent(b::setBusinessName);
    get(m, "description").ifPresent(b::setDescription);
    get(m, "classification").ifPresent(b::setClassification);
    get(m, "primaryKey").ifPresent(v -> b.setPrimaryKey(Boolean.parseBoolean(v)));
    get(m, "primaryKeyPosition").ifPresent(v -> b.setPrimaryKeyPosition(Integer.parseInt(v)));
    get(m, "unique").ifPresent(v -> b.setUnique(Boolean.parseBoolean(v)));
    get(m, "partitioned").ifPresent(v -> b.setPartitioned(Boolean.parseBoolean(v)));
    get(m, "partitionKeyPosition").ifPresent(v -> b.setPartitionKeyPosition(Integer.parseInt(v)));
    get(m, "criticalDataElement").ifPresent(v -> b.setCriticalDataElement(Boolean.parseBoolean(v)));
    get(m, "tags").ifPresent(v -> Arrays.stream(v.split("\n", -1)).forEach(b::addTag));
  }

  private static Optional<String> get(Map<String, String> m, String key) {
    return Optional.ofNullable(m.get(PREFIX + key));
  }
}
