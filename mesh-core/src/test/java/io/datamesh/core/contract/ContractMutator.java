package io.datamesh.core.contract;

import static io.datamesh.core.contract.ContractGenerator.N;
import static io.datamesh.core.contract.ContractGenerator.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Breaks one rule of the ODCS v3.1.0 schema in a valid generated document. */
final class ContractMutator {
  private final Random r;
  private String applied = "";

  ContractMutator(Random random) {
    this.r = random;
  }

  String applied() {
    return applied;
  }

  /** Applies one mutation that fits the document; every document admits at least the top-level ones. */
  void mutate(ObjectNode c) {
    List<ObjectNode> objects = all(c.get("schema"));
    List<ObjectNode> props = new ArrayList<>();
    objects.forEach(o -> props.addAll(all(o.get("properties"))));
    List<ObjectNode> rules = new ArrayList<>();
    objects.forEach(o -> rules.addAll(all(o.get("quality"))));
    props.forEach(p -> rules.addAll(all(p.get("quality"))));
    List<ObjectNode> withOptions = props.stream().filter(p -> p.has("logicalTypeOptions")
        && p.get("logicalTypeOptions").size() > 0).toList();
    while (true) {
      switch (r.nextInt(27)) {
        case 0:
          String key = pick(List.of("version", "apiVersion", "kind", "id", "status"));
          c.remove(key);
          applied = "remove " + key;
          return;
        case 1:
          c.put("kind", "Contract");
          applied = "kind Contract";
          return;
        case 2:
          c.put("x-owner", "alice");
          applied = "unknown top-level key";
          return;
        case 3:
          pick(props).put("logicalType", "varchar");
          applied = "logicalType varchar";
          return;
        case 4:
          pick(props).put("required", "yes");
          applied = "required as text";
          return;
        case 5:
          pick(props).put("nullable", true);
          applied = "unknown property key";
          return;
        case 6:
          (r.nextBoolean() ? pick(objects) : pick(props)).remove("name");
          applied = "remove name";
          return;
        case 7:
          if (apply(rules, q -> q.has("mustBe") || q.has("mustBeLessThan") || q.has("mustBeGreaterThan"),
              q -> q.put("mustNotBe", 3), "second operator")) {
            return;
          }
          break;
        case 8:
          if (apply(rules, q -> q.has("metric"), q -> q.put("metric", "notNull"), "metric notNull")) {
            return;
          }
          break;
        case 9:
          if (apply(rules, q -> q.has("metric"), q -> q.fieldNames().forEachRemaining(f -> { }), "")
              && removeOperators(rules)) {
            return;
          }
          break;
        case 10:
          if (apply(all(c.get("servers")), s -> s.get("type").asText().equals("postgres"),
              s -> s.put("port", "5432"), "port as text")) {
            return;
          }
          if (apply(all(c.get("servers")), s -> s.has("location") || s.has("host") || s.has("account"),
              s -> s.remove(List.of("location", "host", "account")), "remove required server field")) {
            return;
          }
          break;
        case 11:
          if (apply(all(c.get("slaProperties")), s -> true, s -> s.set("value", N.arrayNode().add(1)),
              "SLA value list")) {
            return;
          }
          break;
        case 12:
          if (c.has("team")) {
            JsonNode t = c.get("team");
            ObjectNode member = (ObjectNode) (t.isArray() ? t.get(0) : t.get("members").get(0));
            member.put("dateIn", "2022-13-45");
            applied = "bad date";
            return;
          }
          break;
        case 13:
          if (apply(withOptions, p -> true, p -> ((ObjectNode) p.get("logicalTypeOptions")).put("precision", 3),
              "unknown option")) {
            return;
          }
          break;
        case 14:
          if (apply(props, p -> p.has("relationships"), p -> ((ObjectNode) p.get("relationships").get(0))
              .put("from", "t0.c0"), "property relationship with from")) {
            return;
          }
          break;
        case 15:
          c.put("contractCreatedTs", "yesterday");
          applied = "bad date-time";
          return;
        case 16:
          c.set("tags", N.arrayNode().add("ok").add(7));
          applied = "number in tags";
          return;
        case 17:
          if (apply(rules, q -> true, q -> q.put("id", "bad id!"), "bad stable id")) {
            return;
          }
          break;
        case 18:
          if (apply(rules, q -> q.has("engine"), q -> q.remove("implementation"), "custom without implementation")) {
            return;
          }
          break;
        case 20:
          if (apply(rules, q -> q.has("mustBeBetween"), q -> q.set("mustBeBetween", N.arrayNode().add(5).add(5)),
              "equal between bounds")) {
            return;
          }
          break;
        case 21:
          if (apply(props, p -> p.get("logicalType").asText().equals("string"),
              p -> p.set("items", obj("logicalType", "string")), "items on a string")) {
            return;
          }
          break;
        case 22:
          if (apply(withOptions, p -> true, p -> p.remove("logicalType"), "options without logicalType")) {
            return;
          }
          break;
        case 23:
          if (apply(objects, o -> o.has("relationships"), o -> ((ObjectNode) o.get("relationships").get(0))
              .set("to", N.arrayNode().add("t0.c0")), "relationship ends of different kinds")) {
            return;
          }
          break;
        case 24:
          if (apply(all(c.get("servers")), s -> true, s -> s.put("type", "postgress"), "unknown server type")) {
            return;
          }
          break;
        case 25:
          if (apply(rules, q -> true, q -> q.put("dimension", "cp"), "dimension abbreviation")) {
            return;
          }
          break;
        case 26:
          if (c.has("team")) {
            JsonNode t = c.get("team");
            ((ObjectNode) (t.isArray() ? t.get(0) : t.get("members").get(0))).remove("username");
            applied = "member without username";
            return;
          }
          break;
        default:
          c.set("customProperties", N.arrayNode().add(obj("property", "p")));
          applied = "custom property without value";
          return;
      }
    }
  }

  private boolean removeOperators(List<ObjectNode> rules) {
    for (ObjectNode q : rules) {
      if (q.has("metric")) {
        q.remove(QualityShape.OPERATORS);
        applied = "library rule without operator";
        return true;
      }
    }
    return false;
  }

  private boolean apply(List<ObjectNode> nodes, Predicate<ObjectNode> fits, java.util.function.Consumer<ObjectNode>
      change, String name) {
    List<ObjectNode> fitting = nodes.stream().filter(fits).toList();
    if (fitting.isEmpty()) {
      return false;
    }
    change.accept(pick(fitting));
    if (!name.isEmpty()) {
      applied = name;
    }
    return true;
  }

  private static List<ObjectNode> all(JsonNode list) {
    List<ObjectNode> out = new ArrayList<>();
    if (list instanceof ArrayNode) {
      list.forEach(n -> out.add((ObjectNode) n));
    }
    return out;
  }

  private <T> T pick(List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
