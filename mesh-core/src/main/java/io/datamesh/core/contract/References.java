package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** Knows which {@code table.column} and {@code schema/<id>/properties/<id>} references resolve in a contract. */
final class References {
  private final Set<String> objects = new HashSet<>();
  private final Set<String> columns = new HashSet<>();
  private final Set<String> ids = new HashSet<>();

  References(JsonNode root) {
    Walk.schemaObjects(root, (o, op) -> {
      String name = Walk.text(o, "name");
      String id = Walk.text(o, "id");
      objects.add(name);
      Walk.elements(o.get("properties"), SourceMap.child(op, "properties"), (p, pp) -> {
        columns.add(name + "." + Walk.text(p, "name"));
        if (!id.isEmpty() && !Walk.text(p, "id").isEmpty()) {
          ids.add("schema/" + id + "/properties/" + Walk.text(p, "id"));
        }
      });
      if (!id.isEmpty()) {
        ids.add("schema/" + id);
      }
    });
  }

  /** Tells whether a reference is to another document (which this check cannot see). */
  static boolean external(String reference) {
    return reference.contains("#");
  }

  boolean resolves(String reference) {
    String r = reference.startsWith("/") ? reference.substring(1) : reference;
    return columns.contains(r) || ids.contains(r);
  }

  boolean hasObject(String name) {
    return objects.contains(name);
  }

  boolean hasColumn(String object, String column) {
    return columns.contains(object + "." + column);
  }
}
