package io.datamesh.core.governance;

import io.datamesh.api.policy.PolicySeverity;
import io.datamesh.api.policy.Rollout;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain's override of a global policy. A domain may raise the severity (warning to error) and move the rollout
 * forward (draft, grace, enforced); anything else (listed in {@code otherChanges}) is refused when the mesh is built.
 *
 * <pre>{@code
 * PolicyOverride.of("mesh.field-classification", Optional.empty(), Optional.of(Rollout.enforced()));
 * }</pre>
 *
 * @param policyId the global policy's id
 * @param severity the new severity, if changed
 * @param rollout the new rollout, if changed
 * @param otherChanges the names of any other attributes the override tried to change, such as {@code rule}
 * @param origin where the override was declared, such as {@code sales.yaml:12}
 */
public record PolicyOverride(String policyId, Optional<PolicySeverity> severity, Optional<Rollout> rollout,
    List<String> otherChanges, String origin) {
  /**
   * Checks and copies the parts.
   *
   * @param policyId see the record component
   * @param severity see the record component
   * @param rollout see the record component
   * @param otherChanges see the record component
   * @param origin see the record component
   */
  public PolicyOverride {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rollout, "rollout");
    otherChanges = List.copyOf(otherChanges);
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * Creates an override declared in code.
   *
   * @param policyId the global policy's id
   * @param severity the new severity, if changed
   * @param rollout the new rollout, if changed
   * @return the override
   */
  public static PolicyOverride of(String policyId, Optional<PolicySeverity> severity, Optional<Rollout> rollout) {
    return new PolicyOverride(policyId, severity, rollout, List.of(), "code");
  }
}
