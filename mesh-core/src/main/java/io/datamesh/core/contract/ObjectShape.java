package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping with known keys, some required. A closed mapping (ODCS {@code additionalProperties} or
 * {@code unevaluatedProperties: false}) reports unknown keys at the mapping's path with the key's location.
 */
final class ObjectShape implements Shape {
  private final String what;
  private final Map<String, Shape> fields;
  private final List<String> required;
  private final boolean closed;

  ObjectShape(String what, Map<String, Shape> fields, List<String> required, boolean closed) {
    this.what = what;
    this.fields = fields;
    this.required = required;
    this.closed = closed;
  }

  ObjectShape with(String name, Shape shape) {
    Map<String, Shape> more = new LinkedHashMap<>(fields);
    more.put(name, shape);
    return new ObjectShape(what, more, required, closed);
  }

  ObjectShape withAll(Map<String, Shape> shapes) {
    Map<String, Shape> more = new LinkedHashMap<>(fields);
    more.putAll(shapes);
    return new ObjectShape(what, more, required, closed);
  }

  ObjectShape required(String... names) {
    return new ObjectShape(what, fields, List.of(names), closed);
  }

  ObjectShape open() {
    return new ObjectShape(what, fields, required, false);
  }

  Map<String, Shape> fields() {
    return fields;
  }

  @Override
  public void check(JsonNode node, String path, Check check) {
    if (!node.isObject()) {
      check.error("schema.type", path, "expected " + what + " (a mapping), found " + Json.kind(node), "");
      return;
    }
    members(node, path, check, fields, required, closed, what);
  }

  /** Checks required keys, unknown keys (when closed) and every known member. */
  static void members(JsonNode node, String path, Check check, Map<String, Shape> fields,
      Collection<String> required, boolean closed, String what) {
    for (String r : required) {
      if (!node.has(r)) {
        check.error("schema.required", path, what + " needs '" + r + "'", "add " + r + ": ...");
      }
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
      String name = names.next();
      String childPath = SourceMap.child(path, name);
      Shape shape = fields.get(name);
      if (shape == null) {
        if (closed) {
          unknown(check, path, name, fields.keySet(), what);
        }
        continue;
      }
      JsonNode child = shape.wantsString() ? check.asWritten(node, name, childPath) : node.get(name);
      shape.check(child, childPath, check);
    }
  }

  static void unknown(Check check, String path, String name, Collection<String> known, String what) {
    String near = Suggest.closest(name, known);
    String hint = near.isEmpty()
        ? "allowed: " + String.join(", ", known) + "; put your own keys under customProperties"
        : "did you mean '" + near + "'?";
    check.errorAtKey("schema.unknown-key", path, name, "'" + name + "' is not a key of " + what, hint);
  }
}
