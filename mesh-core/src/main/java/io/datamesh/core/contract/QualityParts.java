package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The checks of a quality rule's branches: operators (exactly one), SQL query, custom engine. */
final class QualityParts {
  private QualityParts() {}

  static void required(JsonNode node, String path, Check check, String key, String what, String hint) {
    if (!node.has(key)) {
      check.error("schema.required", path, what + " needs '" + key + "'", hint);
    }
  }

  static void text(JsonNode node, String path, Check check, String key) {
    JsonNode v = node.get(key);
    if (v != null && !v.isTextual()) {
      check.error("schema.type", path, key + " must be a string, found " + Json.kind(v), "");
    }
  }

  static void custom(JsonNode node, String path, Check check) {
    required(node, path, check, "engine", "a custom rule", "name the engine, such as soda");
    required(node, path, check, "implementation", "a custom rule", "give the engine's rule as text or a mapping");
    text(node, path, check, "engine");
    JsonNode impl = node.get("implementation");
    if (impl != null && !impl.isTextual() && !impl.isObject()) {
      check.error("schema.type", SourceMap.child(path, "implementation"), "expected text or a mapping, found "
          + Json.kind(impl), "");
    }
  }

  /** Exactly one operator with a value of the right type (ODCS {@code DataQualityOperators}, a oneOf). */
  static void operators(JsonNode node, String path, Check check, String what) {
    List<String> present = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (String op : QualityShape.OPERATORS) {
      JsonNode v = node.get(op);
      if (v != null) {
        present.add(op);
        String problem = problem(op, v);
        if (!problem.isEmpty()) {
          bad.add(problem);
        }
      }
    }
    if (present.isEmpty()) {
      check.error("rule.operator-count", path, what + " needs exactly one operator, it has none",
          "add one of " + String.join(", ", QualityShape.OPERATORS));
    } else if (present.size() > 1) {
      check.error("rule.operator-count", path, what + " has " + present.size() + " operators (" + String.join(", ",
          present) + "); ODCS allows exactly one per rule", "split it into one rule per operator, or use"
          + " mustBeBetween for a range");
    }
    for (String b : bad) {
      check.error("rule.operator-type", path, b, "");
    }
  }

  private static String problem(String op, JsonNode v) {
    if (op.equals("mustBe") || op.equals("mustNotBe")) {
      return "";
    }
    if (!op.endsWith("Between")) {
      return v.isNumber() ? "" : op + " must be a number, found " + Json.kind(v);
    }
    if (!v.isArray() || v.size() != 2) {
      return op + " must be a list of two numbers [lower, upper], found " + Json.kind(v)
          + (v.isArray() ? " of " + v.size() : "");
    }
    if (!v.get(0).isNumber() || !v.get(1).isNumber()) {
      return op + " must hold two numbers, found " + v;
    }
    if (new HashSet<>(List.of(v.get(0).decimalValue().stripTrailingZeros(),
        v.get(1).decimalValue().stripTrailingZeros())).size() < 2) {
      return op + " bounds must differ, found " + v;
    }
    return "";
  }
}
