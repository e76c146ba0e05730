package io.datamesh.core.quality;

import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.arrow.quality.Condition;
import io.datamesh.arrow.quality.StringFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** The parts of a contract rule the {@link CheckCompiler} names and builds: check types and conditions. */
final class RuleParts {
  private RuleParts() {}

  /** The logicalTypeOptions set on a property, each with its check type. */
  static Map<String, String> optionTypes(LogicalTypeOptions o) {
    Map<String, String> t = new LinkedHashMap<>();
    o.minLength().ifPresent(x -> t.put("minLength", "field_min_length"));
    o.maxLength().ifPresent(x -> t.put("maxLength", "field_max_length"));
    o.pattern().ifPresent(x -> t.put("pattern", "field_regex"));
    o.format().flatMap(StringFormat::find).ifPresent(x -> t.put("format", "field_format"));
    o.minimum().ifPresent(x -> t.put("minimum", "field_minimum"));
    o.maximum().ifPresent(x -> t.put("maximum", "field_maximum"));
    o.exclusiveMinimum().ifPresent(x -> t.put("exclusiveMinimum", "field_exclusive_minimum"));
    o.exclusiveMaximum().ifPresent(x -> t.put("exclusiveMaximum", "field_exclusive_maximum"));
    o.multipleOf().ifPresent(x -> t.put("multipleOf", "field_multiple_of"));
    o.minItems().ifPresent(x -> t.put("minItems", "field_min_items"));
    o.maxItems().ifPresent(x -> t.put("maxItems", "field_max_items"));
    return t;
  }

  /** The check type of a library metric: {@code field_null_values}, {@code row_count}, … */
  static String checkType(QualityMetric m) {
    String metric = m.text().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    return m == QualityMetric.ROW_COUNT ? metric : "field_" + metric;
  }

  /** The report type of a quality rule: its metric, or {@code quality}. */
  static String typeOf(QualityRule r) {
    return r.metric().map(m -> m.text()).orElse("quality");
  }

  /** The condition of an {@code invalidValues} rule: its validValues and/or pattern. */
  static Condition invalidValues(String col, QualityRule r) {
    List<Condition> parts = new ArrayList<>();
    if (!r.validValues().isEmpty()) {
      parts.add(Condition.validValues(col, r.validValues()));
    }
    r.pattern().ifPresent(p -> parts.add(Condition.pattern(col, p)));
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("invalidValues on '" + col + "' needs arguments.validValues or"
          + " arguments.pattern");
    }
    return parts.size() == 1 ? parts.get(0) : Condition.anyOf(parts);
  }

  /**
   * Why a nested property cannot be checked by its path, if it cannot: a name with '.' or "[]" breaks the path
   * apart, and a path that is also a top-level property's name would address that column instead.
   */
  static Optional<String> unaddressable(SchemaObject object, String name, String path) {
    if (name.contains(".") || name.contains("[]")) {
      return Optional.of("the property name '" + name + "' contains '.' or '[]', which the path '" + path
          + "' cannot address: rename it; its checks were not evaluated");
    }
    if (object.property(path).isPresent()) {
      return Optional.of("the nested path '" + path + "' is also the name of a top-level property of "
          + object.name() + ": rename one so each check addresses one column; the nested checks were not evaluated");
    }
    return Optional.empty();
  }

  /** A check a logicalTypeOptions entry implies: its check type, the option's name and how to build it. */
  record OptionCheck(String type, String rule, Supplier<Condition> condition) {}

  /** The row checks a property's logicalTypeOptions imply, in a stable order. */
  static List<OptionCheck> optionChecks(String col, LogicalTypeOptions o) {
    List<OptionCheck> out = new ArrayList<>();
    if (o.minLength().isPresent()) {
      out.add(new OptionCheck("field_min_length", "minLength",
          () -> Condition.length(col, o.minLength(), OptionalLong.empty())));
    }
    if (o.maxLength().isPresent()) {
      out.add(new OptionCheck("field_max_length", "maxLength",
          () -> Condition.length(col, OptionalLong.empty(), o.maxLength())));
    }
    o.pattern().ifPresent(p -> out.add(new OptionCheck("field_regex", "pattern", () -> Condition.pattern(col, p))));
    o.format().flatMap(StringFormat::find).ifPresent(f ->
        out.add(new OptionCheck("field_format", "format", () -> Condition.format(col, f))));
    o.minimum().ifPresent(b ->
        out.add(new OptionCheck("field_minimum", "minimum", () -> Condition.atLeast(col, b, true))));
    o.maximum().ifPresent(b ->
        out.add(new OptionCheck("field_maximum", "maximum", () -> Condition.atMost(col, b, true))));
    o.exclusiveMinimum().ifPresent(b -> out.add(new OptionCheck("field_exclusive_minimum", "exclusiveMinimum",
        () -> Condition.atLeast(col, b, false))));
    o.exclusiveMaximum().ifPresent(b -> out.add(new OptionCheck("field_exclusive_maximum", "exclusiveMaximum",
        () -> Condition.atMost(col, b, false))));
    o.multipleOf().ifPresent(d ->
        out.add(new OptionCheck("field_multiple_of", "multipleOf", () -> Condition.multipleOf(col, d))));
    if (o.minItems().isPresent()) {
      out.add(new OptionCheck("field_min_items", "minItems",
          () -> Condition.items(col, o.minItems(), OptionalLong.empty())));
    }
    if (o.maxItems().isPresent()) {
      out.add(new OptionCheck("field_max_items", "maxItems",
          () -> Condition.items(col, OptionalLong.empty(), o.maxItems())));
    }
    return out;
  }

  /** The column (or dotted path) of an SLA element {@code table.column}; empty if it names another table. */
  static Optional<String> slaColumn(SchemaObject object, String element) {
    if (element.indexOf('.') < 0) {
      return Optional.of(element);
    }
    for (String table : List.of(object.name(), object.physicalName().orElse(object.name()))) {
      if (element.startsWith(table + ".")) {
        return Optional.of(element.substring(table.length() + 1));
      }
    }
    return Optional.empty();
  }
}
