package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Upgrades the v3.0 constructs that v3.1.0 changed, in place, with a warning per change: the {@code team} list
 * becomes a team object, boolean {@code exclusiveMinimum/exclusiveMaximum} become the bound itself, and a library
 * rule's {@code rule} becomes {@code metric}. A document that needs no change keeps its {@code apiVersion}, so it
 * writes back unchanged; one that changed is declared {@code v3.1.0}.
 */
final class Upgrader {
  private static final Map<String, String> RULES = Map.of("nullCheck", "nullValues", "duplicateCount",
      "duplicateValues", "rowCount", "rowCount", "nullValues", "nullValues", "missingValues", "missingValues",
      "invalidValues", "invalidValues", "duplicateValues", "duplicateValues");

  private final ObjectNode root;
  private final SourceMap map;
  private final List<Problem> changes = new ArrayList<>();

  private Upgrader(ObjectNode root, SourceMap map) {
    this.root = root;
    this.map = map;
  }

  static List<Problem> upgrade(ObjectNode root, SourceMap map) {
    if (!ApiVersions.isV30(root)) {
      return List.of();
    }
    Upgrader u = new Upgrader(root, map);
    u.team();
    Walk.schemaObjects(root, (o, op) -> {
      Walk.properties(o, op, u::bounds);
      Walk.elements(o.get("quality"), SourceMap.child(op, "quality"), u::rule);
      Walk.properties(o, op, (p, pp) -> Walk.elements(p.get("quality"), SourceMap.child(pp, "quality"), u::rule));
    });
    if (!u.changes.isEmpty()) {
      String from = root.get("apiVersion").asText();
      root.set("apiVersion", TextNode.valueOf("v3.1.0"));
      u.warn("/apiVersion", "apiVersion " + from + " is now v3.1.0 because the contract was upgraded");
    }
    return u.changes;
  }

  private void team() {
    JsonNode team = root.get("team");
    if (team != null && team.isArray()) {
      ObjectNode object = root.objectNode();
      object.set("members", team);
      root.set("team", object);
      warn("/team", "the v3.0 team list is now a team object with these " + team.size() + " members");
    }
  }

  private void bounds(JsonNode property, String path) {
    JsonNode options = property.get("logicalTypeOptions");
    if (options instanceof ObjectNode) {
      String op = SourceMap.child(path, "logicalTypeOptions");
      bound((ObjectNode) options, op, "exclusiveMinimum", "minimum");
      bound((ObjectNode) options, op, "exclusiveMaximum", "maximum");
    }
  }

  private void bound(ObjectNode options, String path, String exclusive, String inclusive) {
    JsonNode flag = options.get(exclusive);
    if (flag == null || !flag.isBoolean()) {
      return;
    }
    JsonNode value = options.get(inclusive);
    options.remove(exclusive);
    if (flag.booleanValue() && value != null) {
      options.remove(inclusive);
      options.set(exclusive, value);
      warn(SourceMap.child(path, exclusive), exclusive + ": true with " + inclusive + " " + value + " is now "
          + exclusive + ": " + value);
    } else if (flag.booleanValue()) {
      warn(SourceMap.child(path, exclusive), exclusive + ": true without " + inclusive + " bounds nothing and was"
          + " removed");
    } else {
      warn(SourceMap.child(path, exclusive), exclusive + ": false is the default and was removed");
    }
  }

  private void rule(JsonNode rule, String path) {
    JsonNode name = rule.get("rule");
    if (rule instanceof ObjectNode && name != null && name.isTextual() && !rule.has("metric")
        && RULES.containsKey(name.asText())) {
      ((ObjectNode) rule).remove("rule");
      ((ObjectNode) rule).put("metric", RULES.get(name.asText()));
      warn(SourceMap.child(path, "rule"), "rule: " + name.asText() + " is now metric: " + RULES.get(name.asText()));
    }
  }

  private void warn(String path, String message) {
    Loc loc = map.value(path);
    changes.add(new Problem(Severity.WARNING, "upgrade.v3_0", path, loc.line(), loc.column(), message,
        "write the v3.1.0 form to silence this warning"));
  }
}
