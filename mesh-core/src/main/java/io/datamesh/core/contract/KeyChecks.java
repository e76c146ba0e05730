package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Checks each schema object's primary key: positions start at 1, are unique and leave no gap. */
final class KeyChecks {
  private KeyChecks() {}

  static void check(JsonNode root, Check check) {
    Walk.schemaObjects(root, (o, op) -> object(o, op, check));
  }

  private static void object(JsonNode object, String path, Check check) {
    Map<Integer, String> byPosition = new HashMap<>();
    List<String> unpositioned = new ArrayList<>();
    Walk.elements(object.get("properties"), SourceMap.child(path, "properties"), (p, pp) -> {
      JsonNode pk = p.get("primaryKey");
      JsonNode pos = p.get("primaryKeyPosition");
      int position = pos != null && Json.isInteger(pos) ? pos.intValue() : -1;
      boolean key = pk != null && pk.isBoolean() ? pk.booleanValue() : position >= 1;
      String posPath = SourceMap.child(pp, "primaryKeyPosition");
      if (position >= 1 && !key) {
        check.warning("primary-key.flag", posPath, "primaryKeyPosition " + position + " on a property whose"
            + " primaryKey is false", "set primaryKey: true, or remove the position");
        return;
      }
      if (!key) {
        return;
      }
      if (position < 1) {
        unpositioned.add(pp);
        return;
      }
      String first = byPosition.putIfAbsent(position, pp);
      if (first != null) {
        check.error("primary-key.positions", posPath, "primaryKeyPosition " + position + " is used twice (also"
            + " at " + first + ")", "number the key columns 1, 2, 3, ... once each");
      }
    });
    int n = byPosition.size();
    for (Map.Entry<Integer, String> e : byPosition.entrySet()) {
      if (e.getKey() > n) {
        check.error("primary-key.positions", SourceMap.child(e.getValue(), "primaryKeyPosition"),
            "primaryKeyPosition " + e.getKey() + " leaves a gap: the key's positions are "
                + new TreeSet<>(byPosition.keySet()), "number the " + n + " key columns 1 to " + n);
      }
    }
    if (n > 0 && !unpositioned.isEmpty()) {
      check.warning("primary-key.order", unpositioned.get(0), "this key column has no primaryKeyPosition while"
          + " others have one", "give every column of a composite key its position");
    }
  }
}
