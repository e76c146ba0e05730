package io.datamesh.api.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a {@link SchemaObject}; obtain one from {@link SchemaObject#builder(String)}. {@link #build()} checks
 * that property names are unique, primary-key positions are 1, 2, 3, … and object-level rules are object metrics.
 */
public final class SchemaObjectBuilder {
  private final String name;
  private final Strings text = new Strings();
  private final List<SchemaProperty> properties = new ArrayList<>();
  private final List<QualityRule> quality = new ArrayList<>();
  private final List<Relationship> relationships = new ArrayList<>();
  private final Extras extras = new Extras();

  SchemaObjectBuilder(String name) {
    this.name = Texts.nonBlank("schema object name", name);
  }

  /** Starts from every part of a schema object, as they are: {@link SchemaObject#toBuilder()}. */
  static SchemaObjectBuilder from(SchemaObject o) {
    SchemaObjectBuilder b = new SchemaObjectBuilder(o.name());
    o.id().ifPresent(v -> b.text.put("id", v));
    o.physicalName().ifPresent(v -> b.text.put("physicalName", v));
    o.physicalType().ifPresent(v -> b.text.put("physicalType", v));
    o.businessName().ifPresent(v -> b.text.put("businessName", v));
    o.description().ifPresent(v -> b.text.put("description", v));
    o.dataGranularityDescription().ifPresent(v -> b.text.put("dataGranularityDescription", v));
    b.properties.addAll(o.properties());
    b.quality.addAll(o.quality());
    b.relationships.addAll(o.relationships());
    b.extras.tags.addAll(o.tags());
    b.extras.customProperties.addAll(o.customProperties());
    b.extras.definitions.addAll(o.authoritativeDefinitions());
    return b;
  }

  /**
   * Replaces a property, for instance to derive a variant with {@link SchemaObject#toBuilder()}.
   *
   * <pre>{@code
   * SchemaProperty email = customers.property("email").orElseThrow();
   * SchemaObject variant = customers.toBuilder()
   *     .replaceProperty("email", email.toBuilder().setClassification("internal").build())
   *     .build();
   * }</pre>
   *
   * @param name the name of the property to replace
   * @param replacement the property that takes its place (and its position); it may have another name
   * @return this builder
   * @throws IllegalArgumentException if no property has that name
   */
  public SchemaObjectBuilder replaceProperty(String name, SchemaProperty replacement) {
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
  public SchemaObjectBuilder setId(String id) {
    return put("id", Ids.check(id));
  }

  /**
   * Sets the physical name.
   *
   * @param physicalName the table or topic name in the store
   * @return this builder
   */
  public SchemaObjectBuilder setPhysicalName(String physicalName) {
    return put("physicalName", Texts.nonBlank("physicalName", physicalName));
  }

  /**
   * Sets the physical type.
   *
   * @param physicalType such as {@code table}, {@code view}, {@code topic} or {@code file}
   * @return this builder
   */
  public SchemaObjectBuilder setPhysicalType(String physicalType) {
    return put("physicalType", Texts.nonBlank("physicalType", physicalType));
  }

  /**
   * Sets the business name.
   *
   * @param businessName the name
   * @return this builder
   */
  public SchemaObjectBuilder setBusinessName(String businessName) {
    return put("businessName", Objects.requireNonNull(businessName, "businessName"));
  }

  /**
   * Sets the description.
   *
   * @param description the description
   * @return this builder
   */
  public SchemaObjectBuilder setDescription(String description) {
    return put("description", Objects.requireNonNull(description, "description"));
  }

  /**
   * Says what one row stands for.
   *
   * @param description the granularity
   * @return this builder
   */
  public SchemaObjectBuilder setDataGranularityDescription(String description) {
    return put("dataGranularityDescription", Objects.requireNonNull(description, "description"));
  }

  /**
   * Adds a property.
   *
   * @param property the property
   * @return this builder
   */
  public SchemaObjectBuilder addProperty(SchemaProperty property) {
    properties.add(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Adds a quality rule on the whole object.
   *
   * @param rule a rowCount or duplicateValues (with properties) library rule, an sql, custom or text rule
   * @return this builder
   */
  public SchemaObjectBuilder addQualityRule(QualityRule rule) {
    quality.add(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /**
   * Adds a foreign key.
   *
   * @param relationship a relationship naming both {@code from} and {@code to}
   * @return this builder
   * @throws IllegalArgumentException if the relationship has no {@code from}
   */
  public SchemaObjectBuilder addRelationship(Relationship relationship) {
    if (relationship.from().isEmpty()) {
      throw new IllegalArgumentException("a schema-level relationship needs 'from' references; to "
          + relationship.to());
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
  public SchemaObjectBuilder addTag(String tag) {
    extras.tags.add(Objects.requireNonNull(tag, "tag"));
    return this;
  }

  /**
   * Adds an extension value.
   *
   * @param property the custom property
   * @return this builder
   */
  public SchemaObjectBuilder addCustomProperty(CustomProperty property) {
    extras.customProperties.add(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Adds a link to an authoritative definition.
   *
   * @param definition the link
   * @return this builder
   */
  public SchemaObjectBuilder addAuthoritativeDefinition(AuthoritativeDefinition definition) {
    extras.definitions.add(Objects.requireNonNull(definition, "definition"));
    return this;
  }

  /**
   * Builds the schema object.
   *
   * @return the schema object
   * @throws IllegalArgumentException if two properties share a name, key positions are not 1, 2, 3, …, or an
   *     object-level library rule is not rowCount or duplicateValues with properties
   */
  public SchemaObject build() {
    Set<String> names = new HashSet<>();
    for (SchemaProperty p : properties) {
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("schema object '" + name + "' has two properties named '" + p.name() + "'");
      }
    }
    checkKeyPositions();
    quality.forEach(this::checkObjectRule);
    return new SchemaObjectRecord(name, text.get("id"), text.get("physicalName"), text.get("physicalType"),
        text.get("businessName"), text.get("description"), text.get("dataGranularityDescription"),
        List.copyOf(properties), List.copyOf(quality), List.copyOf(relationships), List.copyOf(extras.tags),
        List.copyOf(extras.customProperties), List.copyOf(extras.definitions));
  }

  private void checkKeyPositions() {
    Set<Integer> positions = new TreeSet<>();
    int withPosition = 0;
    for (SchemaProperty p : properties) {
      if (p.primaryKeyPosition().isPresent()) {
        withPosition++;
        if (!positions.add(p.primaryKeyPosition().getAsInt())) {
          throw new IllegalArgumentException("schema object '" + name + "': primaryKeyPosition "
              + p.primaryKeyPosition().getAsInt() + " is used twice");
        }
      }
    }
    if (withPosition > 0 && !positions.equals(new TreeSet<>(java.util.stream.IntStream.rangeClosed(1, withPosition)
        .boxed().toList()))) {
      throw new IllegalArgumentException("schema object '" + name + "': primaryKeyPositions " + positions
          + " must be 1.." + withPosition + " without gaps");
    }
  }

  private void checkObjectRule(QualityRule rule) {
    rule.metric().ifPresent(m -> {
      boolean ok = m == QualityMetric.ROW_COUNT
          || m == QualityMetric.DUPLICATE_VALUES && !rule.argumentProperties().isEmpty();
      if (!ok) {
        throw new IllegalArgumentException("schema object '" + name + "': metric " + m.text() + " measures a"
            + " property; add the rule to a property, or use duplicateValues with arguments.properties");
      }
    });
    if (rule.metric().isEmpty() && !rule.argumentProperties().isEmpty()) {
      throw new IllegalArgumentException("schema object '" + name + "': arguments.properties needs a metric");
    }
  }

  private SchemaObjectBuilder put(String key, String value) {
    text.put(key, value);
    return this;
  }
}
