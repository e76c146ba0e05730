package io.datamesh.api.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Builds a {@link CheckResult}; start with {@link CheckResult#builder(String, CheckOutcome)}.
 *
 * <pre>{@code
 * CheckResult r = CheckResult.builder("orders__rowCount", CheckOutcome.PASSED).setObservedValue(1000L).build();
 * }</pre>
 */
public final class CheckResultBuilder {
  private final String id;
  private final CheckOutcome outcome;
  private String key;
  private String category;
  private String type;
  private String name;
  private Optional<String> schemaObject = Optional.empty();
  private Optional<String> property = Optional.empty();
  private Optional<String> rule = Optional.empty();
  private Optional<String> qualityId = Optional.empty();
  private String reason;
  private Optional<Number> observedValue = Optional.empty();
  private Optional<String> threshold = Optional.empty();
  private OptionalLong unexpectedCount = OptionalLong.empty();
  private OptionalDouble unexpectedPercent = OptionalDouble.empty();
  private Optional<String> dimension = Optional.empty();
  private Optional<String> severity = Optional.empty();
  private final List<FailedSample> samples = new ArrayList<>();

  CheckResultBuilder(String id, CheckOutcome outcome) {
    this.id = Objects.requireNonNull(id, "id");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.key = id;
    this.name = id;
    this.category = "quality";
    this.type = "custom";
    this.reason = "";
  }

  /**
   * Sets the key; see {@link CheckResult}.
   *
   * @param key the value
   * @return this builder
   */
  public CheckResultBuilder setKey(String key) {
    this.key = Objects.requireNonNull(key, "key");
    return this;
  }

  /**
   * Sets the category; see {@link CheckResult}.
   *
   * @param category the value
   * @return this builder
   */
  public CheckResultBuilder setCategory(String category) {
    this.category = Objects.requireNonNull(category, "category");
    return this;
  }

  /**
   * Sets the type; see {@link CheckResult}.
   *
   * @param type the value
   * @return this builder
   */
  public CheckResultBuilder setType(String type) {
    this.type = Objects.requireNonNull(type, "type");
    return this;
  }

  /**
   * Sets the name; see {@link CheckResult}.
   *
   * @param name the value
   * @return this builder
   */
  public CheckResultBuilder setName(String name) {
    this.name = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * Sets the schemaObject; see {@link CheckResult}.
   *
   * @param schemaObject the value
   * @return this builder
   */
  public CheckResultBuilder setSchemaObject(String schemaObject) {
    this.schemaObject = Optional.of(Objects.requireNonNull(schemaObject, "schemaObject"));
    return this;
  }

  /**
   * Sets the property; see {@link CheckResult}.
   *
   * @param property the value
   * @return this builder
   */
  public CheckResultBuilder setProperty(String property) {
    this.property = Optional.of(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Sets the rule; see {@link CheckResult}.
   *
   * @param rule the value
   * @return this builder
   */
  public CheckResultBuilder setRule(String rule) {
    this.rule = Optional.of(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /**
   * Sets the qualityId; see {@link CheckResult}.
   *
   * @param qualityId the value
   * @return this builder
   */
  public CheckResultBuilder setQualityId(String qualityId) {
    this.qualityId = Optional.of(Objects.requireNonNull(qualityId, "qualityId"));
    return this;
  }

  /**
   * Sets the reason; see {@link CheckResult}.
   *
   * @param reason the value
   * @return this builder
   */
  public CheckResultBuilder setReason(String reason) {
    this.reason = Objects.requireNonNull(reason, "reason");
    return this;
  }

  /**
   * Sets the observedValue; see {@link CheckResult}.
   *
   * @param observedValue the value
   * @return this builder
   */
  public CheckResultBuilder setObservedValue(Number observedValue) {
    this.observedValue = Optional.of(Objects.requireNonNull(observedValue, "observedValue"));
    return this;
  }

  /**
   * Sets the threshold; see {@link CheckResult}.
   *
   * @param threshold the value
   * @return this builder
   */
  public CheckResultBuilder setThreshold(String threshold) {
    this.threshold = Optional.of(Objects.requireNonNull(threshold, "threshold"));
    return this;
  }

  /**
   * Sets the unexpectedCount; see {@link CheckResult}.
   *
   * @param unexpectedCount the value
   * @return this builder
   */
  public CheckResultBuilder setUnexpectedCount(long unexpectedCount) {
    this.unexpectedCount = OptionalLong.of(unexpectedCount);
    return this;
  }

  /**
   * Sets the unexpectedPercent; see {@link CheckResult}.
   *
   * @param unexpectedPercent the value
   * @return this builder
   */
  public CheckResultBuilder setUnexpectedPercent(double unexpectedPercent) {
    this.unexpectedPercent = OptionalDouble.of(unexpectedPercent);
    return this;
  }

  /**
   * Sets the dimension; see {@link CheckResult}.
   *
   * @param dimension the value
   * @return this builder
   */
  public CheckResultBuilder setDimension(String dimension) {
    this.dimension = Optional.of(Objects.requireNonNull(dimension, "dimension"));
    return this;
  }

  /**
   * Sets the severity; see {@link CheckResult}.
   *
   * @param severity the value
   * @return this builder
   */
  public CheckResultBuilder setSeverity(String severity) {
    this.severity = Optional.of(Objects.requireNonNull(severity, "severity"));
    return this;
  }

  /**
   * Adds a failing-row sample.
   *
   * @param sample the sample
   * @return this builder
   */
  public CheckResultBuilder addSample(FailedSample sample) {
    samples.add(Objects.requireNonNull(sample, "sample"));
    return this;
  }

  /**
   * Builds the result.
   *
   * @return the result
   */
  public CheckResult build() {
    return new CheckResult(id, key, category, type, name, schemaObject, property, rule, qualityId, outcome, reason,
        observedValue, threshold, unexpectedCount, unexpectedPercent, samples, dimension, severity);
  }
}
