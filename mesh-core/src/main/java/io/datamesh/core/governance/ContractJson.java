package io.datamesh.core.governance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SlaProperty;
import java.util.List;
import java.util.Optional;

/**
 * The ODCS v3.1-shaped JSON of a contract, limited to what policies read: identity, schema objects and their
 * properties at any depth (with {@code items}), SLA properties and custom properties. Full ODCS I/O lives in
 * {@code io.datamesh.core.contract}; this projection does not depend on it.
 */
final class ContractJson {
  static final int MAX_DEPTH = 64;

  private ContractJson() {}

  static ObjectNode contract(Contract c) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("apiVersion", c.apiVersion());
    n.put("kind", "DataContract");
    n.put("id", c.id());
    n.put("version", c.version());
    put(n, "name", c.name());
    put(n, "status", c.status());
    put(n, "domain", c.domain());
    put(n, "dataProduct", c.dataProduct());
    strings(n, "tags", c.tags());
    ArrayNode schema = n.putArray("schema");
    for (SchemaObject o : c.schema()) {
      schema.add(object(o));
    }
    ArrayNode sla = n.putArray("slaProperties");
    for (SlaProperty s : c.slaProperties()) {
      sla.add(sla(s));
    }
    custom(n, c.customProperties());
    return n;
  }

  private static ObjectNode object(SchemaObject o) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("name", o.name());
    n.put("logicalType", "object");
    put(n, "physicalName", o.physicalName());
    put(n, "businessName", o.businessName());
    put(n, "description", o.description());
    strings(n, "tags", o.tags());
    ArrayNode props = n.putArray("properties");
    for (SchemaProperty p : o.properties()) {
      props.add(property(p, 1));
    }
    return n;
  }

  private static ObjectNode property(SchemaProperty p, int depth) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("name", p.name());
    p.logicalType().ifPresent(t -> n.put("logicalType", t.text()));
    put(n, "physicalType", p.physicalType());
    put(n, "businessName", p.businessName());
    put(n, "description", p.description());
    put(n, "classification", p.classification());
    n.put("required", p.required());
    n.put("unique", p.unique());
    n.put("primaryKey", p.primaryKey());
    n.put("criticalDataElement", p.criticalDataElement());
    strings(n, "transformSourceObjects", p.transformSourceObjects());
    put(n, "transformLogic", p.transformLogic());
    strings(n, "tags", p.tags());
    custom(n, p.customProperties());
    if (depth >= MAX_DEPTH) {
      return n; // contracts are validated elsewhere; a pathological depth must not overflow the stack here
    }
    if (!p.properties().isEmpty()) {
      ArrayNode props = n.putArray("properties");
      for (SchemaProperty child : p.properties()) {
        props.add(property(child, depth + 1));
      }
    }
    p.items().ifPresent(i -> n.set("items", property(i, depth + 1)));
    return n;
  }

  private static ObjectNode sla(SlaProperty s) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("property", s.property());
    s.value().ifPresent(v -> n.set("value", Json.tree(v)));
    s.valueExt().ifPresent(v -> n.set("valueExt", Json.tree(v)));
    put(n, "unit", s.unit());
    put(n, "element", s.element());
    put(n, "driver", s.driver());
    put(n, "description", s.description());
    return n;
  }

  private static void custom(ObjectNode n, List<CustomProperty> props) {
    if (props.isEmpty()) {
      return;
    }
    ArrayNode a = n.putArray("customProperties");
    for (CustomProperty c : props) {
      ObjectNode cp = a.addObject();
      cp.put("property", c.property());
      c.value().ifPresent(v -> cp.set("value", Json.tree(v)));
    }
  }

  private static void put(ObjectNode n, String key, Optional<String> value) {
    value.ifPresent(v -> n.put(key, v));
  }

  private static void strings(ObjectNode n, String key, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = n.putArray(key);
      values.forEach(a::add);
    }
  }
}
