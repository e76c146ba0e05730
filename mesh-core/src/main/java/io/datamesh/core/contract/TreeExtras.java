package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamesh.api.contract.AuthoritativeDefinition;
import io.datamesh.api.contract.CustomProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes plain Java values, custom properties and authoritative definitions into a tree. */
final class TreeExtras {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeExtras() {}

  static void write(ObjectNode n, List<CustomProperty> properties, List<AuthoritativeDefinition> definitions) {
    if (!definitions.isEmpty()) {
      ArrayNode a = n.putArray("authoritativeDefinitions");
      for (AuthoritativeDefinition d : definitions) {
        ObjectNode o = a.addObject();
        d.id().ifPresent(v -> o.put("id", v));
        o.put("url", d.url());
        o.put("type", d.type());
        d.description().ifPresent(v -> o.put("description", v));
      }
    }
    if (!properties.isEmpty()) {
      ArrayNode a = n.putArray("customProperties");
      for (CustomProperty p : properties) {
        ObjectNode o = a.addObject();
        p.id().ifPresent(v -> o.put("id", v));
        o.put("property", p.property());
        o.set("value", node(p.value().orElse(null)));
        p.description().ifPresent(v -> o.put("description", v));
      }
    }
  }

  /** Converts a plain Java value; whole numbers become integers, so 0 is written 0 and not 0.0. */
  static JsonNode node(@Nullable Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof String) {
      return NODES.textNode((String) value);
    }
    if (value instanceof Boolean) {
      return NODES.booleanNode((Boolean) value);
    }
    if (value instanceof Number) {
      BigDecimal d = value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
      return d.stripTrailingZeros().scale() <= 0 ? Scalars.integer(d.toBigIntegerExact()) : Scalars.decimal(d);
    }
    if (value instanceof List) {
      ArrayNode a = NODES.arrayNode();
      ((List<?>) value).forEach(v -> a.add(node(v)));
      return a;
    }
    if (value instanceof Map) {
      ObjectNode o = NODES.objectNode();
      ((Map<?, ?>) value).forEach((k, v) -> o.set(String.valueOf(k), node(v)));
      return o;
    }
    return NODES.textNode(value.toString());
  }
}
