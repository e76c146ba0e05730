package io.datamesh.api.quality;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one check: which rule, on what, the verdict, the measured value and why.
 *
 * <pre>{@code
 * CheckResult r = CheckResult.of("orders.customer_email.nullValues", CheckOutcome.FAILED,
 *     "12 of 1000 rows (1.2%) are null; the rule requires fewer than 1%");
 * }</pre>
 *
 * @param name a stable name: the rule's {@code name}, or {@code object.property.metric}
 * @param outcome the verdict
 * @param reason why, in a sentence a user can act on
 * @param schemaObject the schema object checked, if any
 * @param property the property (column) checked, if any
 * @param metricValue the measured value, if a metric was computed
 * @param dimension the ODCS quality dimension, such as {@code completeness}, if given
 */
public record CheckResult(String name, CheckOutcome outcome, String reason, Optional<String> schemaObject,
    Optional<String> property, Optional<Double> metricValue, Optional<String> dimension) {
  /**
   * Checks the parts.
   *
   * @param name see the record component
   * @param outcome see the record component
   * @param reason see the record component
   * @param schemaObject see the record component
   * @param property see the record component
   * @param metricValue see the record component
   * @param dimension see the record component
   */
  public CheckResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(schemaObject, "schemaObject");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(metricValue, "metricValue");
    Objects.requireNonNull(dimension, "dimension");
  }

  /**
   * Creates a result with only a name, a verdict and a reason.
   *
   * @param name the check name
   * @param outcome the verdict
   * @param reason why
   * @return the result
   */
  public static CheckResult of(String name, CheckOutcome outcome, String reason) {
    return new CheckResult(name, outcome, reason, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }
}
