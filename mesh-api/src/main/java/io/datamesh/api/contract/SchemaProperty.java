package io.datamesh.api.contract;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Describes a column or field of a schema object, the ODCS {@code properties} entry: its logical and physical type,
 * constraints, key roles, classification, lineage and quality rules. Arrays have {@link #items()}, objects nested
 * {@link #properties()}.
 *
 * <pre>{@code
 * SchemaProperty id = SchemaProperty.builder("order_id", LogicalType.STRING)
 *     .setRequired(true).setPrimaryKeyPosition(1).build();
 * }</pre>
 */
public interface SchemaProperty {
  /**
   * Returns the property name (a column or field name).
   *
   * @return the name; empty only for the {@code items} of an array
   */
  String name();

  /**
   * Returns the stable id of the property.
   *
   * @return the id, if any
   */
  Optional<String> id();

  /**
   * Returns the logical type.
   *
   * @return the type, if declared
   */
  Optional<LogicalType> logicalType();

  /**
   * Returns the options that refine the logical type.
   *
   * @return the options, empty when none is set
   */
  LogicalTypeOptions logicalTypeOptions();

  /**
   * Returns the physical type, such as {@code VARCHAR(36)} or {@code DECIMAL(12,2)}.
   *
   * @return the physical type, if declared
   */
  Optional<String> physicalType();

  /**
   * Returns the physical name (the column name in the store).
   *
   * @return the name, if it differs from {@link #name()}
   */
  Optional<String> physicalName();

  /**
   * Returns the business name.
   *
   * @return the name, if any
   */
  Optional<String> businessName();

  /**
   * Returns the description.
   *
   * @return the description, if any
   */
  Optional<String> description();

  /**
   * Tells whether the property may not contain nulls.
   *
   * @return true if nulls are not allowed
   */
  boolean required();

  /**
   * Tells whether every value is distinct.
   *
   * @return true if values are unique
   */
  boolean unique();

  /**
   * Tells whether the property is part of the primary key.
   *
   * @return true if it is
   */
  boolean primaryKey();

  /**
   * Returns the position of the property in a composite primary key, starting at 1.
   *
   * @return the position, empty when not set (ODCS {@code -1})
   */
  OptionalInt primaryKeyPosition();

  /**
   * Tells whether the data is partitioned by this property.
   *
   * @return true if it is
   */
  boolean partitioned();

  /**
   * Returns the position of the property among the partition keys, starting at 1.
   *
   * @return the position, empty when not set (ODCS {@code -1})
   */
  OptionalInt partitionKeyPosition();

  /**
   * Returns the data classification, such as {@code public} or {@code restricted}; governance reads it.
   *
   * @return the classification, if any
   */
  Optional<String> classification();

  /**
   * Returns the name of the encrypted column that holds this property's values.
   *
   * @return the name, if any
   */
  Optional<String> encryptedName();

  /**
   * Tells whether the property is a critical data element.
   *
   * @return true if it is
   */
  boolean criticalDataElement();

  /**
   * Returns the objects this property is derived from (lineage).
   *
   * @return the source objects, possibly empty
   */
  List<String> transformSourceObjects();

  /**
   * Returns the logic that derives this property (lineage).
   *
   * @return the logic, if any
   */
  Optional<String> transformLogic();

  /**
   * Returns the business description of how the property is derived.
   *
   * @return the description, if any
   */
  Optional<String> transformDescription();

  /**
   * Returns example values, as plain Java values.
   *
   * @return the examples, possibly empty
   */
  List<@Nullable Object> examples();

  /**
   * Returns the type of the items of an array.
   *
   * @return the items, present only for an array
   */
  Optional<SchemaProperty> items();

  /**
   * Returns the nested properties of an object.
   *
   * @return the properties, empty unless the type is an object
   */
  List<SchemaProperty> properties();

  /**
   * Returns the quality rules on this property.
   *
   * @return the rules, possibly empty
   */
  List<QualityRule> quality();

  /**
   * Returns the foreign keys from this property.
   *
   * @return the relationships, possibly empty
   */
  List<Relationship> relationships();

  /**
   * Returns the tags of the property.
   *
   * @return the tags, possibly empty
   */
  List<String> tags();

  /**
   * Returns the extension values of the property.
   *
   * @return the custom properties, possibly empty
   */
  List<CustomProperty> customProperties();

  /**
   * Returns the links to authoritative definitions of the property.
   *
   * @return the links, possibly empty
   */
  List<AuthoritativeDefinition> authoritativeDefinitions();

  /**
   * Finds a nested property of an object by name.
   *
   * @param name the property name
   * @return the property, or empty if there is none with that name
   */
  default Optional<SchemaProperty> property(String name) {
    return properties().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Starts a property with a logical type.
   *
   * @param name the property name
   * @param logicalType its logical type
   * @return a builder
   * @throws IllegalArgumentException if the name is blank
   */
  static SchemaPropertyBuilder builder(String name, LogicalType logicalType) {
    return new SchemaPropertyBuilder(Texts.nonBlank("property name", name)).setLogicalType(logicalType);
  }

  /**
   * Starts the item type of an array (items have no name of their own).
   *
   * @param logicalType the logical type of the items
   * @return a builder; add the result with {@link SchemaPropertyBuilder#setItems(SchemaProperty)}
   */
  static SchemaPropertyBuilder itemsBuilder(LogicalType logicalType) {
    return new SchemaPropertyBuilder("").setLogicalType(logicalType);
  }

  /**
   * Returns a builder that starts from every part of this property, to derive a variant without editing text.
   * Nested values are kept as they are; {@code x.toBuilder().build()} has the same parts as {@code x}.
   *
   * <p>{@code email.toBuilder().setClassification("restricted").build()}
   *
   * @return a new builder holding this property's parts
   */
  default SchemaPropertyBuilder toBuilder() {
    return SchemaPropertyBuilder.from(this);
  }
}
