package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.ContractDescription;
import io.datamesh.api.contract.Role;
import io.datamesh.api.contract.Server;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.contract.Team;
import io.datamesh.api.contract.TeamMember;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns a {@code Contract} built in code into the ODCS v3.1.0 document that says the same. */
final class ModelToTree {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ModelToTree() {}

  static ObjectNode contract(Contract c) {
    ObjectNode n = NODES.objectNode();
    n.put("apiVersion", c.apiVersion());
    n.put("kind", "DataContract");
    n.put("id", c.id());
    n.put("version", c.version());
    text(n, "status", c.status());
    text(n, "name", c.name());
    text(n, "tenant", c.tenant());
    text(n, "domain", c.domain());
    text(n, "dataProduct", c.dataProduct());
    description(n, c.description());
    strings(n, "tags", c.tags());
    list(n, "servers", c.servers(), ModelToTree::server);
    list(n, "schema", c.schema(), SchemaToTree::object);
    c.team().ifPresent(t -> n.set("team", team(t)));
    list(n, "roles", c.roles(), ModelToTree::role);
    list(n, "slaProperties", c.slaProperties(), ModelToTree::sla);
    TreeExtras.write(n, c.customProperties(), c.authoritativeDefinitions());
    return n;
  }

  private static void description(ObjectNode n, ContractDescription d) {
    ObjectNode o = NODES.objectNode();
    text(o, "purpose", d.purpose());
    text(o, "usage", d.usage());
    text(o, "limitations", d.limitations());
    TreeExtras.write(o, d.customProperties(), d.authoritativeDefinitions());
    if (!o.isEmpty()) {
      n.set("description", o);
    }
  }

  private static ObjectNode server(Server s) {
    ObjectNode o = NODES.objectNode();
    text(o, "id", s.id());
    o.put("server", s.server());
    o.put("type", s.type());
    text(o, "description", s.description());
    text(o, "environment", s.environment());
    s.attributes().forEach((k, v) -> o.set(k, TreeExtras.node(v)));
    list(o, "roles", s.roles(), ModelToTree::role);
    TreeExtras.write(o, s.customProperties(), List.of());
    return o;
  }

  private static ObjectNode team(Team t) {
    ObjectNode o = NODES.objectNode();
    text(o, "id", t.id());
    text(o, "name", t.name());
    text(o, "description", t.description());
    list(o, "members", t.members(), ModelToTree::member);
    strings(o, "tags", t.tags());
    TreeExtras.write(o, t.customProperties(), t.authoritativeDefinitions());
    return o;
  }

  private static ObjectNode member(TeamMember m) {
    ObjectNode o = NODES.objectNode();
    text(o, "id", m.id());
    o.put("username", m.username());
    text(o, "name", m.name());
    text(o, "role", m.role());
    text(o, "description", m.description());
    text(o, "dateIn", m.dateIn().map(Object::toString));
    text(o, "dateOut", m.dateOut().map(Object::toString));
    text(o, "replacedByUsername", m.replacedByUsername());
    strings(o, "tags", m.tags());
    TreeExtras.write(o, m.customProperties(), List.of());
    return o;
  }

  private static ObjectNode role(Role r) {
    ObjectNode o = NODES.objectNode();
    text(o, "id", r.id());
    o.put("role", r.role());
    text(o, "access", r.access());
    text(o, "description", r.description());
    text(o, "firstLevelApprovers", r.firstLevelApprovers());
    text(o, "secondLevelApprovers", r.secondLevelApprovers());
    TreeExtras.write(o, r.customProperties(), List.of());
    return o;
  }

  private static ObjectNode sla(SlaProperty s) {
    ObjectNode o = NODES.objectNode();
    text(o, "id", s.id());
    o.put("property", s.property());
    o.set("value", TreeExtras.node(s.value().orElse(null)));
    s.valueExt().ifPresent(v -> o.set("valueExt", TreeExtras.node(v)));
    text(o, "unit", s.unit());
    text(o, "element", s.element());
    text(o, "driver", s.driver());
    text(o, "description", s.description());
    text(o, "schedule", s.schedule());
    text(o, "scheduler", s.scheduler());
    return o;
  }

  static void text(ObjectNode n, String key, Optional<String> value) {
    value.ifPresent(v -> n.put(key, v));
  }

  static void strings(ObjectNode n, String key, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = n.putArray(key);
      values.forEach(a::add);
    }
  }

  static <T> void list(ObjectNode n, String key, List<T> values, Function<T, JsonNode> mapper) {
    if (!values.isEmpty()) {
      ArrayNode a = n.putArray(key);
      values.forEach(v -> a.add(mapper.apply(v)));
    }
  }
}
