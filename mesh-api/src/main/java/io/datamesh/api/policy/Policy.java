package io.datamesh.api.policy;

import java.util.List;
import java.util.Set;

/**
 * A governance rule as code, global or a domain's own: what it applies to, when it runs, what a failure does, how
 * far it is rolled out, and an evaluation that explains itself. Most policies are written in YAML and loaded with a
 * policy set; Java policies are built with {@link #builder(String)}.
 *
 * <pre>{@code
 * Policy ownerEmail = Policy.builder("acme.owner-is-email")
 *     .setDescription("Every product names an owner e-mail")
 *     .addTrigger(PolicyTrigger.BUILD).addTrigger(PolicyTrigger.REGISTER)
 *     .setSeverity(PolicySeverity.ERROR)
 *     .setCheck(s -> List.of(s.current().owner().id().contains("@")
 *         ? Finding.pass(s.current().urn().toString(), "the owner is an e-mail address")
 *         : Finding.fail(s.current().urn().toString(), "the owner is not an e-mail address",
 *             "call setOwner(Owner.of(\"team@example.com\"))")))
 *     .build();
 * }</pre>
 */
public interface Policy {
  /**
   * Starts declaring a policy in Java.
   *
   * @param id a stable id, such as {@code acme.owner-is-email}
   * @return a builder
   */
  static PolicyBuilder builder(String id) {
    return new PolicyBuilder(id);
  }

  /**
   * Returns a stable id, such as {@code mesh.owner-required}.
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
   * Returns which products the policy applies to.
   *
   * @return the scope; {@link PolicyScope#all()} unless narrowed
   */
  PolicyScope scope();

  /**
   * Returns the moments at which the policy runs.
   *
   * @return the triggers, never empty
   */
  Set<PolicyTrigger> triggers();

  /**
   * Returns what a failure does once the policy is enforced.
   *
   * @return the severity
   */
  PolicySeverity severity();

  /**
   * Returns how far the policy is rolled out.
   *
   * @return the rollout
   */
  Rollout rollout();

  /**
   * Evaluates the policy. A non-compliant subject is not an exception: return failed findings that explain.
   *
   * @param subject the product before and after the operation
   * @return at least one finding; every failure names its subject, reason and fix
   */
  List<Finding> evaluate(PolicySubject subject);
}
