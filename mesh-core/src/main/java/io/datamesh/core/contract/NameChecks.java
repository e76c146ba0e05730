package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** Checks that names that others refer to are unique: schema objects, properties of one owner, servers. */
final class NameChecks {
  private NameChecks() {}

  static void check(JsonNode root, Check check) {
    unique(root.get("schema"), "/schema", "name", "schema object", check);
    unique(root.get("servers"), "/servers", "server", "server", check);
    Walk.schemaObjects(root, (o, op) -> {
      unique(o.get("properties"), SourceMap.child(op, "properties"), "name", "property", check);
      Walk.properties(o, op, (p, pp) -> unique(p.get("properties"), SourceMap.child(pp, "properties"), "name",
          "property", check));
    });
  }

  private static void unique(JsonNode list, String path, String key, String what, Check check) {
    Map<String, String> seen = new HashMap<>();
    Walk.elements(list, path, (e, ep) -> {
      String name = Walk.text(e, key);
      if (name.isEmpty()) {
        return;
      }
      String first = seen.putIfAbsent(name, ep);
      if (first != null) {
        check.error("names.duplicate", SourceMap.child(ep, key), what + " name '" + name + "' is used twice"
            + " (first at " + first + ")", "references such as table.column would be ambiguous; rename one");
      }
    });
  }
}
