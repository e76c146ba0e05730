package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A foreign key (ODCS {@code relationships}). References are {@code table.column} or
 * {@code [file.yaml#]schema/<id>/properties/<id>}, alone or in a list (a composite key). At property level
 * {@code from} is the property itself and must not be written; at schema level both ends are required and are
 * either both single references or both lists.
 */
final class RelationshipShape implements Shape {
  static final RelationshipShape PROPERTY_LEVEL = new RelationshipShape(false);
  static final RelationshipShape SCHEMA_LEVEL = new RelationshipShape(true);
  static final Pattern SHORTHAND = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$");
  static final Pattern QUALIFIED = Pattern.compile("^(?:(?:https?://)?[A-Za-z0-9._\\-/]+\\.yaml#)?/?"
      + "[A-Za-z_][A-Za-z0-9_]*/[A-Za-z0-9_-]+(?:/[A-Za-z_][A-Za-z0-9_]*/[A-Za-z0-9_-]+)*$");
  private static final String REF_HINT = "write table.column, or schema/<id>/properties/<id>";

  private final boolean schemaLevel;

  private RelationshipShape(boolean schemaLevel) {
    this.schemaLevel = schemaLevel;
  }

  @Override
  public void check(JsonNode node, String path, Check check) {
    if (!node.isObject()) {
      check.error("schema.type", path, "expected a relationship (a mapping), found " + Json.kind(node), "");
      return;
    }
    Map<String, Shape> fields = new LinkedHashMap<>();
    fields.put("type", Shapes.oneOf("foreignKey is the only relationship type of ODCS v3.1", "foreignKey"));
    fields.put("from", Shapes.any());
    fields.put("to", Shapes.any());
    fields.put("customProperties", CommonShapes.CUSTOM_PROPERTIES);
    List<String> required = schemaLevel ? List.of("from", "to") : List.of("to");
    ObjectShape.members(node, path, check, fields, required, true, "a relationship");
    references(node.get("from"), SourceMap.child(path, "from"), check);
    references(node.get("to"), SourceMap.child(path, "to"), check);
    if (!schemaLevel && node.has("from")) {
      check.errorAtKey("schema.relationship-from", path, "from", "a property's relationship has no 'from': it is"
          + " the property itself", "remove from, or move the relationship to the schema object");
    }
    if (schemaLevel) {
      JsonNode from = node.get("from");
      JsonNode to = node.get("to");
      if (from != null && to != null && !(from.isTextual() && to.isTextual() || stringList(from)
          && stringList(to))) {
        check.error("schema.relationship-ends", path, "'from' and 'to' must both be a reference or both a list"
            + " of references, found " + Json.kind(from) + " and " + Json.kind(to), REF_HINT);
      }
    }
  }

  private static boolean stringList(JsonNode node) {
    if (!node.isArray() || node.isEmpty()) {
      return false;
    }
    for (JsonNode n : node) {
      if (!n.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static void references(JsonNode node, String path, Check check) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      if (!isReference(node.asText())) {
        check.error("schema.reference", path, "'" + Json.abbreviate(node.asText()) + "' is not a reference",
            REF_HINT);
      }
    } else if (node.isArray() && !node.isEmpty()) {
      for (JsonNode n : node) {
        if (!n.isTextual() || !isReference(n.asText())) {
          check.error("schema.reference", path, Json.kind(n) + " in the list is not a reference", REF_HINT);
        }
      }
    } else {
      check.error("schema.reference", path, "expected a reference or a non-empty list of references, found "
          + Json.kind(node), REF_HINT);
    }
  }

  static boolean isReference(String text) {
    return SHORTHAND.matcher(text).find() || QUALIFIED.matcher(text).find();
  }
}
