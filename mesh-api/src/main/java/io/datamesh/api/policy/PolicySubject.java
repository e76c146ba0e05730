package io.datamesh.api.policy;

import io.datamesh.api.DataProduct;
import java.util.Objects;
import java.util.Optional;

/**
 * What a policy evaluates: the product as it would be after the operation, and as it was before, if it existed.
 *
 * <p>{@code PolicySubject.of(PolicyTrigger.REGISTER, product, Optional.empty())}
 *
 * @param trigger the moment of evaluation
 * @param current the product after the operation
 * @param previous the product before the operation, such as the registered minor a new one replaces
 */
public record PolicySubject(PolicyTrigger trigger, DataProduct current, Optional<DataProduct> previous) {
  /**
   * Checks the parts.
   *
   * @param trigger see the record component
   * @param current see the record component
   * @param previous see the record component
   */
  public PolicySubject {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
  }

  /**
   * Creates a subject.
   *
   * @param trigger the moment of evaluation
   * @param current the product after the operation
   * @param previous the product before it
   * @return the subject
   */
  public static PolicySubject of(PolicyTrigger trigger, DataProduct current, Optional<DataProduct> previous) {
    return new PolicySubject(trigger, current, previous);
  }
}
