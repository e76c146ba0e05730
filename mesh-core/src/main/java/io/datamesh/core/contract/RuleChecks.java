package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Checks quality rules beyond the schema: the metric fits where the rule sits, the arguments fit the metric,
 * between bounds ascend, percentages stay within 0 to 100.
 */
final class RuleChecks {
  private static final Map<String, List<String>> ARGUMENTS = Map.of("nullValues", List.of(),
      "missingValues", List.of("missingValues"), "invalidValues", List.of("validValues", "pattern"),
      "duplicateValues", List.of("properties"), "rowCount", List.of());

  private RuleChecks() {}

  static void check(JsonNode root, Check check) {
    Walk.schemaObjects(root, (o, op) -> {
      Walk.elements(o.get("quality"), SourceMap.child(op, "quality"), (r, rp) -> rule(r, rp, o, true, check));
      Walk.properties(o, op, (p, pp) -> Walk.elements(p.get("quality"), SourceMap.child(pp, "quality"),
          (r, rp) -> rule(r, rp, o, false, check)));
    });
  }

  private static void rule(JsonNode rule, String path, JsonNode object, boolean objectLevel, Check check) {
    String metric = Walk.text(rule, "metric");
    if (ARGUMENTS.containsKey(metric)) {
      level(metric, rule, path, objectLevel, check);
      arguments(metric, rule, path, object, objectLevel, check);
    }
    bounds(rule, path, "mustBeBetween", check);
    bounds(rule, path, "mustNotBeBetween", check);
    for (String op : List.of("mustBe", "mustNotBe")) {
      if (rule.has(op) && rule.get(op).isNull()) {
        check.error("rule.null-threshold", SourceMap.child(path, op), op + " is null", "count nulls with metric"
            + " nullValues and compare the count");
      }
    }
    String unit = Walk.text(rule, "unit");
    if (!unit.isEmpty() && !unit.equals("rows") && !unit.equals("percent")) {
      check.warning("rule.unit", SourceMap.child(path, "unit"), "unit '" + unit + "' is neither rows nor percent",
          "the SDK reads any other unit as rows");
    }
  }

  private static void level(String metric, JsonNode rule, String path, boolean objectLevel, Check check) {
    boolean objectMetric = metric.equals("rowCount") || metric.equals("duplicateValues") && rule.has("arguments")
        && rule.get("arguments").has("properties");
    if (objectLevel && !objectMetric) {
      check.error("rule.level", path, "metric " + metric + " measures one property but sits on a schema object",
          metric.equals("duplicateValues") ? "name the columns in arguments.properties" : "move it to a property");
    } else if (!objectLevel && metric.equals("rowCount")) {
      check.error("rule.level", path, "metric rowCount counts the rows of a schema object but sits on a"
          + " property", "move it to the schema object");
    }
  }

  private static void arguments(String metric, JsonNode rule, String path, JsonNode object, boolean objectLevel,
      Check check) {
    JsonNode args = rule.get("arguments");
    String argsPath = SourceMap.child(path, "arguments");
    if (metric.equals("invalidValues") && (args == null || !args.has("validValues") && !args.has("pattern"))) {
      check.error("rule.arguments", path, "an invalidValues rule needs arguments.validValues or"
          + " arguments.pattern", "list the valid values, or give a pattern they match");
    }
    if (args == null || !args.isObject()) {
      return;
    }
    List<String> allowed = ARGUMENTS.get(metric);
    for (Map.Entry<String, JsonNode> e : args.properties()) {
      String key = e.getKey();
      String keyPath = SourceMap.child(argsPath, key);
      String owner = ARGUMENTS.entrySet().stream().filter(a -> a.getValue().contains(key)).map(Map.Entry::getKey)
          .findFirst().orElse("");
      if (!allowed.contains(key)) {
        if (owner.isEmpty()) {
          check.warning("rule.arguments", keyPath, "argument '" + key + "' is not an ODCS argument of " + metric,
              "the SDK ignores it");
        } else {
          check.error("rule.arguments", keyPath, "argument '" + key + "' belongs to metric " + owner + ", not "
              + metric, "use metric " + owner + ", or remove the argument");
        }
        continue;
      }
      argument(key, e.getValue(), keyPath, object, objectLevel, check);
    }
  }

  private static void argument(String key, JsonNode value, String path, JsonNode object, boolean objectLevel,
      Check check) {
    if (key.equals("pattern")) {
      if (!value.isTextual()) {
        check.error("rule.arguments", path, "pattern must be a string, found " + Json.kind(value), "");
      }
      return;
    }
    if (!value.isArray()) {
      check.error("rule.arguments", path, key + " must be a list, found " + Json.kind(value),
          "write [" + Json.abbreviate(value.toString()) + "]");
      return;
    }
    if (key.equals("properties")) {
      if (!objectLevel) {
        check.error("rule.arguments", path, "arguments.properties belongs to a rule on the schema object",
            "move the rule to the schema object, or drop properties to check this property alone");
      } else if (value.isEmpty()) {
        check.error("rule.arguments", path, "arguments.properties is empty", "name the columns of the key");
      }
      for (JsonNode n : value) {
        if (!n.isTextual() || !object.has("properties") || !hasProperty(object, n.asText())) {
          check.error("rule.arguments", path, Json.kind(n) + " is not a property of this schema object",
              "name columns of " + Walk.text(object, "name"));
        }
      }
    }
  }

  private static boolean hasProperty(JsonNode object, String name) {
    for (JsonNode p : object.get("properties")) {
      if (name.equals(Walk.text(p, "name"))) {
        return true;
      }
    }
    return false;
  }

  private static void bounds(JsonNode rule, String path, String op, Check check) {
    JsonNode v = rule.get(op);
    if (v != null && v.isArray() && v.size() == 2 && v.get(0).isNumber() && v.get(1).isNumber()) {
      BigDecimal lo = v.get(0).decimalValue();
      BigDecimal hi = v.get(1).decimalValue();
      if (lo.compareTo(hi) > 0) {
        check.error("rule.between-order", SourceMap.child(path, op), op + " bounds " + v + " descend",
            "write [" + hi.toPlainString() + ", " + lo.toPlainString() + "]: lower bound first");
      }
    }
  }
}
