package io.datamesh.core.governance;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.DomainKind;
import io.datamesh.api.policy.PolicyScope;
import io.datamesh.api.policy.PolicyScopeBuilder;
import io.datamesh.api.policy.PolicySeverity;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.api.policy.Rollout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Parses the attributes of a YAML policy (severity, triggers, rollout, scope); errors name file:line and id. */
final class PolicyAttributes {
  private final YamlDoc doc;
  private final JsonNode entry;
  private final String id;

  PolicyAttributes(YamlDoc doc, JsonNode entry, String id) {
    this.doc = doc;
    this.entry = entry;
    this.id = id;
  }

  Optional<PolicySeverity> severity() {
    return word("severity").map(w -> switch (w) {
      case "error" -> PolicySeverity.ERROR;
      case "warning" -> PolicySeverity.WARNING;
      default -> throw error("severity", "unknown severity '" + w + "'; expected error or warning");
    });
  }

  Set<PolicyTrigger> triggers() {
    JsonNode n = entry.get("triggers");
    if (n == null) {
      return EnumSet.of(PolicyTrigger.BUILD, PolicyTrigger.REGISTER);
    }
    if (!n.isArray() || n.isEmpty()) {
      throw error("triggers", "'triggers' must be a non-empty list such as [build, register]");
    }
    Set<PolicyTrigger> out = EnumSet.noneOf(PolicyTrigger.class);
    for (JsonNode t : n) {
      try {
        out.add(PolicyTrigger.valueOf(t.asText().toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw error("triggers", "unknown trigger " + Values.show(t) + "; expected build, register, publish,"
            + " stage_transition, access or scheduled");
      }
    }
    return out;
  }

  Optional<Rollout> rollout() {
    Optional<String> stage = word("rollout");
    boolean hasDate = entry.has("graceUntil");
    if (stage.isEmpty()) {
      if (hasDate) {
        throw error("graceUntil", "'graceUntil' needs 'rollout: grace'");
      }
      return Optional.empty();
    }
    if (!stage.get().equals("grace") && hasDate) {
      throw error("graceUntil", "'graceUntil' is only for 'rollout: grace', not '" + stage.get() + "'");
    }
    return Optional.of(switch (stage.get()) {
      case "draft" -> Rollout.draft();
      case "enforced" -> Rollout.enforced();
      case "grace" -> Rollout.grace(graceUntil());
      default -> throw error("rollout", "unknown rollout '" + stage.get() + "'; expected draft, grace or enforced");
    });
  }

  private Instant graceUntil() {
    JsonNode n = entry.get("graceUntil");
    if (n == null) {
      throw error("rollout", "'rollout: grace' needs 'graceUntil', a date such as 2026-03-01 (UTC)");
    }
    String text = n.asText();
    try {
      return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw error("graceUntil", "'graceUntil' " + Values.show(n) + " is not a date such as 2026-03-01 or an"
          + " instant such as 2026-03-01T00:00:00Z");
    }
  }

  PolicyScope scope() {
    JsonNode s = entry.get("scope");
    if (s == null) {
      return PolicyScope.all();
    }
    if (!s.isObject()) {
      throw error("scope", "'scope' must be a mapping of domains, kinds, tags and classifications");
    }
    PolicyScopeBuilder b = PolicyScope.builder();
    s.fieldNames().forEachRemaining(k -> {
      JsonNode list = s.get(k);
      if (!list.isArray()) {
        throw error("scope", "'scope." + k + "' must be a list");
      }
      for (JsonNode v : list) {
        switch (k) {
          case "domains" -> b.addDomain(v.asText());
          case "tags" -> b.addTag(v.asText());
          case "classifications" -> b.addClassification(v.asText());
          case "kinds" -> b.addKind(kind(v.asText()));
          default -> throw error("scope", "unknown scope key '" + k + "'; expected domains, kinds, tags or"
              + " classifications");
        }
      }
    });
    return b.build();
  }

  private DomainKind kind(String text) {
    try {
      return DomainKind.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw error("scope", "unknown domain kind '" + text + "'; expected source-aligned, aggregate or"
          + " consumer-aligned");
    }
  }

  private Optional<String> word(String key) {
    JsonNode n = entry.get(key);
    if (n == null) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw error(key, "'" + key + "' must be a word, got " + Values.show(n));
    }
    return Optional.of(n.asText().toLowerCase(Locale.ROOT));
  }

  RuntimeException error(String key, String message) {
    return doc.error(doc.line(entry, key), "policy '" + id + "': " + message);
  }
}
