package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates valid ODCS v3.1.0 documents that exercise most of the standard: every logical type with fitting
 * options, nested objects and arrays, composite keys, every kind of quality rule, relationships and SLA elements
 * that resolve, servers of several types, the team in both forms. Semantically sound too, so both validators must
 * accept them.
 */
final class ContractGenerator {
  static final JsonNodeFactory N = JsonNodeFactory.instance;

  private final Random r;
  private final List<String> columns = new ArrayList<>();

  ContractGenerator(Random random) {
    this.r = random;
  }

  ObjectNode contract() {
    ObjectNode c = N.objectNode();
    c.put("apiVersion", pick("v3.1.0", "v3.1.0", "v3.1.0", "v3.0.2"));
    c.put("kind", "DataContract");
    c.put("id", pick("orders-contract", "8d7e5c1a-0c6b-4d4e-9a53-2f4f7f0c9b11", "c" + r.nextInt(100)));
    c.put("version", pick("1.0.0", "2.3.1", "0.0.1"));
    c.put("status", pick("draft", "active", "in development"));
    maybe(() -> c.put("name", "Orders " + r.nextInt(10)));
    maybe(() -> c.put("domain", pick("sales", "finance")));
    maybe(() -> c.put("tenant", "acme"));
    maybe(() -> c.put("dataProduct", "orders"));
    maybe(() -> c.set("tags", strings("sales", "pii")));
    maybe(() -> c.set("description", description()));
    maybe(() -> c.put("contractCreatedTs", pick("2024-05-31T09:30:00Z", "2022-11-15T02:59:43+00:00")));
    ArrayNode schema = c.putArray("schema");
    int objects = 1 + r.nextInt(3);
    for (int i = 0; i < objects; i++) {
      schema.add(schemaObject("t" + i));
    }
    for (int i = 0; i < objects; i++) {
      maybe(() -> relationships((ObjectNode) schema.get(r.nextInt(objects))));
    }
    maybe(() -> c.set("servers", servers()));
    maybe(() -> c.set("slaProperties", sla()));
    maybe(() -> c.set("team", team(c.get("apiVersion").asText().startsWith("v3.0") || r.nextInt(4) > 0)));
    maybe(() -> c.set("roles", N.arrayNode().add(obj("role", "orders_reader", "access", "read"))));
    maybe(() -> c.set("support", N.arrayNode().add(obj("channel", "orders-support", "tool", "slack"))));
    maybe(() -> c.set("price", obj("priceAmount", 9.95, "priceCurrency", "EUR", "priceUnit", "megabyte")));
    maybe(() -> c.set("customProperties", N.arrayNode().add(obj("property", "owner", "value", anyValue()))));
    maybe(() -> c.set("authoritativeDefinitions", N.arrayNode().add(obj("url", "https://example.com/d",
        "type", "businessDefinition"))));
    return c;
  }

  private ObjectNode description() {
    ObjectNode d = obj("purpose", "Successful orders.");
    maybe(() -> d.put("usage", "Analytics."));
    maybe(() -> d.put("limitations", "No PII."));
    maybe(() -> d.put("x-reviewedBy", "alice"));
    return d;
  }

  private ObjectNode schemaObject(String name) {
    ObjectNode o = obj("name", name);
    maybe(() -> o.put("physicalName", name + "_tbl"));
    maybe(() -> o.put("physicalType", pick("table", "view", "topic")));
    maybe(() -> o.put("logicalType", "object"));
    maybe(() -> o.put("description", "The " + name + " table."));
    maybe(() -> o.put("id", name + "_obj"));
    ArrayNode props = o.putArray("properties");
    int n = 1 + r.nextInt(5);
    int keys = r.nextInt(Math.min(n, 3) + 1);
    for (int i = 0; i < n; i++) {
      ObjectNode p = property("c" + i, 0);
      if (i < keys) {
        p.put("primaryKey", true);
        p.put("primaryKeyPosition", i + 1);
      }
      props.add(p);
      columns.add(name + ".c" + i);
    }
    ArrayNode quality = N.arrayNode();
    maybe(() -> quality.add(threshold(obj("metric", "rowCount"), true)));
    maybe(() -> {
      ArrayNode cols = N.arrayNode().add("c0");
      if (n > 1) {
        cols.add("c1");
      }
      quality.add(threshold(obj("metric", "duplicateValues", "arguments", obj("properties", cols)), false));
    });
    maybe(() -> quality.add(threshold(obj("type", "sql", "query", "SELECT COUNT(*) FROM {object}"), true)));
    if (!quality.isEmpty()) {
      o.set("quality", quality);
    }
    return o;
  }

  ObjectNode property(String name, int depth) {
    ObjectNode p = name.isEmpty() ? N.objectNode() : obj("name", name);
    String type = depth < 2 ? pick("string", "string", "date", "timestamp", "time", "number", "integer", "boolean",
        "object", "array") : pick("string", "integer", "boolean");
    p.put("logicalType", type);
    maybe(() -> p.set("logicalTypeOptions", options(type)));
    maybe(() -> p.put("physicalType", pick("VARCHAR(36)", "DECIMAL(12,2)", "int")));
    maybe(() -> p.put("required", r.nextBoolean()));
    maybe(() -> p.put("unique", r.nextBoolean()));
    maybe(() -> p.put("classification", pick("public", "restricted")));
    maybe(() -> p.put("description", "A column."));
    maybe(() -> p.set("examples", N.arrayNode().add(anyValue())));
    maybe(() -> p.set("tags", strings("k")));
    maybe(() -> p.set("transformSourceObjects", strings("erp.orders")));
    if (type.equals("object")) {
      ArrayNode nested = p.putArray("properties");
      for (int i = 0; i < 1 + r.nextInt(2); i++) {
        nested.add(property(name + "_f" + i, depth + 1));
      }
    }
    if (type.equals("array")) {
      p.set("items", property("", depth + 1));
    }
    if (!name.isEmpty() && depth == 0) {
      maybe(() -> p.set("quality", N.arrayNode().add(propertyRule(type))));
    }
    return p;
  }

  private ObjectNode options(String type) {
    switch (type) {
      case "string":
        return obj("minLength", 1, "maxLength", 254, "pattern", pick("^[a-z]+$", "\\d{3}", "[^@]+@.+"),
            "format", pick("email", "uuid"));
      case "date":
        return obj("format", "yyyy-MM-dd", "minimum", "2020-01-01");
      case "timestamp":
      case "time":
        return obj("timezone", true, "defaultTimezone", pick("UTC", "Etc/UTC", "Europe/Paris"));
      case "integer":
        return obj("format", pick("i32", "i64", "u8"), "minimum", 0, "maximum", 100);
      case "number":
        return obj("format", pick("f32", "f64"), "multipleOf", 0.01, "exclusiveMinimum", 0);
      case "object":
        return obj("minProperties", 1);
      case "array":
        return obj("minItems", 0, "maxItems", 10, "uniqueItems", true);
      default:
        return N.objectNode();
    }
  }

  private ObjectNode propertyRule(String type) {
    switch (r.nextInt(6)) {
      case 0:
        return threshold(obj("metric", "nullValues", "unit", "percent", "dimension", "completeness"), false);
      case 1:
        return threshold(obj("metric", "missingValues", "arguments", obj("missingValues",
            N.arrayNode().addNull().add("").add("N/A"))), false);
      case 2:
        return threshold(obj("metric", "invalidValues", "arguments", r.nextBoolean()
            ? obj("validValues", strings("pending", "shipped")) : obj("pattern", "^[A-Z]{2}$")), false);
      case 3:
        return threshold(obj("type", "sql", "query", "SELECT COUNT(*) FROM {object} WHERE {property} IS NULL"),
            false);
      case 4:
        return obj("type", "custom", "engine", "soda", "implementation", r.nextBoolean() ? "type: x"
            : obj("type", "duplicate_percent"));
      default:
        return obj("type", "text", "description", "Values are reconciled daily.");
    }
  }

  private ObjectNode threshold(ObjectNode rule, boolean positive) {
    switch (r.nextInt(5)) {
      case 0:
        rule.put("mustBe", 0);
        break;
      case 1:
        rule.put(positive ? "mustBeGreaterThan" : "mustBeLessThan", positive ? 0 : 5);
        break;
      case 2:
        rule.set("mustBeBetween", N.arrayNode().add(0).add(100));
        break;
      case 3:
        rule.set("mustNotBeBetween", N.arrayNode().add(1000).add(2000));
        break;
      default:
        rule.put("mustBeLessOrEqualTo", 10.5);
    }
    maybe(() -> rule.put("severity", pick("error", "warning")));
    maybe(() -> rule.put("id", "rule_" + r.nextInt(100)));
    return rule;
  }

  private void relationships(ObjectNode object) {
    String table = object.get("name").asText();
    String target = columns.get(r.nextInt(columns.size()));
    ArrayNode rels = object.has("relationships") ? (ArrayNode) object.get("relationships")
        : object.putArray("relationships");
    rels.add(obj("type", "foreignKey", "from", table + ".c0", "to", target));
    ObjectNode first = (ObjectNode) object.get("properties").get(0);
    if (!first.has("relationships")) {
      first.set("relationships", N.arrayNode().add(obj("to", columns.get(r.nextInt(columns.size())))));
    }
  }

  private ArrayNode servers() {
    ArrayNode a = N.arrayNode();
    a.add(pickNode(obj("server", "prod", "type", "postgres", "host", "db", "port", 5432, "database", "sales",
        "schema", "public", "environment", "prod"), obj("server", "prod", "type", "s3", "location",
        "s3://bucket/orders", "format", "parquet"), obj("server", "prod", "type", "snowflake", "account", "acme",
        "database", "db", "schema", "public")));
    maybe(() -> a.add(pickNode(obj("server", "dev", "type", "local", "path", "./orders.parquet", "format",
        "parquet"), obj("server", "dev", "type", "kafka", "host", "broker:9092"), obj("server", "dev", "type",
        "custom", "stream", "orders"), obj("server", "dev", "type", "sftp", "location", "sftp://host/orders"))));
    return a;
  }

  private ArrayNode sla() {
    ArrayNode a = N.arrayNode();
    a.add(obj("property", "latency", "value", 4, "unit", "h", "element", columns.get(0)));
    maybe(() -> a.add(obj("property", "retention", "value", 3, "unit", "y")));
    maybe(() -> a.add(obj("property", "generalAvailability", "value", "2022-05-12T09:30:10-08:00")));
    return a;
  }

  private JsonNode team(boolean object) {
    ArrayNode members = N.arrayNode().add(obj("username", "alice@example.com", "role", "owner", "dateIn",
        "2022-10-01"));
    return object ? obj("name", "sales-data", "members", members) : members;
  }

  private JsonNode anyValue() {
    switch (r.nextInt(6)) {
      case 0:
        return N.textNode("v");
      case 1:
        return N.numberNode(42);
      case 2:
        return N.booleanNode(true);
      case 3:
        return N.nullNode();
      case 4:
        return strings("a", "b");
      default:
        return obj("k", "v");
    }
  }

  static ObjectNode obj(Object... kv) {
    ObjectNode o = N.objectNode();
    for (int i = 0; i < kv.length; i += 2) {
      Object v = kv[i + 1];
      o.set((String) kv[i], v instanceof JsonNode ? (JsonNode) v : v instanceof String ? N.textNode((String) v)
          : v instanceof Boolean ? N.booleanNode((Boolean) v) : v instanceof Integer ? N.numberNode((Integer) v)
          : N.numberNode((Double) v));
    }
    return o;
  }

  static ArrayNode strings(String... values) {
    ArrayNode a = N.arrayNode();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }

  private void maybe(Runnable action) {
    if (r.nextBoolean()) {
      action.run();
    }
  }

  private String pick(String... values) {
    return values[r.nextInt(values.length)];
  }

  private JsonNode pickNode(JsonNode... values) {
    return values[r.nextInt(values.length)];
  }
}
