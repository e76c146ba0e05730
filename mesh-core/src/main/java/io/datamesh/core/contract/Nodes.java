package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.AuthoritativeDefinition;
import io.datamesh.api.contract.CustomProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads typed values out of a contract tree for the {@code Contract} views; absent or mistyped means empty. */
final class Nodes {
  private Nodes() {}

  static Optional<String> text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  static boolean nonBlank(JsonNode node, String key) {
    return text(node, key).filter(s -> !s.isBlank()).isPresent();
  }

  static boolean flag(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isBoolean() && v.booleanValue();
  }

  static OptionalInt position(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && Json.isInteger(v) && v.intValue() >= 1 ? OptionalInt.of(v.intValue()) : OptionalInt.empty();
  }

  static List<String> strings(JsonNode node, String key) {
    return list(node.get(key), n -> n.isTextual() ? n.asText() : null);
  }

  /** Maps the elements of a list node, skipping those the mapper rejects with null. */
  static <T> List<T> list(@Nullable JsonNode list, Function<JsonNode, @Nullable T> mapper) {
    if (list == null || !list.isArray()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(list.size());
    for (JsonNode n : list) {
      T t = mapper.apply(n);
      if (t != null) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }

  static Optional<Object> value(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null ? Optional.empty() : Optional.ofNullable(plain(v));
  }

  /** Converts a node to plain Java values: String, Boolean, BigDecimal, List, Map; JSON null to null. */
  static @Nullable Object plain(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return node.asText();
      case BOOLEAN:
        return node.booleanValue();
      case NUMBER:
        BigDecimal d = node.decimalValue().stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
      case ARRAY:
        List<@Nullable Object> items = new ArrayList<>(node.size());
        node.forEach(n -> items.add(plain(n)));
        return Collections.unmodifiableList(items);
      case OBJECT:
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          map.put(e.getKey(), plain(e.getValue()));
        }
        return Collections.unmodifiableMap(map);
      default:
        return null;
    }
  }

  static List<CustomProperty> customProperties(JsonNode node) {
    return list(node.get("customProperties"), n -> n.isObject() && nonBlank(n, "property")
        ? CustomProperty.of(text(n, "property").get(), value(n, "value"), text(n, "description"), text(n, "id"))
        : null);
  }

  static List<AuthoritativeDefinition> definitions(JsonNode node) {
    return list(node.get("authoritativeDefinitions"), n -> nonBlank(n, "url") && nonBlank(n, "type")
        ? AuthoritativeDefinition.of(text(n, "url").get(), text(n, "type").get(), text(n, "description"),
            text(n, "id")) : null);
  }
}
