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
 * The ODCS v3.1-shaped JSON of a contract, under ODCS names exactly: identity, tenant, description (purpose, usage,
 * limitations, links, custom properties), tags, servers, schema objects and their properties at any depth (with
 * {@code items}), SLA properties, team, roles, custom properties and authoritative definitions. Quality rules and
 * relationships are left out (policies read them through Java built-ins). Full ODCS I/O lives in
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
    put(n, "tenant", c.tenant());
    ContractJsonParts.description(n, c.description());
    strings(n, "tags", c.tags());
    ContractJsonParts.servers(n, c.servers());
    ArrayNode schema = n.putArray("schema");
    for (SchemaObject o : c.schema()) {
      schema.add(object(o));
    }
    ArrayNode sla = n.putArray("slaProperties");
    for (SlaProperty s : c.slaProperties()) {
      sla.add(sla(s));
    }
    c.team().ifPresent(t -> n.set("team", ContractJsonParts.team(t)));
    ContractJsonParts.roles(n, c.roles());
    custom(n, c.customProperties());
    ContractJsonParts.definitions(n, c.authoritativeDefinitions());
    return n;
  }

  private static ObjectNode object(SchemaObject o) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    put(n, "id", o.id());
    n.put("name", o.name());
    n.put("logicalType", "object");
    put(n, "physicalName", o.physicalName());
    put(n, "physicalType", o.physicalType());
    put(n, "businessName", o.businessName());
    put(n, "description", o.description());
    put(n, "dataGranularityDescription", o.dataGranularityDescription());
    strings(n, "tags", o.tags());
    custom(n, o.customProperties());
    ContractJsonParts.definitions(n, o.authoritativeDefinitions());
    ArrayNode props = n.putArray("properties");
    for (SchemaProperty p : o.properties()) {
      props.add(property(p, 1));
    }
    return n;
  }

  private static ObjectNode property(SchemaProperty p, int depth) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    put(n, "id", p.id());
    n.put("name", p.name());
    p.logicalType().ifPresent(t -> n.put("logicalType", t.text()));
    if (!p.logicalTypeOptions().asMap().isEmpty()) {
      n.set("logicalTypeOptions", Json.tree(p.logicalTypeOptions().asMap()));
    }
    put(n, "physicalType", p.physicalType());
    put(n, "physicalName", p.physicalName());
    put(n, "businessName", p.businessName());
    put(n, "description", p.description());
    put(n, "classification", p.classification());
    put(n, "encryptedName", p.encryptedName());
    n.put("required", p.required());
    n.put("unique", p.unique());
    n.put("primaryKey", p.primaryKey());
    p.primaryKeyPosition().ifPresent(i -> n.put("primaryKeyPosition", i));
    n.put("partitioned", p.partitioned());
    p.partitionKeyPosition().ifPresent(i -> n.put("partitionKeyPosition", i));
    n.put("criticalDataElement", p.criticalDataElement());
    strings(n, "transformSourceObjects", p.transformSourceObjects());
    put(n, "transformLogic", p.transformLogic());
    put(n, "transformDescription", p.transformDescription());
    if (!p.examples().isEmpty()) {
      n.set("examples", Json.tree(p.examples()));
    }
    strings(n, "tags", p.tags());
    custom(n, p.customProperties());
    ContractJsonParts.definitions(n, p.authoritativeDefinitions());
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
    put(n, "id", s.id());
    n.put("property", s.property());
    s.value().ifPresent(v -> n.set("value", Json.tree(v)));
    s.valueExt().ifPresent(v -> n.set("valueExt", Json.tree(v)));
    put(n, "unit", s.unit());
    put(n, "element", s.element());
    put(n, "driver", s.driver());
    put(n, "description", s.description());
    put(n, "schedule", s.schedule());
    put(n, "scheduler", s.scheduler());
    return n;
  }

  static void custom(ObjectNode n, List<CustomProperty> props) {
    if (props.isEmpty()) {
      return;
    }
    ArrayNode a = n.putArray("customProperties");
    for (CustomProperty c : props) {
      ObjectNode cp = a.addObject();
      cp.put("property", c.property());
      put(cp, "id", c.id());
      c.value().ifPresent(v -> cp.set("value", Json.tree(v)));
      put(cp, "description", c.description());
    }
  }

  static void put(ObjectNode n, String key, Optional<String> value) {
    value.ifPresent(v -> n.put(key, v));
  }

  static void strings(ObjectNode n, String key, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = n.putArray(key);
      values.forEach(a::add);
    }
  }
}
