package io.datamesh.core.governance;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.MeshException;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.policy.Rollout;
import io.datamesh.api.read.Expression;
import io.datamesh.arrow.mask.MaskMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the YAML form of access policies ({@code kind: access}, docs/governance.md) into an
 * {@link AccessPoliciesBuilder}; every error names file:line and the policy id, as {@link PolicySetReader}'s do.
 */
final class AccessPolicyReader {
  private static final Set<String> TOP = Set.of("kind", "name", "version", "taxonomy", "defaultDeny", "grants",
      "masks", "rowFilters");
  private static final Set<String> GRANT = Set.of("id", "description", "who", "port", "ports", "purpose",
      "expires");
  private static final Set<String> MASK = Set.of("id", "description", "classification", "column", "who", "method",
      "keepLast", "keyId", "exempt", "rollout", "graceUntil");
  private static final Set<String> FILTER = Set.of("id", "description", "port", "who", "filter");
  private static final Set<String> DENY = Set.of("id", "rollout", "graceUntil");

  private final YamlDoc doc;
  private final AccessPoliciesBuilder into;
  private final Map<String, Integer> ids = new HashMap<>();

  private AccessPolicyReader(YamlDoc doc, AccessPoliciesBuilder into) {
    this.doc = doc;
    this.into = into;
  }

  static void read(String source, String yaml, AccessPoliciesBuilder into) {
    new AccessPolicyReader(YamlDoc.parse(source, yaml), into).read();
  }

  private void read() {
    JsonNode root = doc.root;
    if (!root.isObject()) {
      throw doc.error(1, "access policies are a mapping with 'kind: access' and grants, masks or rowFilters");
    }
    root.fieldNames().forEachRemaining(k -> {
      if (!TOP.contains(k)) {
        throw doc.error(doc.line(root, k), "unknown key '" + k + "'; access policies have " + TOP);
      }
    });
    if (!"access".equals(root.path("kind").asText())) {
      throw doc.error(doc.line(root, "kind"), "'kind' must be 'access' (was " + (root.has("kind")
          ? Values.show(root.get("kind")) : "missing") + "); evaluation policies are loaded with PolicySet.load");
    }
    taxonomy(root);
    defaultDeny(root);
    list(root, "grants").forEach(this::grant);
    list(root, "masks").forEach(this::mask);
    list(root, "rowFilters").forEach(this::rowFilter);
  }

  private void taxonomy(JsonNode root) {
    JsonNode n = root.get("taxonomy");
    if (n == null) {
      return;
    }
    List<String> levels = new ArrayList<>();
    n.forEach(l -> levels.add(l.asText()));
    try {
      into.setTaxonomy(ClassificationTaxonomy.of(n.isArray() ? levels : List.of()));
    } catch (IllegalArgumentException e) {
      throw doc.error(doc.line(root, "taxonomy"), "bad taxonomy: " + e.getMessage());
    }
  }

  private void defaultDeny(JsonNode root) {
    JsonNode n = root.get("defaultDeny");
    if (n == null) {
      return;
    }
    String id = entry(n, DENY);
    into.setDefaultDeny(id, new PolicyAttributes(doc, n, id).rollout().orElse(Rollout.enforced()));
  }

  private void grant(JsonNode n) {
    String id = entry(n, GRANT);
    PrincipalMatch who = who(n, id);
    if (n.has("port") == n.has("ports")) {
      throw error(n, n.has("port") ? "ports" : "id", id, "declare exactly one of 'port' (one output port URN)"
          + " or 'ports' (a list of them)");
    }
    List<JsonNode> ports = n.has("port") ? List.of(n.get("port")) : list(n, "ports");
    for (JsonNode p : ports) {
      Grant g = Grant.of(id, who, port(p, n, n.has("port") ? "port" : "ports", id));
      if (n.has("purpose")) {
        g = g.withPurpose(text(n, "purpose", id));
      }
      if (n.has("expires")) {
        g = g.expiringAt(instant(n, "expires", id));
      }
      into.addGrant(g);
    }
  }

  private void mask(JsonNode n) {
    String id = entry(n, MASK);
    if (n.has("classification") == n.has("column")) {
      throw error(n, n.has("column") ? "column" : "id", id, "declare exactly one of 'classification' (mask every"
          + " column of a level) or 'column' (mask one column by name)");
    }
    boolean byColumn = n.has("column");
    String target = text(n, byColumn ? "column" : "classification", id);
    PrincipalMatch who = n.has("who") ? who(n, id) : PrincipalMatch.any();
    // Exemptions share the mask's rollout: an exemption of a draft mask must not reveal what the next rule masks.
    Rollout rollout = new PolicyAttributes(doc, n, id).rollout().orElse(Rollout.enforced());
    for (JsonNode e : list(n, "exempt")) {
      into.addMaskingRule(rule(id, byColumn, target, match(e, n, "exempt", id), Optional.empty(), 0, "")
          .withRollout(rollout));
    }
    String method = text(n, "method", id).toLowerCase(Locale.ROOT).replace('-', '_');
    if (method.equals("reveal")) {
      if (n.has("keepLast") || n.has("keyId")) {
        throw error(n, "method", id, "'reveal' takes no keepLast or keyId");
      }
      into.addMaskingRule(rule(id, byColumn, target, who, Optional.empty(), 0, "").withRollout(rollout));
      return;
    }
    MaskMethod m;
    try {
      m = MaskMethod.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(n, "method", id, "unknown method '" + method + "'; expected null_out, redact, hash, partial or"
          + " reveal");
    }
    int keepLast = n.has("keepLast") ? n.get("keepLast").asInt(-1) : 0;
    String keyId = n.has("keyId") ? text(n, "keyId", id) : "";
    try {
      into.addMaskingRule(rule(id, byColumn, target, who, Optional.of(m), keepLast, keyId).withRollout(rollout));
    } catch (IllegalArgumentException e) {
      throw error(n, "method", id, e.getMessage() + "; a partial mask needs keepLast (1 or more), a hash needs"
          + " keyId");
    }
  }

  private static MaskingRule rule(String id, boolean byColumn, String target, PrincipalMatch who,
      Optional<MaskMethod> method, int keepLast, String keyId) {
    return byColumn ? MaskingRule.ofColumn(id, target, who, method, keepLast, keyId)
        : new MaskingRule(id, target, who, method, keepLast, keyId, Rollout.enforced(), "");
  }

  private void rowFilter(JsonNode n) {
    String id = entry(n, FILTER);
    PrincipalMatch who = n.has("who") ? who(n, id) : PrincipalMatch.any();
    PortAddress port = port(n.get("port"), n, "port", id);
    JsonNode f = n.get("filter");
    if (f == null || !(f.isObject() || f.isTextual())) {
      throw error(n, "filter", id, "'filter' is required: an expression in its JSON form, such as {op: eq, left:"
          + " {column: region}, right: {principal: region}}");
    }
    Expression e;
    try {
      e = Expression.fromJson(f.isTextual() ? f.asText() : f.toString());
    } catch (MeshException x) {
      throw error(n, "filter", id, "bad filter: " + x.getMessage());
    }
    into.addRowFilter(RowFilterRule.of(id, port, who, e));
  }

  private PrincipalMatch who(JsonNode n, String id) {
    if (!n.has("who")) {
      throw error(n, "id", id, "'who' is required: any, {id: ..}, {role: ..}, {product: urn}, or"
          + " {attribute: name, value: ..}");
    }
    return match(n.get("who"), n, "who", id);
  }

  private PrincipalMatch match(JsonNode w, JsonNode entry, String key, String id) {
    if (w.isTextual() && w.asText().equals("any")) {
      return PrincipalMatch.any();
    }
    String usage = "'" + key + "' must be any, {id: ..}, {role: ..}, {product: urn} or {attribute: name, value: ..},"
        + " got " + Values.show(w);
    if (!w.isObject() || w.size() == 0 || w.size() > 2) {
      throw error(entry, key, id, usage);
    }
    String kind = w.fieldNames().next();
    try {
      return switch (w.size() == 2 ? "attribute" : kind) {
        case "id" -> PrincipalMatch.id(w.get("id").asText());
        case "role" -> PrincipalMatch.role(w.get("role").asText());
        case "product" -> PrincipalMatch.product(ProductUrn.parse(w.get("product").asText()));
        case "attribute" -> {
          if (!w.path("attribute").isTextual() || !w.path("value").isTextual()) {
            throw error(entry, key, id, usage);
          }
          yield PrincipalMatch.attribute(w.get("attribute").asText(), w.get("value").asText());
        }
        default -> throw error(entry, key, id, usage);
      };
    } catch (IllegalArgumentException e) {
      throw error(entry, key, id, "bad principal match: " + e.getMessage());
    } catch (MeshException e) {
      if (e.getMessage().startsWith(doc.source + ":")) {
        throw e;
      }
      throw error(entry, key, id, "bad product URN: " + e.getMessage());
    }
  }

  private PortAddress port(JsonNode p, JsonNode entry, String key, String id) {
    if (p == null || !p.isTextual()) {
      throw error(entry, key, id, "'" + key + "' must be an output port URN such as"
          + " urn:dpds:com.example:dataproducts:customers:1:outputports:customers");
    }
    try {
      return PortAddress.parse(p.asText());
    } catch (MeshException | IllegalArgumentException e) {
      throw error(entry, key, id, "'" + p.asText() + "' is not an output port URN (" + e.getMessage() + ")");
    }
  }

  private Instant instant(JsonNode n, String key, String id) {
    String t = n.get(key).asText();
    try {
      return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw error(n, key, id, "'" + key + "' " + Values.show(n.get(key)) + " is not a date such as 2026-03-01 or"
          + " an instant such as 2026-03-01T00:00:00Z");
    }
  }

  /** Checks an entry's keys and id; ids are unique across grants, masks and row filters. */
  private String entry(JsonNode n, Set<String> keys) {
    if (!n.isObject()) {
      throw doc.error(doc.line(n), "each entry is a mapping with an 'id', got " + Values.show(n));
    }
    String id = n.path("id").asText("");
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
      throw doc.error(doc.line(n, "id"), "policy id " + Values.show(n.get("id")) + " must be 1 to 128 letters,"
          + " digits, '.', '_', '-', such as grant.marketing-customers");
    }
    n.fieldNames().forEachRemaining(k -> {
      if (!keys.contains(k)) {
        throw error(n, k, id, "unknown key '" + k + "'; expected " + keys);
      }
    });
    Integer first = ids.putIfAbsent(id, doc.line(n));
    if (first != null) {
      throw error(n, "id", id, "is declared twice (first at line " + first + "); policy ids are unique in a file");
    }
    return id;
  }

  private String text(JsonNode n, String key, String id) {
    JsonNode v = n.get(key);
    if (v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank()) {
      throw error(n, key, id, "'" + key + "' is required and must be text");
    }
    return v.asText();
  }

  private List<JsonNode> list(JsonNode root, String key) {
    JsonNode n = root.get(key);
    List<JsonNode> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out; // absent, or written with no entries
    }
    if (!n.isArray()) {
      throw doc.error(doc.line(root, key), "'" + key + "' must be a list");
    }
    n.forEach(out::add);
    return out;
  }

  private MeshException error(JsonNode entry, String key, String id, String message) {
    return doc.error(doc.line(entry, key), "policy '" + id + "': " + message);
  }
}
