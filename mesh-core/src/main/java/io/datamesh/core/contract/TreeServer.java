package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.Role;
import io.datamesh.api.contract.Server;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code Server} view over one {@code servers} entry; keys beyond the base ones are its attributes. */
final class TreeServer implements Server {
  private static final Set<String> BASE =
      Set.of("id", "server", "type", "description", "environment", "roles", "customProperties");

  private final JsonNode node;

  TreeServer(JsonNode node) {
    this.node = node;
  }

  @Override
  public String server() {
    return Nodes.text(node, "server").orElse("");
  }

  @Override
  public String type() {
    return Nodes.text(node, "type").orElse("");
  }

  @Override
  public Optional<String> id() {
    return Nodes.text(node, "id");
  }

  @Override
  public Optional<String> description() {
    return Nodes.text(node, "description");
  }

  @Override
  public Optional<String> environment() {
    return Nodes.text(node, "environment");
  }

  @Override
  public List<Role> roles() {
    return Nodes.list(node.get("roles"), n -> n.isObject() ? new TreeRole(n) : null);
  }

  @Override
  public List<CustomProperty> customProperties() {
    return Nodes.customProperties(node);
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      Object v = Nodes.plain(e.getValue());
      if (!BASE.contains(e.getKey()) && v != null) {
        m.put(e.getKey(), v);
      }
    }
    return Collections.unmodifiableMap(m);
  }

  @Override
  public String toString() {
    return "Server[" + server() + " " + type() + "]";
  }
}
