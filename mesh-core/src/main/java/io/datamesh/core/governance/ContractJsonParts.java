package io.datamesh.core.governance;

import static io.datamesh.core.governance.ContractJson.custom;
import static io.datamesh.core.governance.ContractJson.put;
import static io.datamesh.core.governance.ContractJson.strings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamesh.api.contract.AuthoritativeDefinition;
import io.datamesh.api.contract.ContractDescription;
import io.datamesh.api.contract.Role;
import io.datamesh.api.contract.Server;
import io.datamesh.api.contract.Team;
import io.datamesh.api.contract.TeamMember;
import java.util.List;

/** The contract-level parts of {@link ContractJson} besides the schema: description, servers, team and roles. */
final class ContractJsonParts {
  private ContractJsonParts() {}

  static void description(ObjectNode n, ContractDescription d) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    put(o, "purpose", d.purpose());
    put(o, "usage", d.usage());
    put(o, "limitations", d.limitations());
    definitions(o, d.authoritativeDefinitions());
    custom(o, d.customProperties());
    if (!o.isEmpty()) {
      n.set("description", o);
    }
  }

  static void servers(ObjectNode n, List<Server> servers) {
    if (servers.isEmpty()) {
      return;
    }
    ArrayNode a = n.putArray("servers");
    for (Server s : servers) {
      ObjectNode o = a.addObject();
      put(o, "id", s.id());
      o.put("server", s.server());
      o.put("type", s.type());
      put(o, "description", s.description());
      put(o, "environment", s.environment());
      // The server type's own fields (host, port, database, topic...) sit beside the common ones, as in ODCS.
      s.attributes().forEach((k, v) -> o.set(k, Json.tree(v)));
      roles(o, s.roles());
      custom(o, s.customProperties());
    }
  }

  static ObjectNode team(Team t) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    put(o, "id", t.id());
    put(o, "name", t.name());
    put(o, "description", t.description());
    ArrayNode members = o.putArray("members");
    for (TeamMember m : t.members()) {
      ObjectNode mo = members.addObject();
      put(mo, "id", m.id());
      mo.put("username", m.username());
      put(mo, "name", m.name());
      put(mo, "role", m.role());
      put(mo, "description", m.description());
      m.dateIn().ifPresent(d -> mo.put("dateIn", d.toString()));
      m.dateOut().ifPresent(d -> mo.put("dateOut", d.toString()));
      put(mo, "replacedByUsername", m.replacedByUsername());
      strings(mo, "tags", m.tags());
      custom(mo, m.customProperties());
    }
    strings(o, "tags", t.tags());
    custom(o, t.customProperties());
    definitions(o, t.authoritativeDefinitions());
    return o;
  }

  static void roles(ObjectNode n, List<Role> roles) {
    if (roles.isEmpty()) {
      return;
    }
    ArrayNode a = n.putArray("roles");
    for (Role r : roles) {
      ObjectNode o = a.addObject();
      put(o, "id", r.id());
      o.put("role", r.role());
      put(o, "description", r.description());
      put(o, "access", r.access());
      put(o, "firstLevelApprovers", r.firstLevelApprovers());
      put(o, "secondLevelApprovers", r.secondLevelApprovers());
      custom(o, r.customProperties());
    }
  }

  static void definitions(ObjectNode n, List<AuthoritativeDefinition> definitions) {
    if (definitions.isEmpty()) {
      return;
    }
    ArrayNode a = n.putArray("authoritativeDefinitions");
    for (AuthoritativeDefinition d : definitions) {
      ObjectNode o = a.addObject();
      put(o, "id", d.id());
      o.put("url", d.url());
      o.put("type", d.type());
      put(o, "description", d.description());
    }
  }
}
