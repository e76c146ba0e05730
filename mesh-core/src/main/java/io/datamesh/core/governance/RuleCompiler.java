package io.datamesh.core.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.datamesh.api.MeshException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Compiles the YAML form of a rule into a {@link Rule}; every error names file:line and the policy id. */
final class RuleCompiler {
  static final int MAX_RULE_DEPTH = 32;
  static final String OPERATORS = "exists, equals, in, matches, count, min, max, all, any, not";
  private static final int MAX_PATTERN = 1000;

  private final YamlDoc doc;
  private final String policyId;

  RuleCompiler(YamlDoc doc, String policyId) {
    this.doc = doc;
    this.policyId = policyId;
  }

  Rule compile(JsonNode node, int line, int depth) {
    if (depth > MAX_RULE_DEPTH) {
      throw error(line, "the rule nests deeper than " + MAX_RULE_DEPTH + " operators; split it into policies");
    }
    if (!node.isObject() || node.size() != 1) {
      throw error(line, "a rule is a mapping with exactly one operator (" + OPERATORS + "), got "
          + Values.show(node));
    }
    String op = node.fieldNames().next();
    JsonNode arg = node.get(op);
    int at = doc.line(node, op);
    switch (op) {
      case "exists": return new LeafRules.Exists(path(text(arg, at, "exists"), at));
      case "equals": return equalsRule(arg, at);
      case "in": return inRule(arg, at);
      case "matches": return matchesRule(arg, at);
      case "count": return countRule(arg, at);
      case "min": return bound(arg, at, true);
      case "max": return bound(arg, at, false);
      case "all": case "any": return combine(op, arg, at, depth);
      case "not": return new Combinators.Not(compile(arg, at, depth + 1), Values.show(arg));
      default: throw error(at, "unknown operator '" + op + "'; expected one of " + OPERATORS);
    }
  }

  private Rule equalsRule(JsonNode arg, int line) {
    keys(arg, line, "equals", Set.of("path", "value"), Set.of("path", "value"));
    return new LeafRules.Equals(path(text(arg.get("path"), line, "equals.path"), line), arg.get("value"));
  }

  private Rule inRule(JsonNode arg, int line) {
    keys(arg, line, "in", Set.of("path", "values"), Set.of("path", "values"));
    JsonNode values = arg.get("values");
    PathExpr p = path(text(arg.get("path"), line, "in.path"), line);
    if (values.isTextual() && values.asText().equals("$taxonomy")) {
      return new LeafRules.In(p, Optional.empty());
    }
    if (!values.isArray() || values.isEmpty()) {
      throw error(line, "'in.values' must be a non-empty list or the word $taxonomy, got " + Values.show(values));
    }
    List<JsonNode> list = new ArrayList<>();
    values.forEach(list::add);
    return new LeafRules.In(p, Optional.of(List.copyOf(list)));
  }

  private Rule matchesRule(JsonNode arg, int line) {
    keys(arg, line, "matches", Set.of("path", "pattern"), Set.of("path", "pattern"));
    String regex = text(arg.get("pattern"), line, "matches.pattern");
    if (regex.length() > MAX_PATTERN) {
      throw error(line, "the pattern is longer than " + MAX_PATTERN + " characters");
    }
    try {
      return new LeafRules.Matches(path(text(arg.get("path"), line, "matches.path"), line), Pattern.compile(regex));
    } catch (PatternSyntaxException e) {
      throw error(line, "bad regular expression /" + regex + "/: " + e.getDescription()
          + "; patterns use RE2 syntax (no look-around or back-references)");
    }
  }

  private Rule countRule(JsonNode arg, int line) {
    keys(arg, line, "count", Set.of("select", "min", "max"), Set.of("select"));
    long min = arg.has("min") ? natural(arg.get("min"), line, "count.min") : 0;
    long max = arg.has("max") ? natural(arg.get("max"), line, "count.max") : Long.MAX_VALUE;
    if (!arg.has("min") && !arg.has("max")) {
      throw error(line, "'count' needs 'min', 'max' or both");
    }
    if (min > max) {
      throw error(line, "'count' has min " + min + " above max " + max);
    }
    return new LeafRules.Count(path(text(arg.get("select"), line, "count.select"), line), min, max);
  }

  private Rule bound(JsonNode arg, int line, boolean isMin) {
    String op = isMin ? "min" : "max";
    keys(arg, line, op, Set.of("path", "value"), Set.of("path", "value"));
    if (!arg.get("value").isNumber()) {
      throw error(line, "'" + op + ".value' must be a number, got " + Values.show(arg.get("value")));
    }
    BigDecimal v = arg.get("value").decimalValue();
    return new LeafRules.Bound(path(text(arg.get("path"), line, op + ".path"), line), v, isMin);
  }

  private Rule combine(String op, JsonNode arg, int line, int depth) {
    if (arg.isArray()) {
      if (arg.isEmpty()) {
        throw error(line, "'" + op + "' needs at least one rule");
      }
      List<Rule> rules = new ArrayList<>();
      for (JsonNode r : arg) {
        rules.add(compile(r, r.isContainerNode() ? doc.line(r) : line, depth + 1));
      }
      return op.equals("all") ? new Combinators.AllOf(rules) : new Combinators.AnyOf(rules);
    }
    keys(arg, line, op, Set.of("select", "where", "require"), Set.of("select", "require"));
    PathExpr select = path(text(arg.get("select"), line, op + ".select"), line);
    Optional<Rule> where = arg.has("where")
        ? Optional.of(compile(arg.get("where"), doc.line(arg, "where"), depth + 1)) : Optional.empty();
    Rule require = compile(arg.get("require"), doc.line(arg, "require"), depth + 1);
    return op.equals("all") ? new Combinators.ForAll(select, where, require)
        : new Combinators.ForSome(select, where, require);
  }

  private void keys(JsonNode arg, int line, String op, Set<String> allowed, Set<String> required) {
    if (!arg.isObject()) {
      throw error(line, "'" + op + "' takes a mapping with " + allowed + ", got " + Values.show(arg));
    }
    arg.fieldNames().forEachRemaining(k -> {
      if (!allowed.contains(k)) {
        throw error(doc.line(arg, k), "unknown key '" + k + "' in '" + op + "'; expected " + allowed);
      }
    });
    for (String k : required) {
      if (!arg.has(k)) {
        throw error(line, "'" + op + "' needs '" + k + "'");
      }
    }
  }

  private String text(JsonNode n, int line, String what) {
    if (!n.isTextual()) {
      throw error(line, "'" + what + "' must be text, got " + Values.show(n));
    }
    return n.asText();
  }

  private long natural(JsonNode n, int line, String what) {
    if (!n.canConvertToLong() || !n.isIntegralNumber() || n.asLong() < 0) {
      throw error(line, "'" + what + "' must be a whole number of 0 or more, got " + Values.show(n));
    }
    return n.asLong();
  }

  private PathExpr path(String text, int line) {
    try {
      return PathExpr.parse(text);
    } catch (IllegalArgumentException e) {
      throw error(line, "bad select " + e.getMessage());
    }
  }

  private MeshException error(int line, String message) {
    return doc.error(line, "policy '" + policyId + "': " + message);
  }
}
