package io.datamesh.core.contract;

import static io.datamesh.core.contract.ModelToTree.NODES;
import static io.datamesh.core.contract.ModelToTree.list;
import static io.datamesh.core.contract.ModelToTree.strings;
import static io.datamesh.core.contract.ModelToTree.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.Relationship;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.Threshold;
import java.util.List;

/** Turns schema objects, properties, quality rules and relationships built in code into ODCS tree form. */
final class SchemaToTree {
  private SchemaToTree() {}

  static ObjectNode object(SchemaObject s) {
    ObjectNode o = NODES.objectNode();
    text(o, "id", s.id());
    o.put("name", s.name());
    text(o, "physicalName", s.physicalName());
    text(o, "physicalType", s.physicalType());
    o.put("logicalType", "object");
    text(o, "businessName", s.businessName());
    text(o, "description", s.description());
    text(o, "dataGranularityDescription", s.dataGranularityDescription());
    strings(o, "tags", s.tags());
    list(o, "properties", s.properties(), SchemaToTree::property);
    list(o, "relationships", s.relationships(), SchemaToTree::relationship);
    list(o, "quality", s.quality(), SchemaToTree::rule);
    TreeExtras.write(o, s.customProperties(), s.authoritativeDefinitions());
    return o;
  }

  static ObjectNode property(SchemaProperty p) {
    ObjectNode o = NODES.objectNode();
    text(o, "id", p.id());
    if (!p.name().isEmpty()) {
      o.put("name", p.name());
    }
    p.logicalType().ifPresent(t -> o.put("logicalType", t.text()));
    if (!p.logicalTypeOptions().asMap().isEmpty()) {
      o.set("logicalTypeOptions", TreeExtras.node(p.logicalTypeOptions().asMap()));
    }
    text(o, "physicalType", p.physicalType());
    text(o, "physicalName", p.physicalName());
    text(o, "businessName", p.businessName());
    text(o, "description", p.description());
    flag(o, "required", p.required());
    flag(o, "unique", p.unique());
    flag(o, "primaryKey", p.primaryKey());
    p.primaryKeyPosition().ifPresent(i -> o.put("primaryKeyPosition", i));
    flag(o, "partitioned", p.partitioned());
    p.partitionKeyPosition().ifPresent(i -> o.put("partitionKeyPosition", i));
    text(o, "classification", p.classification());
    text(o, "encryptedName", p.encryptedName());
    flag(o, "criticalDataElement", p.criticalDataElement());
    strings(o, "transformSourceObjects", p.transformSourceObjects());
    text(o, "transformLogic", p.transformLogic());
    text(o, "transformDescription", p.transformDescription());
    if (!p.examples().isEmpty()) {
      o.set("examples", TreeExtras.node(p.examples()));
    }
    p.items().ifPresent(i -> o.set("items", property(i)));
    list(o, "properties", p.properties(), SchemaToTree::property);
    list(o, "relationships", p.relationships(), SchemaToTree::relationship);
    list(o, "quality", p.quality(), SchemaToTree::rule);
    strings(o, "tags", p.tags());
    TreeExtras.write(o, p.customProperties(), p.authoritativeDefinitions());
    return o;
  }

  static ObjectNode rule(QualityRule r) {
    ObjectNode o = NODES.objectNode();
    text(o, "id", r.id());
    text(o, "name", r.name());
    text(o, "description", r.description());
    o.put("type", r.type().text());
    r.metric().ifPresent(m -> o.put("metric", m.text()));
    if (!r.arguments().isEmpty()) {
      o.set("arguments", TreeExtras.node(r.arguments()));
    }
    text(o, "query", r.query());
    text(o, "engine", r.engine());
    r.implementation().ifPresent(i -> o.set("implementation", TreeExtras.node(i)));
    r.threshold().ifPresent(t -> o.set(t.operator().text(), operand(t)));
    if (r.unit() != io.datamesh.api.contract.QualityUnit.ROWS) {
      o.put("unit", r.unit().text());
    }
    r.dimension().ifPresent(d -> o.put("dimension", d.text()));
    text(o, "severity", r.severity());
    text(o, "businessImpact", r.businessImpact());
    text(o, "method", r.method());
    text(o, "schedule", r.schedule());
    text(o, "scheduler", r.scheduler());
    strings(o, "tags", r.tags());
    TreeExtras.write(o, r.customProperties(), r.authoritativeDefinitions());
    return o;
  }

  private static JsonNode operand(Threshold t) {
    return t.operator().arity() == 1 ? TreeExtras.node(t.operand()) : TreeExtras.node(t.operands());
  }

  static ObjectNode relationship(Relationship r) {
    ObjectNode o = NODES.objectNode();
    o.put("type", r.type());
    if (!r.from().isEmpty()) {
      o.set("from", refs(r.from()));
    }
    o.set("to", r.from().isEmpty() && r.to().size() == 1 ? NODES.textNode(r.to().get(0)) : refs(r.to()));
    TreeExtras.write(o, r.customProperties(), List.of());
    return o;
  }

  private static JsonNode refs(List<String> refs) {
    if (refs.size() == 1) {
      return NODES.textNode(refs.get(0));
    }
    ArrayNode a = NODES.arrayNode();
    refs.forEach(a::add);
    return a;
  }

  private static void flag(ObjectNode o, String key, boolean value) {
    if (value) {
      o.put(key, true);
    }
  }
}
