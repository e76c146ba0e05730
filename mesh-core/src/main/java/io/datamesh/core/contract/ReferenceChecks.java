package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what the schema cannot: relationship targets and SLA elements resolve to properties of this contract
 * (a warning, since they may name another contract), and the two ends of a composite key have the same size.
 */
final class ReferenceChecks {
  private ReferenceChecks() {}

  static void check(JsonNode root, Check check) {
    References refs = new References(root);
    Walk.schemaObjects(root, (o, op) -> {
      Walk.elements(o.get("relationships"), SourceMap.child(op, "relationships"),
          (r, rp) -> relationship(r, rp, true, refs, check));
      Walk.properties(o, op, (p, pp) -> Walk.elements(p.get("relationships"),
          SourceMap.child(pp, "relationships"), (r, rp) -> relationship(r, rp, false, refs, check)));
    });
    Walk.elements(root.get("slaProperties"), "/slaProperties", (s, sp) -> sla(s, sp, refs, check));
  }

  private static void relationship(JsonNode rel, String path, boolean schemaLevel, References refs, Check check) {
    List<String> from = refs(rel.get("from"));
    List<String> to = refs(rel.get("to"));
    int fromSize = schemaLevel ? from.size() : 1;
    if (!to.isEmpty() && (schemaLevel ? !from.isEmpty() : true) && fromSize != to.size()) {
      check.error("relationship.arity", path, "the key has " + fromSize + " column(s) on the 'from' side and "
          + to.size() + " on the 'to' side", "list as many target columns as source columns, in order");
    }
    for (String r : to) {
      if (RelationshipShape.isReference(r) && !References.external(r) && !refs.resolves(r)) {
        check.warning("relationship.target", SourceMap.child(path, "to"), "'" + r + "' does not name a property"
            + " of this contract", "check the spelling; a target in another contract is written"
            + " other.odcs.yaml#/schema/<id>/properties/<id>");
      }
    }
    for (String r : schemaLevel ? from : List.<String>of()) {
      if (RelationshipShape.isReference(r) && !References.external(r) && !refs.resolves(r)) {
        check.warning("relationship.source", SourceMap.child(path, "from"), "'" + r + "' does not name a property"
            + " of this contract", "check the spelling of table.column");
      }
    }
  }

  private static void sla(JsonNode sla, String path, References refs, Check check) {
    String element = Walk.text(sla, "element");
    for (String part : element.split(",")) {
      String e = part.trim();
      if (e.isEmpty()) {
        continue;
      }
      int dot = e.indexOf('.');
      boolean ok = dot < 0 ? refs.hasObject(e) : refs.hasColumn(e.substring(0, dot), e.substring(dot + 1));
      if (!ok) {
        check.warning("sla.element", SourceMap.child(path, "element"), "SLA element '" + e + "' names no "
            + (dot < 0 ? "schema object" : "property") + " of this contract", "write table or table.column of"
            + " this contract");
      }
    }
  }

  private static List<String> refs(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isTextual()) {
      out.add(node.asText());
    } else if (node.isArray()) {
      node.forEach(n -> {
        if (n.isTextual()) {
          out.add(n.asText());
        }
      });
    }
    return out;
  }
}
