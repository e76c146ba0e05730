package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.PortAddress;
import io.datamesh.api.policy.PolicyResult;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Mesh#register(DataProduct)} did.
 *
 * <pre>{@code
 * RegistrationResult r = mesh.register(product);
 * if (!r.pendingInputs().isEmpty()) { log.warn(r.warnings().toString()); }
 * }</pre>
 *
 * @param product the registered product
 * @param action what happened
 * @param pendingInputs input ports whose upstream is not registered yet
 * @param warnings things a user should look at, one sentence each (policy failures included)
 * @param policyResults the policy failures that did not block: warnings, drafts and policies in grace
 */
public record RegistrationResult(DataProduct product, Action action, List<PortAddress> pendingInputs,
    List<String> warnings, List<PolicyResult> policyResults) {
  /**
   * Checks and copies the parts.
   *
   * @param product see the record component
   * @param action see the record component
   * @param pendingInputs see the record component
   * @param warnings see the record component
   * @param policyResults see the record component
   */
  public RegistrationResult {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(action, "action");
    pendingInputs = List.copyOf(pendingInputs);
    warnings = List.copyOf(warnings);
    policyResults = List.copyOf(policyResults);
  }

  /**
   * Creates a result without policy results.
   *
   * @param product the registered product
   * @param action what happened
   * @param pendingInputs input ports whose upstream is not registered yet
   * @param warnings things a user should look at
   */
  public RegistrationResult(DataProduct product, Action action, List<PortAddress> pendingInputs,
      List<String> warnings) {
    this(product, action, pendingInputs, warnings, List.of());
  }

  /** What a registration did. */
  public enum Action {
    /** The product (this major) was new. */
    REGISTERED,
    /** A newer minor or patch replaced the registered version. */
    REPLACED,
    /** The identical descriptor was already registered: nothing changed. */
    UNCHANGED
  }
}
