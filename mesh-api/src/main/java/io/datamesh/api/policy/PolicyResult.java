package io.datamesh.api.policy;

import java.util.Objects;

/**
 * The explainable verdict of one policy on one subject, as the governance engine reports it: the policy's finding
 * with the severity and rollout in effect when it was evaluated.
 *
 * <pre>{@code
 * for (PolicyResult r : report.results()) {
 *   if (r.blocks()) { System.out.println(r.policyId() + " " + r.subject() + ": " + r.reason() + "; " + r.fix()); }
 * }
 * }</pre>
 *
 * @param policyId the policy's id
 * @param trigger the moment of evaluation
 * @param severity the severity in effect (a domain may raise a global one)
 * @param rollout the rollout in effect (a domain may move a global one forward)
 * @param stage the rollout stage at the instant of evaluation
 * @param finding what the policy found
 */
public record PolicyResult(String policyId, PolicyTrigger trigger, PolicySeverity severity, Rollout rollout,
    RolloutStage stage, Finding finding) {
  /**
   * Checks the parts.
   *
   * @param policyId see the record component
   * @param trigger see the record component
   * @param severity see the record component
   * @param rollout see the record component
   * @param stage see the record component
   * @param finding see the record component
   */
  public PolicyResult {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rollout, "rollout");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(finding, "finding");
  }

  /**
   * Tells whether the subject complies.
   *
   * @return the finding's verdict
   */
  public boolean passed() {
    return finding.passed();
  }

  /**
   * Returns what was checked.
   *
   * @return the subject, a product URN optionally followed by {@code #} and a JSON Pointer
   */
  public String subject() {
    return finding.subject();
  }

  /**
   * Returns what was found.
   *
   * @return the reason
   */
  public String reason() {
    return finding.reason();
  }

  /**
   * Returns how to fix a failure.
   *
   * @return the fix, empty for a pass
   */
  public String fix() {
    return finding.fix();
  }

  /**
   * Tells whether this result blocks the operation: failed, error severity, enforced.
   *
   * @return true if the operation must not go on
   */
  public boolean blocks() {
    return !passed() && severity == PolicySeverity.ERROR && stage == RolloutStage.ENFORCED;
  }

  /**
   * Returns the result as one line: policy, severity, stage, subject, reason and fix.
   *
   * @return the line
   */
  public String describe() {
    String head = "[" + policyId + "] " + (passed() ? "passed" : "failed") + " ("
        + severity.name().toLowerCase(java.util.Locale.ROOT) + ", " + rollout + ") " + subject() + ": " + reason();
    return passed() ? head : head + "; fix: " + fix();
  }
}
