package io.datamesh.core.contract;

import static io.datamesh.core.contract.Shapes.array;
import static io.datamesh.core.contract.Shapes.bool;
import static io.datamesh.core.contract.Shapes.integer;
import static io.datamesh.core.contract.Shapes.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A schema property (a column or field) or the {@code items} of an array. Which keys it may have depends on its
 * {@code logicalType}, as in ODCS v3.1.0: objects have {@code properties}, arrays {@code items}, and each type its
 * own {@code logicalTypeOptions}. Without a logicalType every branch of the standard applies at once.
 */
final class PropertyShape implements Shape {
  static final List<String> LOGICAL_TYPES =
      List.of("string", "date", "timestamp", "time", "number", "integer", "object", "array", "boolean");
  static final PropertyShape PROPERTY = new PropertyShape(false);
  static final PropertyShape ITEMS = new PropertyShape(true);

  private final boolean items;
  private final Map<String, Fields> fieldsByType = new java.util.concurrent.ConcurrentHashMap<>();

  /** The keys allowed for one logicalType, and the same with items/properties as placeholders (reported apart). */
  private record Fields(Map<String, Shape> allowed, Map<String, Shape> known) {}

  private PropertyShape(boolean items) {
    this.items = items;
  }

  /** Returns the keys a property may have, given its logicalType (absent: "", mistyped: "?"). */
  private Fields fields(boolean absent, String t) {
    return fieldsByType.computeIfAbsent(absent ? "" : "=" + t, k -> {
      Map<String, Shape> fields = new LinkedHashMap<>(base());
      if (items || absent || t.equals("object")) {
        fields.put("properties", array(PROPERTY));
      }
      if (absent || t.equals("array")) {
        fields.put("items", ITEMS);
      }
      Map<String, Shape> known = new LinkedHashMap<>(fields);
      known.putIfAbsent("items", Shapes.any());
      known.putIfAbsent("properties", Shapes.any());
      return new Fields(fields, known);
    });
  }

  private static Map<String, Shape> base() {
    Map<String, Shape> m = CommonShapes.schemaElement();
    m.put("primaryKey", bool());
    m.put("primaryKeyPosition", integer());
    m.put("logicalType", Shapes.string().oneOf(LOGICAL_TYPES, "put the database type (varchar, int4, ...) in"
        + " physicalType"));
    m.put("logicalTypeOptions", SimpleShape.OBJECT);
    m.put("physicalName", string());
    m.put("required", bool());
    m.put("unique", bool());
    m.put("partitioned", bool());
    m.put("partitionKeyPosition", integer());
    m.put("classification", string());
    m.put("encryptedName", string());
    m.put("transformSourceObjects", array(string()));
    m.put("transformLogic", string());
    m.put("transformDescription", string());
    m.put("examples", array(Shapes.any()));
    m.put("criticalDataElement", bool());
    m.put("relationships", array(RelationshipShape.PROPERTY_LEVEL));
    m.put("quality", array(QualityShape.INSTANCE));
    return m;
  }

  @Override
  public void check(JsonNode node, String path, Check check) {
    String what = items ? "the items of an array" : "a schema property";
    if (!node.isObject()) {
      check.error("schema.type", path, "expected " + what + " (a mapping), found " + Json.kind(node), "");
      return;
    }
    JsonNode type = node.get("logicalType");
    boolean absent = type == null;
    String t = type != null && type.isTextual() ? type.asText() : "";
    Fields allowed = fields(absent, LOGICAL_TYPES.contains(t) ? t : "?");
    Map<String, Shape> fields = allowed.allowed();
    for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext();) {
      String name = names.next();
      if (!fields.containsKey(name) && (name.equals("items") || name.equals("properties"))) {
        check.errorAtKey("schema.unknown-key", path, name, "'" + name + "' is only allowed when logicalType is "
            + (name.equals("items") ? "array" : "object") + (absent ? "" : ", not " + Json.kind(type)),
            "set logicalType: " + (name.equals("items") ? "array" : "object") + ", or remove " + name);
      }
    }
    ObjectShape.members(node, path, check, allowed.known(), items ? List.of() : List.of("name"), true, what);
    options(node.get("logicalTypeOptions"), SourceMap.child(path, "logicalTypeOptions"), absent, t, check);
  }

  private static void options(JsonNode options, String path, boolean absent, String type, Check check) {
    if (options == null || !options.isObject() || options.size() == 0) {
      return;
    }
    if (absent) {
      check.error("schema.options-without-type", path, "logicalTypeOptions " + fieldNames(options)
          + " need a logicalType", "set the logicalType these options refine");
      return;
    }
    ObjectShape shape = OptionShapes.BY_TYPE.get(type);
    if (shape != null) {
      shape.check(options, path, check);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
