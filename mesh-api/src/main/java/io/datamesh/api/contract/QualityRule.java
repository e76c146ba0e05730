package io.datamesh.api.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Declares a data-quality expectation, the ODCS {@code quality} entry on a schema object or a property: a library
 * metric or an SQL query checked against a {@link Threshold}, a rule for another engine, or prose.
 *
 * <pre>{@code
 * QualityRule r = QualityRule.builder().setMetric(QualityMetric.NULL_VALUES)
 *     .setThreshold(Threshold.of(Operator.MUST_BE_LESS_THAN, 1)).setUnit(QualityUnit.PERCENT).build();
 * }</pre>
 */
public interface QualityRule {
  /**
   * Returns the stable id of the rule.
   *
   * @return the id, if any
   */
  Optional<String> id();

  /**
   * Returns the name of the rule.
   *
   * @return the name, if any
   */
  Optional<String> name();

  /**
   * Returns the description of the rule.
   *
   * @return the description, if any
   */
  Optional<String> description();

  /**
   * Returns the kind of rule.
   *
   * @return the type; {@link QualityType#LIBRARY} when the document names none
   */
  QualityType type();

  /**
   * Returns the library metric the rule measures.
   *
   * @return the metric, present for library rules
   */
  Optional<QualityMetric> metric();

  /**
   * Returns the metric's arguments as plain Java values, keyed by name.
   *
   * @return the arguments, possibly empty
   */
  Map<String, @Nullable Object> arguments();

  /**
   * Returns what the measured value must satisfy.
   *
   * @return the threshold, present for library and sql rules
   */
  Optional<Threshold> threshold();

  /**
   * Returns the unit of the threshold.
   *
   * @return the unit; {@link QualityUnit#ROWS} when the document names none
   */
  QualityUnit unit();

  /**
   * Returns the severity of a failure, such as {@code error}, {@code warning} or {@code info}.
   *
   * @return the severity, if stated
   */
  Optional<String> severity();

  /**
   * Returns the data-quality dimension the rule measures.
   *
   * @return the dimension, if stated
   */
  Optional<QualityDimension> dimension();

  /**
   * Returns the business impact of a failure, such as {@code operational}.
   *
   * @return the impact, if stated
   */
  Optional<String> businessImpact();

  /**
   * Returns the method of the check, such as {@code reconciliation}.
   *
   * @return the method, if stated
   */
  Optional<String> method();

  /**
   * Returns when the rule runs, in the scheduler's syntax (such as a cron expression).
   *
   * @return the schedule, if stated
   */
  Optional<String> schedule();

  /**
   * Returns the scheduler of the rule, such as {@code cron}.
   *
   * @return the scheduler, if stated
   */
  Optional<String> scheduler();

  /**
   * Returns the SQL query of an sql rule; it may use the placeholders {@code {object}} and {@code {property}}.
   *
   * @return the query, present for sql rules
   */
  Optional<String> query();

  /**
   * Returns the engine of a custom rule, such as {@code soda}.
   *
   * @return the engine, present for custom rules
   */
  Optional<String> engine();

  /**
   * Returns the implementation of a custom rule: a {@link String} or a {@link Map}.
   *
   * @return the implementation, present for custom rules
   */
  Optional<Object> implementation();

  /**
   * Returns the tags of the rule.
   *
   * @return the tags, possibly empty
   */
  List<String> tags();

  /**
   * Returns the extension values of the rule.
   *
   * @return the custom properties, possibly empty
   */
  List<CustomProperty> customProperties();

  /**
   * Returns the links to authoritative definitions of the rule.
   *
   * @return the links, possibly empty
   */
  List<AuthoritativeDefinition> authoritativeDefinitions();

  /**
   * Returns the values a {@code missingValues} rule counts as missing, besides null.
   *
   * @return the values (a null element means null counts as missing), empty when not set
   */
  default List<@Nullable Object> missingValues() {
    return Values.list(arguments().get("missingValues"));
  }

  /**
   * Returns the values an {@code invalidValues} rule accepts.
   *
   * @return the values (a null element means null is valid), empty when not set
   */
  default List<@Nullable Object> validValues() {
    return Values.list(arguments().get("validValues"));
  }

  /**
   * Returns the ECMA-262 pattern an {@code invalidValues} rule requires.
   *
   * @return the pattern, if set
   */
  default Optional<String> pattern() {
    Object p = arguments().get("pattern");
    return p instanceof String ? Optional.of((String) p) : Optional.empty();
  }

  /**
   * Returns the properties whose combined values a schema-level {@code duplicateValues} rule checks.
   *
   * @return the property names, empty when not set
   */
  default List<String> argumentProperties() {
    return Values.list(arguments().get("properties")).stream().map(String::valueOf).toList();
  }

  /**
   * Starts a rule.
   *
   * @return a builder
   */
  static QualityRuleBuilder builder() {
    return new QualityRuleBuilder();
  }
}
