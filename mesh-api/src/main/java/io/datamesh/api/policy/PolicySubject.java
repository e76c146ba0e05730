package io.datamesh.api.policy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.ProductUrn;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a policy evaluates: the product as it would be after the operation, as it was before (if it existed), and
 * the registered upstream products it reads (empty when evaluated without a mesh).
 *
 * <p>{@code PolicySubject.of(PolicyTrigger.BUILD, product)}
 *
 * @param trigger the moment of evaluation
 * @param current the product after the operation
 * @param previous the product before the operation, such as the registered version a new one replaces
 * @param upstreams the registered products the current one reads through its input ports, by URN
 */
public record PolicySubject(PolicyTrigger trigger, DataProduct current, Optional<DataProduct> previous,
    Map<ProductUrn, DataProduct> upstreams) {
  /**
   * Checks and copies the parts.
   *
   * @param trigger see the record component
   * @param current see the record component
   * @param previous see the record component
   * @param upstreams see the record component
   */
  public PolicySubject {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    upstreams = Map.copyOf(upstreams);
  }

  /**
   * Creates a subject with no previous state and no known upstreams, as in a product's unit test.
   *
   * @param trigger the moment of evaluation
   * @param current the product
   * @return the subject
   */
  public static PolicySubject of(PolicyTrigger trigger, DataProduct current) {
    return new PolicySubject(trigger, current, Optional.empty(), Map.of());
  }

  /**
   * Creates a subject with a previous state, so that diff-aware policies (semantic versioning) can compare.
   *
   * @param trigger the moment of evaluation
   * @param current the product after the operation
   * @param previous the product before it
   * @return the subject
   */
  public static PolicySubject of(PolicyTrigger trigger, DataProduct current, Optional<DataProduct> previous) {
    return new PolicySubject(trigger, current, previous, Map.of());
  }

  /**
   * Returns this subject with the upstream products it reads, for lineage-aware policies.
   *
   * @param products the upstream products, by URN
   * @return a new subject
   */
  public PolicySubject withUpstreams(Map<ProductUrn, DataProduct> products) {
    return new PolicySubject(trigger, current, previous, products);
  }

  /**
   * Returns this subject at another trigger.
   *
   * @param other the trigger
   * @return a new subject
   */
  public PolicySubject withTrigger(PolicyTrigger other) {
    return new PolicySubject(other, current, previous, upstreams);
  }
}
