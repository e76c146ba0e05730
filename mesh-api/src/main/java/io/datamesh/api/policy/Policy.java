package io.datamesh.api.policy;

import java.util.Set;

/**
 * A governance rule as code, global or a domain's own, evaluated by the mesh at its triggers.
 *
 * <pre>{@code
 * Policy ownerEmail = new Policy() {
 *   public String id() { return "global.owner-is-email"; }
 *   public String description() { return "Every product names an owner e-mail"; }
 *   public Set<PolicyTrigger> triggers() { return Set.of(PolicyTrigger.REGISTER); }
 *   public PolicySeverity severity() { return PolicySeverity.ERROR; }
 *   public PolicyResult evaluate(PolicySubject s) {
 *     return s.current().owner().id().contains("@")
 *         ? PolicyResult.passed(id(), severity(), "owner is an e-mail")
 *         : PolicyResult.failed(id(), severity(), "owner is not an e-mail", List.of());
 *   }
 * };
 * }</pre>
 */
public interface Policy {
  /**
   * Returns a stable id, such as {@code global.owner-is-email}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns what the policy requires, in a sentence.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the moments at which the policy runs.
   *
   * @return the triggers
   */
  Set<PolicyTrigger> triggers();

  /**
   * Returns what a failure does.
   *
   * @return the severity
   */
  PolicySeverity severity();

  /**
   * Evaluates the policy; it must not throw for a non-compliant subject, but return a failed result that explains.
   *
   * @param subject the product before and after the operation
   * @return the verdict
   */
  PolicyResult evaluate(PolicySubject subject);
}
