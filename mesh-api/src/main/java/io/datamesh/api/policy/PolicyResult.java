package io.datamesh.api.policy;

import java.util.List;
import java.util.Objects;

/**
 * The explainable verdict of one policy on one subject.
 *
 * <pre>{@code
 * return PolicyResult.failed(id(), PolicySeverity.ERROR,
 *     "output port 'orders' has no owner e-mail", List.of("set Owner.of(\"team@example.com\")"));
 * }</pre>
 *
 * @param policyId the policy's id
 * @param passed whether the subject complies
 * @param severity what a failure does
 * @param message what was found, in a sentence
 * @param details the evidence or the fixes, one per line
 */
public record PolicyResult(String policyId, boolean passed, PolicySeverity severity, String message,
    List<String> details) {
  /**
   * Checks and copies the parts.
   *
   * @param policyId see the record component
   * @param passed see the record component
   * @param severity see the record component
   * @param message see the record component
   * @param details see the record component
   */
  public PolicyResult {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    details = List.copyOf(details);
  }

  /**
   * Creates a passing result.
   *
   * @param policyId the policy's id
   * @param severity the policy's severity
   * @param message what was checked
   * @return the result
   */
  public static PolicyResult passed(String policyId, PolicySeverity severity, String message) {
    return new PolicyResult(policyId, true, severity, message, List.of());
  }

  /**
   * Creates a failing result.
   *
   * @param policyId the policy's id
   * @param severity the policy's severity
   * @param message what is wrong
   * @param details evidence or fixes
   * @return the result
   */
  public static PolicyResult failed(String policyId, PolicySeverity severity, String message, List<String> details) {
    return new PolicyResult(policyId, false, severity, message, details);
  }

  /**
   * Tells whether this result blocks the operation.
   *
   * @return true when failed with {@link PolicySeverity#ERROR}
   */
  public boolean blocks() {
    return !passed && severity == PolicySeverity.ERROR;
  }
}
