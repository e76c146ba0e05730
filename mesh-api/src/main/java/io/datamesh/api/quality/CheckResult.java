package io.datamesh.api.quality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The result of one check, shaped like datacontract-cli's {@code Check}: which rule, on what, the verdict, the
 * measured value against its threshold, how many rows broke it, and a sample of them.
 *
 * <pre>{@code
 * CheckResult r = CheckResult.builder("orders.email.field_required", CheckOutcome.FAILED)
 *     .setType("field_required").setProperty("email").setUnexpectedCount(12)
 *     .setReason("12 of 1000 rows are null; the property is required").build();
 * }</pre>
 *
 * @param id the stable id: the quality rule's {@code id}, else {@code key}
 * @param key a stable key built from object, property and type, such as {@code orders__email__field_required}
 * @param category {@code schema}, {@code quality}, {@code servicelevel} or {@code custom}
 * @param type the datacontract-cli check type, such as {@code field_required} or {@code row_count}
 * @param name a human name of the check
 * @param schemaObject the schema object (datacontract-cli's {@code model}), if any
 * @param property the property (column, datacontract-cli's {@code field}), if any
 * @param rule the rule measured, such as {@code nullValues}, {@code minLength} or {@code freshness}
 * @param qualityId the id of the contract's quality rule, if the check comes from one
 * @param outcome the verdict
 * @param reason why, in a sentence a user can act on
 * @param observedValue the measured value, in the unit of the threshold
 * @param threshold the threshold as written, such as {@code mustBeLessThan 1 percent}
 * @param unexpectedCount the number of rows that broke a row-level rule
 * @param unexpectedPercent the same, as a percentage of all rows
 * @param samples up to the configured number of failing rows
 * @param dimension the ODCS quality dimension, such as {@code completeness}
 * @param severity the severity as written in the contract
 */
public record CheckResult(String id, String key, String category, String type, String name,
    Optional<String> schemaObject, Optional<String> property, Optional<String> rule, Optional<String> qualityId,
    CheckOutcome outcome, String reason, Optional<Number> observedValue, Optional<String> threshold,
    OptionalLong unexpectedCount, OptionalDouble unexpectedPercent, List<FailedSample> samples,
    Optional<String> dimension, Optional<String> severity) {
  /**
   * Checks the parts and copies the samples.
   *
   * @param id see the record component
   * @param key see the record component
   * @param category see the record component
   * @param type see the record component
   * @param name see the record component
   * @param schemaObject see the record component
   * @param property see the record component
   * @param rule see the record component
   * @param qualityId see the record component
   * @param outcome see the record component
   * @param reason see the record component
   * @param observedValue see the record component
   * @param threshold see the record component
   * @param unexpectedCount see the record component
   * @param unexpectedPercent see the record component
   * @param samples see the record component
   * @param dimension see the record component
   * @param severity see the record component
   */
  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schemaObject, "schemaObject");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(qualityId, "qualityId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(observedValue, "observedValue");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(unexpectedCount, "unexpectedCount");
    Objects.requireNonNull(unexpectedPercent, "unexpectedPercent");
    samples = List.copyOf(samples);
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(severity, "severity");
  }

  /**
   * Starts a result.
   *
   * @param id the stable check id (also used as key and name until set)
   * @param outcome the verdict
   * @return a builder
   */
  public static CheckResultBuilder builder(String id, CheckOutcome outcome) {
    return new CheckResultBuilder(id, outcome);
  }

  /**
   * Returns a copy with another verdict and reason.
   *
   * @param newOutcome the verdict
   * @param newReason the reason
   * @return the copy
   */
  public CheckResult withOutcome(CheckOutcome newOutcome, String newReason) {
    return new CheckResult(id, key, category, type, name, schemaObject, property, rule, qualityId, newOutcome,
        newReason, observedValue, threshold, unexpectedCount, unexpectedPercent, samples, dimension, severity);
  }
}
