package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiConsumer;

/** Visits the parts of a contract tree that semantic checks look at, skipping nodes of the wrong kind. */
final class Walk {
  private Walk() {}

  /** Calls the visitor with each schema object and its path. */
  static void schemaObjects(JsonNode root, BiConsumer<JsonNode, String> visitor) {
    elements(root.get("schema"), "/schema", visitor);
  }

  /** Calls the visitor with each property of a schema object or property, recursing into objects and items. */
  static void properties(JsonNode owner, String path, BiConsumer<JsonNode, String> visitor) {
    elements(owner.get("properties"), SourceMap.child(path, "properties"), (p, pp) -> {
      visitor.accept(p, pp);
      properties(p, pp, visitor);
      JsonNode items = p.get("items");
      if (items != null && items.isObject()) {
        String ip = SourceMap.child(pp, "items");
        visitor.accept(items, ip);
        properties(items, ip, visitor);
      }
    });
  }

  /** Calls the visitor with each mapping of a list, and its path. */
  static void elements(JsonNode list, String path, BiConsumer<JsonNode, String> visitor) {
    if (list == null || !list.isArray()) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).isObject()) {
        visitor.accept(list.get(i), SourceMap.child(path, i));
      }
    }
  }

  static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isTextual() ? v.asText() : "";
  }
}
