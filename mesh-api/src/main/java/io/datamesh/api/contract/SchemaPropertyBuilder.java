package io.datamesh.api.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link SchemaProperty}; obtain one from {@link SchemaProperty#builder(String, LogicalType)}.
 * {@link #build()} checks that options, items and nested properties fit the logical type.
 */
public final class SchemaPropertyBuilder {
  private String name;
  private final Strings text = new Strings();
  private @Nullable LogicalType logicalType;
  private LogicalTypeOptions options = LogicalTypeOptions.empty();
  private boolean required;
  private boolean unique;
  private boolean primaryKey;
  private int primaryKeyPosition = -1;
  private boolean partitioned;
  private int partitionKeyPosition = -1;
  private boolean criticalDataElement;
  private @Nullable SchemaProperty items;
  private final List<String> transformSourceObjects = new ArrayList<>();
  private final List<@Nullable Object> examples = new ArrayList<>();
  private final List<SchemaProperty> properties = new ArrayList<>();
  private final List<QualityRule> quality = new ArrayList<>();
  private final List<Relationship> relationships = new ArrayList<>();
  private final Extras extras = new Extras();

  SchemaPropertyBuilder(String name) {
    this.name = name;
  }

  /** Starts from every part of a property, as they are: {@link SchemaProperty#toBuilder()}. */
  static SchemaPropertyBuilder from(SchemaProperty p) {
    SchemaPropertyBuilder b = new SchemaPropertyBuilder(p.name());
    b.logicalType = p.logicalType().orElse(null);
    b.options = p.logicalTypeOptions();
    p.id().ifPresent(v -> b.text.put("id", v));
    p.physicalType().ifPresent(v -> b.text.put("physicalType", v));
    p.physicalName().ifPresent(v -> b.text.put("physicalName", v));
    p.businessName().ifPresent(v -> b.text.put("businessName", v));
    p.description().ifPresent(v -> b.text.put("description", v));
    p.classification().ifPresent(v -> b.text.put("classification", v));
    p.encryptedName().ifPresent(v -> b.text.put("encryptedName", v));
    p.transformLogic().ifPresent(v -> b.text.put("transformLogic", v));
    p.transformDescription().ifPresent(v -> b.text.put("transformDescription", v));
    b.required = p.required();
    b.unique = p.unique();
    b.primaryKey = p.primaryKey();
    b.primaryKeyPosition = p.primaryKeyPosition().orElse(-1);
    b.partitioned = p.partitioned();
    b.partitionKeyPosition = p.partitionKeyPosition().orElse(-1);
    b.criticalDataElement = p.criticalDataElement();
    b.items = p.items().orElse(null);
    b.transformSourceObjects.addAll(p.transformSourceObjects());
    b.examples.addAll(p.examples());
    b.properties.addAll(p.properties());
    b.quality.addAll(p.quality());
    b.relationships.addAll(p.relationships());
    b.extras.tags.addAll(p.tags());
    b.extras.customProperties.addAll(p.customProperties());
    b.extras.definitions.addAll(p.authoritativeDefinitions());
    return b;
  }

  /**
   * Renames the property, for instance in a variant derived with {@link SchemaProperty#toBuilder()}.
   *
   * @param name the new name
   * @return this builder
   * @throws IllegalArgumentException if the name is blank
   */
  public SchemaPropertyBuilder setName(String name) {
    this.name = Texts.nonBlank("property name", name);
    return this;
  }

  /**
   * Replaces a nested property of an object-typed property.
   *
   * @param name the name of the nested property to replace
   * @param replacement the property that takes its place (and its position); it may have another name
   * @return this builder
   * @throws IllegalArgumentException if no nested property has that name
   */
  public SchemaPropertyBuilder replaceProperty(String name, SchemaProperty replacement) {
    Objects.requireNonNull(replacement, "replacement");
    properties.set(Texts.indexOf(properties, SchemaProperty::name, name, "property of '" + this.name + "'"),
        replacement);
    return this;
  }

  /**
   * Sets the stable id.
   *
   * @param id letters, digits, {@code _} and {@code -}
   * @return this builder
   * @throws IllegalArgumentException if the id has another character
   */
  public SchemaPropertyBuilder setId(String id) {
    text.put("id", Ids.check(id));
    return this;
  }

  /**
   * Sets the logical type.
   *
   * @param logicalType the type
   * @return this builder
   */
  public SchemaPropertyBuilder setLogicalType(LogicalType logicalType) {
    this.logicalType = Objects.requireNonNull(logicalType, "logicalType");
    return this;
  }

  /**
   * Sets the options that refine the logical type.
   *
   * @param options the options
   * @return this builder
   */
  public SchemaPropertyBuilder setLogicalTypeOptions(LogicalTypeOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    return this;
  }

  /**
   * Sets the physical type, such as {@code DECIMAL(12,2)}.
   *
   * @param physicalType the type as the store names it
   * @return this builder
   */
  public SchemaPropertyBuilder setPhysicalType(String physicalType) {
    text.put("physicalType", Texts.nonBlank("physicalType", physicalType));
    return this;
  }

  /**
   * Sets the physical name.
   *
   * @param physicalName the column name in the store
   * @return this builder
   */
  public SchemaPropertyBuilder setPhysicalName(String physicalName) {
    text.put("physicalName", Texts.nonBlank("physicalName", physicalName));
    return this;
  }

  /**
   * Sets the business name.
   *
   * @param businessName the name
   * @return this builder
   */
  public SchemaPropertyBuilder setBusinessName(String businessName) {
    text.put("businessName", Objects.requireNonNull(businessName, "businessName"));
    return this;
  }

  /**
   * Sets the description.
   *
   * @param description the description
   * @return this builder
   */
  public SchemaPropertyBuilder setDescription(String description) {
    text.put("description", Objects.requireNonNull(description, "description"));
    return this;
  }

  /**
   * Says whether nulls are forbidden.
   *
   * @param required true to forbid nulls
   * @return this builder
   */
  public SchemaPropertyBuilder setRequired(boolean required) {
    this.required = required;
    return this;
  }

  /**
   * Says whether values are distinct.
   *
   * @param unique true if they are
   * @return this builder
   */
  public SchemaPropertyBuilder setUnique(boolean unique) {
    this.unique = unique;
    return this;
  }

  /**
   * Says whether the property is part of the primary key; {@code false} also clears the position.
   *
   * @param primaryKey true if it is
   * @return this builder
   */
  public SchemaPropertyBuilder setPrimaryKey(boolean primaryKey) {
    this.primaryKey = primaryKey;
    if (!primaryKey) {
      primaryKeyPosition = -1;
    }
    return this;
  }

  /**
   * Places the property in the primary key; this makes it part of the key.
   *
   * @param position the position in a composite key, starting at 1
   * @return this builder
   * @throws IllegalArgumentException if the position is below 1
   */
  public SchemaPropertyBuilder setPrimaryKeyPosition(int position) {
    this.primaryKeyPosition = position("primaryKeyPosition", position);
    this.primaryKey = true;
    return this;
  }

  /**
   * Says whether the data is partitioned by this property; {@code false} also clears the position.
   *
   * @param partitioned true if it is
   * @return this builder
   */
  public SchemaPropertyBuilder setPartitioned(boolean partitioned) {
    this.partitioned = partitioned;
    if (!partitioned) {
      partitionKeyPosition = -1;
    }
    return this;
  }

  /**
   * Places the property among the partition keys; this makes it a partition key.
   *
   * @param position the position, starting at 1
   * @return this builder
   * @throws IllegalArgumentException if the position is below 1
   */
  public SchemaPropertyBuilder setPartitionKeyPosition(int position) {
    this.partitionKeyPosition = position("partitionKeyPosition", position);
    this.partitioned = true;
    return this;
  }

  /**
   * Sets the data classification, such as {@code restricted}.
   *
   * @param classification the classification
   * @return this builder
   */
  public SchemaPropertyBuilder setClassification(String classification) {
    text.put("classification", Texts.nonBlank("classification", classification));
    return this;
  }

  /**
   * Sets the name of the encrypted column that holds the values.
   *
   * @param encryptedName the column name
   * @return this builder
   */
  public SchemaPropertyBuilder setEncryptedName(String encryptedName) {
    text.put("encryptedName", Texts.nonBlank("encryptedName", encryptedName));
    return this;
  }

  /**
   * Says whether the property is a critical data element.
   *
   * @param critical true if it is
   * @return this builder
   */
  public SchemaPropertyBuilder setCriticalDataElement(boolean critical) {
    this.criticalDataElement = critical;
    return this;
  }

  /**
   * Adds an object this property is derived from (lineage).
   *
   * @param source such as {@code erp.orders}
   * @return this builder
   */
  public SchemaPropertyBuilder addTransformSourceObject(String source) {
    transformSourceObjects.add(Texts.nonBlank("transform source object", source));
    return this;
  }

  /**
   * Sets the logic that derives the property (lineage).
   *
   * @param logic such as a SQL expression
   * @return this builder
   */
  public SchemaPropertyBuilder setTransformLogic(String logic) {
    text.put("transformLogic", Objects.requireNonNull(logic, "logic"));
    return this;
  }

  /**
   * Sets the business description of how the property is derived.
   *
   * @param description the description
   * @return this builder
   */
  public SchemaPropertyBuilder setTransformDescription(String description) {
    text.put("transformDescription", Objects.requireNonNull(description, "description"));
    return this;
  }

  /**
   * Adds an example value.
   *
   * @param example a plain Java value, or null for a JSON {@code null}
   * @return this builder
   * @throws IllegalArgumentException if the value is not a plain Java value
   */
  public SchemaPropertyBuilder addExample(@Nullable Object example) {
    examples.add(Values.copy(example));
    return this;
  }

  /**
   * Sets the type of the items of an array.
   *
   * @param items built with {@link SchemaProperty#itemsBuilder(LogicalType)}
   * @return this builder
   */
  public SchemaPropertyBuilder setItems(SchemaProperty items) {
    this.items = Objects.requireNonNull(items, "items");
    return this;
  }

  /**
   * Adds a nested property of an object.
   *
   * @param property the nested property
   * @return this builder
   */
  public SchemaPropertyBuilder addProperty(SchemaProperty property) {
    properties.add(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Adds a quality rule on this property.
   *
   * @param rule the rule
   * @return this builder
   */
  public SchemaPropertyBuilder addQualityRule(QualityRule rule) {
    quality.add(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /**
   * Adds a foreign key from this property.
   *
   * @param relationship a relationship with an empty {@code from}
   * @return this builder
   * @throws IllegalArgumentException if the relationship names a {@code from}
   */
  public SchemaPropertyBuilder addRelationship(Relationship relationship) {
    if (!relationship.from().isEmpty()) {
      throw new IllegalArgumentException("a property-level relationship has no 'from' (it is the property), got "
          + relationship.from());
    }
    relationships.add(relationship);
    return this;
  }

  /**
   * Adds a tag.
   *
   * @param tag the tag
   * @return this builder
   */
  public SchemaPropertyBuilder addTag(String tag) {
    extras.tags.add(Objects.requireNonNull(tag, "tag"));
    return this;
  }

  /**
   * Adds an extension value.
   *
   * @param property the custom property
   * @return this builder
   */
  public SchemaPropertyBuilder addCustomProperty(CustomProperty property) {
    extras.customProperties.add(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Adds a link to an authoritative definition.
   *
   * @param definition the link
   * @return this builder
   */
  public SchemaPropertyBuilder addAuthoritativeDefinition(AuthoritativeDefinition definition) {
    extras.definitions.add(Objects.requireNonNull(definition, "definition"));
    return this;
  }

  /**
   * Builds the property.
   *
   * @return the property
   * @throws IllegalArgumentException if options, items, nested properties or quality rules do not fit the type
   */
  public SchemaProperty build() {
    PropertyRules.check(name, logicalType, options, items, properties, quality);
    return new SchemaPropertyRecord(name, text.get("id"), Optional.ofNullable(logicalType), options,
        text.get("physicalType"), text.get("physicalName"), text.get("businessName"), text.get("description"),
        required, unique, primaryKey, positionOf(primaryKeyPosition), partitioned,
        positionOf(partitionKeyPosition), text.get("classification"), text.get("encryptedName"),
        criticalDataElement, List.copyOf(transformSourceObjects), text.get("transformLogic"),
        text.get("transformDescription"), Values.list(Values.copy(examples)), Optional.ofNullable(items),
        List.copyOf(properties), List.copyOf(quality), List.copyOf(relationships), List.copyOf(extras.tags),
        List.copyOf(extras.customProperties), List.copyOf(extras.definitions));
  }

  private static OptionalInt positionOf(int position) {
    return position >= 1 ? OptionalInt.of(position) : OptionalInt.empty();
  }

  private static int position(String what, int position) {
    if (position < 1) {
      throw new IllegalArgumentException(what + " starts at 1, got " + position);
    }
    return position;
  }
}
