package io.datamesh.arrow;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaObjectBuilder;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SchemaPropertyBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Maps a contract's schema objects to Arrow schemas and back, by the table in {@code docs/types.md}. The logical
 * type, its format and {@code required} survive a round trip exactly; the other attributes a property has
 * (description, classification, key positions, options) travel in field metadata under {@code odcs.} keys.
 *
 * <pre>{@code
 * Schema schema = ArrowSchemas.of(contract, "orders");
 * SchemaObject drafted = ArrowSchemas.toSchemaObject("orders", schema);
 * }</pre>
 */
public final class ArrowSchemas {
  /** The schema metadata key that names the schema object. */
  public static final String SCHEMA_OBJECT_KEY = "odcs.schemaObject";
  private static final int MAX_DEPTH = 64;

  private ArrowSchemas() {}

  /**
   * Returns the Arrow schema of one schema object of a contract.
   *
   * @param contract the contract
   * @param schemaObjectName the name of the schema object
   * @return the schema; fields are non-nullable where the property is required
   * @throws MeshException {@code NOT_FOUND} if the contract has no such object, {@code INVALID_ARGUMENT} if a
   *     property has no Arrow type
   */
  public static Schema of(Contract contract, String schemaObjectName) {
    Objects.requireNonNull(schemaObjectName, "schemaObjectName");
    SchemaObject o = contract.schemaObject(schemaObjectName).orElseThrow(() -> new MeshException(
        MeshStatus.NOT_FOUND, "contract " + contract.id() + " " + contract.version() + " has no schema object '"
            + schemaObjectName + "'; it has " + contract.schema().stream().map(SchemaObject::name).toList()));
    return of(o);
  }

  /**
   * Returns the Arrow schema of a schema object.
   *
   * @param object the schema object
   * @return the schema
   * @throws MeshException {@code INVALID_ARGUMENT} if a property has no Arrow type
   */
  public static Schema of(SchemaObject object) {
    List<Field> fields = new ArrayList<>();
    for (SchemaProperty p : object.properties()) {
      fields.add(field(object.name() + "." + p.name(), p, 0));
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put(SCHEMA_OBJECT_KEY, object.name());
    object.description().ifPresent(d -> meta.put("odcs.description", d));
    return new Schema(fields, meta);
  }

  /**
   * Returns the Arrow field of a property.
   *
   * @param property the property
   * @return the field
   * @throws MeshException {@code INVALID_ARGUMENT} if the property has no Arrow type
   */
  public static Field field(SchemaProperty property) {
    return field(property.name(), property, 0);
  }

  private static Field field(String path, SchemaProperty p, int depth) {
    if (depth > MAX_DEPTH) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, "property '" + path + "' is nested deeper than "
          + MAX_DEPTH + " levels");
    }
    LogicalType type = p.logicalType().orElse(null);
    String name = p.name().isEmpty() ? "item" : p.name();
    List<Field> children = new ArrayList<>();
    ArrowType arrow;
    if (type == LogicalType.OBJECT) {
      arrow = ArrowType.Struct.INSTANCE;
      for (SchemaProperty c : p.properties()) {
        children.add(field(path + "." + c.name(), c, depth + 1));
      }
    } else if (type == LogicalType.ARRAY) {
      arrow = ArrowType.List.INSTANCE;
      SchemaProperty items = p.items().orElseThrow(() -> new MeshException(MeshStatus.INVALID_ARGUMENT,
          "array property '" + path + "' has no items; declare the item type"));
      children.add(field(path + ".items", items, depth + 1));
    } else {
      arrow = ArrowTypes.scalar(path, p);
    }
    return new Field(name, new FieldType(!p.required(), arrow, null, FieldMetadata.of(p)), children);
  }

  /**
   * Drafts a schema object from an Arrow schema: types by the reverse table in {@code docs/types.md}, or exactly
   * as recorded when the fields carry {@code odcs.} metadata; non-nullable fields become required.
   *
   * @param name the schema object name
   * @param schema the Arrow schema
   * @return the drafted schema object
   * @throws MeshException {@code INVALID_ARGUMENT} for an Arrow type no logical type describes
   */
  public static SchemaObject toSchemaObject(String name, Schema schema) {
    SchemaObjectBuilder b = SchemaObject.builder(name);
    String description = schema.getCustomMetadata().get("odcs.description");
    if (description != null) {
      b.setDescription(description);
    }
    for (Field f : schema.getFields()) {
      b.addProperty(property(f.getName(), f, false, 0));
    }
    return b.build();
  }

  /**
   * Drafts a contract with one schema object from an Arrow schema, in status {@code draft}, version
   * {@code 0.1.0}.
   *
   * @param id the contract id
   * @param name the schema object name
   * @param schema the Arrow schema
   * @return the drafted contract
   */
  public static Contract draftContract(String id, String name, Schema schema) {
    return Contract.builder().setId(id).setVersion("0.1.0").setName(name).addSchemaObject(toSchemaObject(name,
        schema)).build();
  }

  /**
   * Drafts the property of an Arrow field.
   *
   * @param field the field
   * @return the property
   */
  public static SchemaProperty toProperty(Field field) {
    return property(field.getName(), field, false, 0);
  }

  private static SchemaProperty property(String path, Field f, boolean isItems, int depth) {
    if (depth > MAX_DEPTH) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, "field '" + path + "' is nested too deep");
    }
    Map<String, String> meta = f.getMetadata();
    ArrowType t = f.getType();
    LogicalType type = FieldMetadata.logicalType(meta).orElseGet(() -> ArrowTypes.logical(path, t));
    SchemaPropertyBuilder b = isItems ? SchemaProperty.itemsBuilder(type) : SchemaProperty.builder(f.getName(), type);
    b.setLogicalTypeOptions(meta.containsKey(FieldMetadata.LOGICAL_TYPE) ? FieldMetadata.options(meta, type)
        : inferredOptions(t));
    b.setRequired(!f.isNullable());
    FieldMetadata.describe(b, meta);
    if (!meta.containsKey(FieldMetadata.PREFIX + "physicalType") && t instanceof ArrowType.Decimal) {
      ArrowType.Decimal d = (ArrowType.Decimal) t;
      b.setPhysicalType("DECIMAL(" + d.getPrecision() + "," + d.getScale() + ")");
    }
    if (type == LogicalType.OBJECT) {
      for (Field c : f.getChildren()) {
        b.addProperty(property(path + "." + c.getName(), c, false, depth + 1));
      }
    } else if (type == LogicalType.ARRAY && !f.getChildren().isEmpty()) {
      b.setItems(property(path + ".items", f.getChildren().get(0), true, depth + 1));
    }
    return b.build();
  }

  private static LogicalTypeOptions inferredOptions(ArrowType t) {
    var b = LogicalTypeOptions.builder();
    ArrowTypes.format(t).ifPresent(b::setFormat);
    if (t instanceof ArrowType.Timestamp) {
      String tz = ((ArrowType.Timestamp) t).getTimezone();
      b.setTimezone(tz != null);
      if (tz != null && !tz.equals(ArrowTypes.UTC)) {
        b.setDefaultTimezone(tz);
      }
    }
    return b.build();
  }
}
