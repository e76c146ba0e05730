package io.datamesh.api.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link QualityRule}; obtain one from {@link QualityRule#builder()}. {@link #build()} checks that the
 * rule has what its type needs (a metric and a threshold, a query and a threshold, an engine and an
 * implementation) and that the arguments fit the metric.
 */
public final class QualityRuleBuilder {
  private final Strings text = new Strings();
  private final Map<String, @Nullable Object> arguments = new LinkedHashMap<>();
  private final Extras extras = new Extras();
  private @Nullable QualityType type;
  private @Nullable QualityMetric metric;
  private @Nullable Threshold threshold;
  private QualityUnit unit = QualityUnit.ROWS;
  private @Nullable QualityDimension dimension;
  private @Nullable Object implementation;

  QualityRuleBuilder() {}

  /**
   * Sets the kind of rule; by default it follows from a metric, a query or an engine.
   *
   * @param type the type
   * @return this builder
   */
  public QualityRuleBuilder setType(QualityType type) {
    this.type = Objects.requireNonNull(type, "type");
    return this;
  }

  /**
   * Sets the library metric.
   *
   * @param metric the metric
   * @return this builder
   */
  public QualityRuleBuilder setMetric(QualityMetric metric) {
    this.metric = Objects.requireNonNull(metric, "metric");
    return this;
  }

  /**
   * Sets what the measured value must satisfy.
   *
   * @param threshold the threshold
   * @return this builder
   */
  public QualityRuleBuilder setThreshold(Threshold threshold) {
    this.threshold = Objects.requireNonNull(threshold, "threshold");
    return this;
  }

  /**
   * Sets a metric argument as a plain Java value; prefer the typed setters.
   *
   * @param name the argument name
   * @param value the value, null for a JSON {@code null}
   * @return this builder
   * @throws IllegalArgumentException if the value is not a plain Java value
   */
  public QualityRuleBuilder setArgument(String name, @Nullable Object value) {
    arguments.put(Texts.nonBlank("argument name", name), Values.copy(value));
    return this;
  }

  /**
   * Sets the values a {@code missingValues} rule counts as missing.
   *
   * @param values the values; a null element makes null count as missing
   * @return this builder
   */
  public QualityRuleBuilder setMissingValues(List<@Nullable Object> values) {
    return setArgument("missingValues", values);
  }

  /**
   * Sets the values an {@code invalidValues} rule accepts.
   *
   * @param values the values; a null element makes null valid
   * @return this builder
   */
  public QualityRuleBuilder setValidValues(List<@Nullable Object> values) {
    return setArgument("validValues", values);
  }

  /**
   * Sets the ECMA-262 pattern an {@code invalidValues} rule requires.
   *
   * @param pattern the pattern
   * @return this builder
   */
  public QualityRuleBuilder setPattern(String pattern) {
    return setArgument("pattern", Objects.requireNonNull(pattern, "pattern"));
  }

  /**
   * Sets the properties whose combined values a schema-level {@code duplicateValues} rule checks.
   *
   * @param properties at least one property name
   * @return this builder
   */
  public QualityRuleBuilder setArgumentProperties(List<String> properties) {
    return setArgument("properties", List.copyOf(properties));
  }

  /**
   * Sets the unit of the threshold.
   *
   * @param unit rows (the default) or percent
   * @return this builder
   */
  public QualityRuleBuilder setUnit(QualityUnit unit) {
    this.unit = Objects.requireNonNull(unit, "unit");
    return this;
  }

  /**
   * Sets the data-quality dimension.
   *
   * @param dimension the dimension
   * @return this builder
   */
  public QualityRuleBuilder setDimension(QualityDimension dimension) {
    this.dimension = Objects.requireNonNull(dimension, "dimension");
    return this;
  }

  /**
   * Sets the SQL query of an sql rule.
   *
   * @param query a query returning one number; {@code {object}} and {@code {property}} are placeholders
   * @return this builder
   */
  public QualityRuleBuilder setQuery(String query) {
    return put("query", Texts.nonBlank("query", query));
  }

  /**
   * Sets the engine of a custom rule.
   *
   * @param engine such as {@code soda}
   * @return this builder
   */
  public QualityRuleBuilder setEngine(String engine) {
    return put("engine", Texts.nonBlank("engine", engine));
  }

  /**
   * Sets the implementation of a custom rule.
   *
   * @param implementation a string, or a map of plain Java values
   * @return this builder
   * @throws IllegalArgumentException if it is neither
   */
  public QualityRuleBuilder setImplementation(Object implementation) {
    Object copy = Values.copy(Objects.requireNonNull(implementation, "implementation"));
    if (!(copy instanceof String || copy instanceof Map)) {
      throw new IllegalArgumentException("implementation must be a string or a map, got '" + implementation + "'");
    }
    this.implementation = copy;
    return this;
  }

  /**
   * Sets the severity of a failure.
   *
   * @param severity such as {@code error}, {@code warning} or {@code info}
   * @return this builder
   */
  public QualityRuleBuilder setSeverity(String severity) {
    return put("severity", Texts.nonBlank("severity", severity));
  }

  /**
   * Sets the stable id.
   *
   * @param id letters, digits, {@code _} and {@code -}
   * @return this builder
   * @throws IllegalArgumentException if the id has another character
   */
  public QualityRuleBuilder setId(String id) {
    return put("id", Ids.check(id));
  }

  /**
   * Sets the name.
   *
   * @param name the name
   * @return this builder
   */
  public QualityRuleBuilder setName(String name) {
    return put("name", Texts.nonBlank("name", name));
  }

  /**
   * Sets the description; a text rule needs one.
   *
   * @param description the description
   * @return this builder
   */
  public QualityRuleBuilder setDescription(String description) {
    return put("description", Objects.requireNonNull(description, "description"));
  }

  /**
   * Sets the business impact of a failure.
   *
   * @param impact such as {@code operational} or {@code regulatory}
   * @return this builder
   */
  public QualityRuleBuilder setBusinessImpact(String impact) {
    return put("businessImpact", Objects.requireNonNull(impact, "impact"));
  }

  /**
   * Sets the method of the check.
   *
   * @param method such as {@code reconciliation}
   * @return this builder
   */
  public QualityRuleBuilder setMethod(String method) {
    return put("method", Objects.requireNonNull(method, "method"));
  }

  /**
   * Sets when the rule runs.
   *
   * @param schedule such as a cron expression
   * @return this builder
   */
  public QualityRuleBuilder setSchedule(String schedule) {
    return put("schedule", Objects.requireNonNull(schedule, "schedule"));
  }

  /**
   * Sets the scheduler.
   *
   * @param scheduler such as {@code cron}
   * @return this builder
   */
  public QualityRuleBuilder setScheduler(String scheduler) {
    return put("scheduler", Objects.requireNonNull(scheduler, "scheduler"));
  }

  /**
   * Adds a tag.
   *
   * @param tag the tag
   * @return this builder
   */
  public QualityRuleBuilder addTag(String tag) {
    extras.tags.add(Objects.requireNonNull(tag, "tag"));
    return this;
  }

  /**
   * Adds an extension value.
   *
   * @param property the custom property
   * @return this builder
   */
  public QualityRuleBuilder addCustomProperty(CustomProperty property) {
    extras.customProperties.add(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Adds a link to an authoritative definition.
   *
   * @param definition the link
   * @return this builder
   */
  public QualityRuleBuilder addAuthoritativeDefinition(AuthoritativeDefinition definition) {
    extras.definitions.add(Objects.requireNonNull(definition, "definition"));
    return this;
  }

  /**
   * Builds the rule.
   *
   * @return the rule
   * @throws IllegalArgumentException if the rule lacks what its type needs, has what its type forbids, or has
   *     arguments that do not fit its metric
   */
  public QualityRule build() {
    QualityType t = type != null ? type : inferType();
    RuleChecks.check(t, metric, threshold, text, implementation, arguments);
    return new QualityRuleRecord(text.get("id"), text.get("name"), text.get("description"), t,
        Optional.ofNullable(metric), Collections.unmodifiableMap(new LinkedHashMap<>(arguments)),
        Optional.ofNullable(threshold), unit, text.get("severity"), Optional.ofNullable(dimension),
        text.get("businessImpact"), text.get("method"), text.get("schedule"), text.get("scheduler"),
        text.get("query"), text.get("engine"), Optional.ofNullable(implementation), List.copyOf(extras.tags),
        List.copyOf(extras.customProperties), List.copyOf(extras.definitions));
  }

  private QualityType inferType() {
    if (metric != null) {
      return QualityType.LIBRARY;
    }
    if (text.get("query").isPresent()) {
      return QualityType.SQL;
    }
    if (text.get("engine").isPresent()) {
      return QualityType.CUSTOM;
    }
    if (text.get("description").isPresent() && threshold == null) {
      return QualityType.TEXT;
    }
    throw new IllegalArgumentException("a quality rule needs a metric, a query, an engine or (for a text rule) a"
        + " description");
  }

  private QualityRuleBuilder put(String key, String value) {
    text.put(key, value);
    return this;
  }
}
