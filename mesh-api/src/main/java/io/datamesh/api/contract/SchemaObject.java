package io.datamesh.api.contract;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Describes one dataset of a contract (a table, view, topic or file), the ODCS {@code schema} entry: its
 * properties, quality rules and relationships.
 *
 * <pre>{@code
 * SchemaObject orders = SchemaObject.builder("orders")
 *     .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING).setPrimaryKeyPosition(1).build())
 *     .build();
 * }</pre>
 */
public interface SchemaObject {
  /**
   * Returns the name of the object (a table, view, topic or file).
   *
   * @return the name
   */
  String name();

  /**
   * Returns the stable id of the object.
   *
   * @return the id, if any
   */
  Optional<String> id();

  /**
   * Returns the physical name (the table or topic name in the store).
   *
   * @return the name, if it differs from {@link #name()}
   */
  Optional<String> physicalName();

  /**
   * Returns the physical type, such as {@code table}, {@code view}, {@code topic} or {@code file}.
   *
   * @return the type, if declared
   */
  Optional<String> physicalType();

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
   * Returns what one row stands for.
   *
   * @return the granularity, if described
   */
  Optional<String> dataGranularityDescription();

  /**
   * Returns the properties (columns or fields), in document order.
   *
   * @return the properties, possibly empty
   */
  List<SchemaProperty> properties();

  /**
   * Returns the quality rules on the whole object (row counts, compound uniqueness, SQL).
   *
   * @return the rules, possibly empty
   */
  List<QualityRule> quality();

  /**
   * Returns the foreign keys of the object, composite ones included.
   *
   * @return the relationships, possibly empty
   */
  List<Relationship> relationships();

  /**
   * Returns the tags of the object.
   *
   * @return the tags, possibly empty
   */
  List<String> tags();

  /**
   * Returns the extension values of the object.
   *
   * @return the custom properties, possibly empty
   */
  List<CustomProperty> customProperties();

  /**
   * Returns the links to authoritative definitions of the object.
   *
   * @return the links, possibly empty
   */
  List<AuthoritativeDefinition> authoritativeDefinitions();

  /**
   * Finds a top-level property by name.
   *
   * @param name the property name
   * @return the property, or empty if there is none with that name
   */
  default Optional<SchemaProperty> property(String name) {
    return properties().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Returns the primary key: the key properties ordered by position, those without a position last in document
   * order.
   *
   * @return the key properties, empty when the object has no primary key
   */
  default List<SchemaProperty> primaryKey() {
    return properties().stream().filter(SchemaProperty::primaryKey)
        .sorted(Comparator.comparingInt(p -> p.primaryKeyPosition().orElse(Integer.MAX_VALUE)))
        .toList();
  }

  /**
   * Starts a schema object.
   *
   * @param name the object name
   * @return a builder
   * @throws IllegalArgumentException if the name is blank
   */
  static SchemaObjectBuilder builder(String name) {
    return new SchemaObjectBuilder(name);
  }

  /**
   * Returns a builder that starts from every part of this schema object, to derive a variant without editing text.
   * Nested values are kept as they are; {@code x.toBuilder().build()} has the same parts as {@code x}.
   *
   * <p>{@code orders.toBuilder().setDescription("All orders.").build()}
   *
   * @return a new builder holding this schema object's parts
   */
  default SchemaObjectBuilder toBuilder() {
    return SchemaObjectBuilder.from(this);
  }
}
