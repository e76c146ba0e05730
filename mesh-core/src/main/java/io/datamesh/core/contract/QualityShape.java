package io.datamesh.core.contract;

import static io.datamesh.core.contract.Shapes.array;
import static io.datamesh.core.contract.Shapes.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quality rule (ODCS {@code DataQuality}). A rule with {@code type: library} or a {@code metric} is a library
 * rule, {@code type: sql} an SQL rule, {@code type: custom} a rule for another engine. Library and SQL rules take
 * exactly one operator. Problems with the metric, the query, the engine or the operators are reported at the
 * rule, where the standard's {@code oneOf} puts them.
 */
final class QualityShape implements Shape {
  static final QualityShape INSTANCE = new QualityShape();
  static final List<String> METRICS =
      List.of("nullValues", "missingValues", "invalidValues", "duplicateValues", "rowCount");
  static final List<String> OPERATORS = List.of("mustBe", "mustNotBe", "mustBeGreaterThan",
      "mustBeGreaterOrEqualTo", "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween");
  private static final Map<String, Shape> BASE = new LinkedHashMap<>();

  static {
    BASE.put("id", CommonShapes.STABLE_ID);
    BASE.put("authoritativeDefinitions", CommonShapes.AUTHORITATIVE_DEFINITIONS);
    BASE.put("businessImpact", string());
    BASE.put("customProperties", array(CommonShapes.CUSTOM_PROPERTY));
    BASE.put("description", string());
    BASE.put("dimension", Shapes.oneOf("ODCS names seven dimensions; abbreviations such as cp are not accepted",
        "accuracy", "completeness", "conformity", "consistency", "coverage", "timeliness", "uniqueness"));
    BASE.put("method", string());
    BASE.put("name", string());
    BASE.put("schedule", string());
    BASE.put("scheduler", string());
    BASE.put("severity", string());
    BASE.put("tags", CommonShapes.TAGS);
    BASE.put("type", Shapes.oneOf("", "text", "library", "sql", "custom"));
    BASE.put("unit", string());
  }

  private static final List<String> KNOWN = known();

  private QualityShape() {}

  private static List<String> known() {
    List<String> known = new ArrayList<>(BASE.keySet());
    known.addAll(List.of("metric", "rule", "arguments", "query", "engine", "implementation"));
    known.addAll(OPERATORS);
    return List.copyOf(known);
  }

  @Override
  public void check(JsonNode node, String path, Check check) {
    if (!node.isObject()) {
      check.error("schema.type", path, "expected a quality rule (a mapping), found " + Json.kind(node), "");
      return;
    }
    JsonNode type = node.get("type");
    String t = type != null && type.isTextual() ? type.asText() : "";
    JsonNode metric = node.get("metric");
    boolean library = t.equals("library") || metric != null && metric.isTextual();
    boolean sql = t.equals("sql");
    boolean custom = t.equals("custom");
    Map<String, Shape> fields = new LinkedHashMap<>(BASE);
    List<String> branchKeys = new ArrayList<>();
    if (library) {
      branchKeys.addAll(List.of("metric", "rule", "arguments"));
      library(node, path, check);
    }
    if (sql) {
      branchKeys.add("query");
      QualityParts.required(node, path, check, "query", "an sql rule", "write the SQL whose result is compared");
      QualityParts.text(node, path, check, "query");
    }
    if (custom) {
      branchKeys.addAll(List.of("engine", "implementation"));
      QualityParts.custom(node, path, check);
    }
    if (library || sql) {
      branchKeys.addAll(OPERATORS);
      QualityParts.operators(node, path, check, library ? "a library rule" : "an sql rule");
    }
    branchKeys.forEach(k -> fields.put(k, Shapes.any()));
    unknownBranchKeys(node, path, check, fields, library, sql, custom);
    ObjectShape.members(node, path, check, fields, List.of(), false, "a quality rule");
  }

  private static void library(JsonNode node, String path, Check check) {
    JsonNode metric = node.get("metric");
    if (metric == null) {
      check.error("schema.required", path, "a library rule needs a metric", "add metric: one of "
          + String.join(", ", METRICS));
    } else if (!metric.isTextual() || !METRICS.contains(metric.asText())) {
      String near = metric.isTextual() ? Suggest.closest(metric.asText(), METRICS) : "";
      check.error("schema.enum", path, "metric " + (metric.isTextual() ? "'" + Json.abbreviate(metric.asText())
          + "'" : Json.kind(metric)) + " is not one of " + String.join(", ",
          METRICS), near.isEmpty() ? "nulls are nullValues, uniqueness is duplicateValues, allowed values are"
          + " invalidValues with validValues" : "did you mean '" + near + "'?");
    }
    JsonNode rule = node.get("rule");
    if (rule != null && !rule.isTextual()) {
      check.error("schema.type", SourceMap.child(path, "rule"), "expected a string, found " + Json.kind(rule), "");
    }
    JsonNode arguments = node.get("arguments");
    if (arguments != null && !arguments.isObject()) {
      check.error("schema.type", SourceMap.child(path, "arguments"), "expected a mapping of arguments, found "
          + Json.kind(arguments), "");
    }
  }

  private static void unknownBranchKeys(JsonNode node, String path, Check check, Map<String, Shape> fields,
      boolean library, boolean sql, boolean custom) {
    for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext();) {
      String name = names.next();
      if (fields.containsKey(name)) {
        continue;
      }
      if (OPERATORS.contains(name)) {
        check.errorAtKey("schema.unknown-key", path, name, "'" + name + "' applies to library and sql rules only",
            "add a metric, or type: sql with a query; a " + (custom ? "custom" : "text") + " rule has no operator");
      } else if (KNOWN.contains(name)) {
        check.errorAtKey("schema.unknown-key", path, name, "'" + name + "' does not apply to this rule",
            name.equals("query") ? "set type: sql" : name.equals("engine") || name.equals("implementation")
                ? "set type: custom" : name.equals("metric") ? "metric names a library metric as a string"
                : "set a metric (library rule)");
      } else {
        ObjectShape.unknown(check, path, name, KNOWN, "a quality rule");
      }
    }
  }
}
