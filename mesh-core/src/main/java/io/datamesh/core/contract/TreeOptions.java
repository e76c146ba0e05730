package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.LogicalTypeOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code LogicalTypeOptions} view over a {@code logicalTypeOptions} mapping; nulls are left out. */
final class TreeOptions implements LogicalTypeOptions {
  private final Map<String, Object> map;

  TreeOptions(JsonNode node) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      Object v = Nodes.plain(e.getValue());
      if (v != null) {
        m.put(e.getKey(), v);
      }
    }
    this.map = Collections.unmodifiableMap(m);
  }

  @Override
  public Map<String, Object> asMap() {
    return map;
  }

  @Override
  public String toString() {
    return "LogicalTypeOptions" + map;
  }
}
