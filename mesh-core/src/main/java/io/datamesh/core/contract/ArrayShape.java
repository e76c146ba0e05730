package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashSet;
import java.util.Set;

/** A list whose items all have one shape, with optional size bounds and distinct items. */
final class ArrayShape implements Shape {
  private final Shape items;
  private final int minItems;
  private final boolean unique;

  ArrayShape(Shape items, int minItems, boolean unique) {
    this.items = items;
    this.minItems = minItems;
    this.unique = unique;
  }

  ArrayShape minItems(int n) {
    return new ArrayShape(items, n, unique);
  }

  ArrayShape unique() {
    return new ArrayShape(items, minItems, true);
  }

  @Override
  public void check(JsonNode node, String path, Check check) {
    if (!node.isArray()) {
      check.error("schema.type", path, "expected a list, found " + Json.kind(node),
          "write a list, even of one item: [" + Json.abbreviate(node.toString()) + "]");
      return;
    }
    if (node.size() < minItems) {
      check.error("schema.min-items", path, "the list has " + node.size() + " item(s), at least " + minItems
          + " are needed", "");
    }
    Set<JsonNode> seen = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String itemPath = SourceMap.child(path, i);
      JsonNode item = items.wantsString() ? check.asWritten((ArrayNode) node, i, itemPath) : node.get(i);
      items.check(item, itemPath, check);
      if (unique && !seen.add(item)) {
        check.error("schema.unique-items", path, "'" + Json.abbreviate(item.asText()) + "' appears twice",
            "list each value once");
      }
    }
  }
}
