package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.Relationship;
import java.util.List;

/** Reads the {@code relationships} of a schema object or property as {@code Relationship} values. */
final class TreeRelationships {
  private TreeRelationships() {}

  static List<Relationship> of(JsonNode owner) {
    return Nodes.list(owner.get("relationships"), r -> {
      List<String> to = refs(r.get("to"));
      List<String> from = refs(r.get("from"));
      if (to.isEmpty() || !from.isEmpty() && from.size() != to.size()) {
        return null;
      }
      return Relationship.of(from, to, Nodes.customProperties(r));
    });
  }

  private static List<String> refs(JsonNode node) {
    if (node == null) {
      return List.of();
    }
    if (node.isTextual()) {
      return node.asText().isBlank() ? List.of() : List.of(node.asText());
    }
    return Nodes.list(node, n -> n.isTextual() && !n.asText().isBlank() ? n.asText() : null);
  }
}
