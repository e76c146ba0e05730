package io.datamesh.core.quality;

import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.arrow.quality.Condition;
import io.datamesh.arrow.quality.StringFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
}
