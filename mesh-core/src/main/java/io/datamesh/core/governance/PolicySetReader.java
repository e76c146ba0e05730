package io.datamesh.core.governance;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.MeshException;
import io.datamesh.api.Version;
import io.datamesh.api.policy.Policy;
import io.datamesh.api.policy.PolicySeverity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the YAML form of a policy set (docs/governance.md); every error names file:line and the policy id. */
final class PolicySetReader {
  private static final Set<String> TOP = Set.of("name", "version", "taxonomy", "policies", "overrides");
  private static final Set<String> POLICY = Set.of("id", "description", "severity", "triggers", "rollout",
      "graceUntil", "scope", "fix", "rule", "builtin", "params");
  private static final Set<String> OVERRIDE = Set.of("id", "severity", "rollout", "graceUntil");

  private final YamlDoc doc;

  private PolicySetReader(YamlDoc doc) {
    this.doc = doc;
  }

  static PolicySet read(String source, String yaml) {
    return new PolicySetReader(YamlDoc.parse(source, yaml)).read();
  }

  private PolicySet read() {
    JsonNode root = doc.root;
    if (!root.isObject()) {
      throw doc.error(1, "a policy set is a mapping with name, version and policies");
    }
    root.fieldNames().forEachRemaining(k -> {
      if (!TOP.contains(k)) {
        throw doc.error(doc.line(root, k), "unknown key '" + k + "'; a policy set has " + TOP);
      }
    });
    String name = required(root, "name");
    String version = required(root, "version");
    try {
      Version.parse(version);
    } catch (MeshException e) {
      throw doc.error(doc.line(root, "version"), "version '" + version + "' is not a semantic version such as"
          + " 1.0.0");
    }
    Optional<ClassificationTaxonomy> taxonomy = taxonomy(root);
    ClassificationTaxonomy t = taxonomy.orElse(ClassificationTaxonomy.defaults());
    List<Policy> policies = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (JsonNode entry : list(root, "policies")) {
      Policy p = policy(entry, t);
      Integer first = ids.putIfAbsent(p.id(), doc.line(entry));
      if (first != null) {
        throw doc.error(doc.line(entry, "id"), "policy '" + p.id() + "' is declared twice (first at line "
            + first + "); policy ids are unique within a set");
      }
      policies.add(p);
    }
    List<PolicyOverride> overrides = new ArrayList<>();
    for (JsonNode entry : list(root, "overrides")) {
      overrides.add(override(entry));
    }
    return new PolicySet(name, version, taxonomy, policies, overrides, doc.source);
  }

  private Optional<ClassificationTaxonomy> taxonomy(JsonNode root) {
    JsonNode n = root.get("taxonomy");
    if (n == null) {
      return Optional.empty();
    }
    List<String> levels = new ArrayList<>();
    n.forEach(l -> levels.add(l.asText()));
    try {
      return Optional.of(ClassificationTaxonomy.of(n.isArray() ? levels : List.of()));
    } catch (IllegalArgumentException e) {
      throw doc.error(doc.line(root, "taxonomy"), "bad taxonomy: " + e.getMessage());
    }
  }

  private Policy policy(JsonNode entry, ClassificationTaxonomy taxonomy) {
    String id = id(entry);
    entry.fieldNames().forEachRemaining(k -> {
      if (!POLICY.contains(k)) {
        throw doc.error(doc.line(entry, k), "policy '" + id + "': unknown key '" + k + "'; expected " + POLICY);
      }
    });
    PolicyAttributes a = new PolicyAttributes(doc, entry, id);
    String description = required(entry, "description", id);
    boolean isRule = entry.has("rule");
    if (isRule == entry.has("builtin")) {
      throw doc.error(doc.line(entry), "policy '" + id + "': declare exactly one of 'rule' (the policy language)"
          + " or 'builtin' (" + BuiltInPolicies.NAMES + ")");
    }
    PolicySeverity severity = a.severity().orElse(PolicySeverity.ERROR);
    if (!isRule) {
      return BuiltInPolicies.named(required(entry, "builtin", id), id, description, a.scope(), a.triggers(),
          severity, a.rollout().orElse(io.datamesh.api.policy.Rollout.enforced()), params(entry, id), taxonomy,
          doc.source + ":" + doc.line(entry));
    }
    if (entry.has("params")) {
      throw a.error("params", "'params' is only for 'builtin' policies");
    }
    String fix = required(entry, "fix", id);
    Rule rule = new RuleCompiler(doc, id).compile(entry.get("rule"), doc.line(entry, "rule"), 0);
    return new YamlPolicy(id, description, a.scope(), a.triggers(), severity,
        a.rollout().orElse(io.datamesh.api.policy.Rollout.enforced()), fix, rule,
        doc.source + ":" + doc.line(entry), taxonomy);
  }

  private Map<String, String> params(JsonNode entry, String id) {
    Map<String, String> out = new HashMap<>();
    JsonNode p = entry.get("params");
    if (p != null && !p.isObject()) {
      throw doc.error(doc.line(entry, "params"), "policy '" + id + "': 'params' must be a mapping");
    }
    if (p != null) {
      p.fieldNames().forEachRemaining(k -> out.put(k, p.get(k).asText()));
    }
    return out;
  }

  private PolicyOverride override(JsonNode entry) {
    String id = id(entry);
    List<String> other = new ArrayList<>();
    entry.fieldNames().forEachRemaining(k -> {
      if (!OVERRIDE.contains(k)) {
        other.add(k);
      }
    });
    PolicyAttributes a = new PolicyAttributes(doc, entry, id);
    return new PolicyOverride(id, a.severity(), a.rollout(), other, doc.source + ":" + doc.line(entry));
  }

  private String id(JsonNode entry) {
    if (!entry.isObject()) {
      throw doc.error(doc.line(entry), "each entry is a mapping with an 'id', got " + Values.show(entry));
    }
    String id = required(entry, "id", "?");
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
      throw doc.error(doc.line(entry, "id"), "policy id '" + id + "' must be 1 to 128 letters, digits, '.', '_',"
          + " '-', such as acme.owner-email");
    }
    return id;
  }

  private List<JsonNode> list(JsonNode root, String key) {
    JsonNode n = root.get(key);
    List<JsonNode> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (!n.isArray()) {
      throw doc.error(doc.line(root, key), "'" + key + "' must be a list");
    }
    n.forEach(out::add);
    return out;
  }

  private String required(JsonNode node, String key) {
    return required(node, key, "");
  }

  private String required(JsonNode node, String key, String id) {
    JsonNode v = node.get(key);
    String who = id.isEmpty() ? "" : "policy '" + id + "': ";
    if (v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank()) {
      throw doc.error(doc.line(node, key), who + "'" + key + "' is required and must be text");
    }
    return v.asText();
  }
}
