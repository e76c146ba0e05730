package io.datamesh.api.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Declares a Java {@link Policy}. Defaults: scope all products, triggers BUILD and REGISTER, severity ERROR, rollout
 * ENFORCED.
 *
 * <p>{@code Policy.builder("acme.x").setDescription("...").setCheck(check).build()}
 */
public final class PolicyBuilder {
  private final String id;
  private @Nullable String description;
  private PolicyScope scope = PolicyScope.all();
  private final Set<PolicyTrigger> triggers = EnumSet.noneOf(PolicyTrigger.class);
  private PolicySeverity severity = PolicySeverity.ERROR;
  private Rollout rollout = Rollout.enforced();
  private @Nullable PolicyCheck check;

  PolicyBuilder(String id) {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
      throw new IllegalArgumentException("policy id '" + id + "' must be 1 to 128 letters, digits, '.', '_', '-'"
          + " starting with a letter or digit, such as acme.owner-is-email");
    }
    this.id = id;
  }

  /**
   * Says what the policy requires.
   *
   * @param text a sentence
   * @return this builder
   */
  public PolicyBuilder setDescription(String text) {
    this.description = Objects.requireNonNull(text, "text");
    return this;
  }

  /**
   * Narrows the products the policy applies to.
   *
   * @param value the scope
   * @return this builder
   */
  public PolicyBuilder setScope(PolicyScope value) {
    this.scope = Objects.requireNonNull(value, "scope");
    return this;
  }

  /**
   * Adds a moment at which the policy runs; BUILD and REGISTER unless one is added.
   *
   * @param trigger the trigger
   * @return this builder
   */
  public PolicyBuilder addTrigger(PolicyTrigger trigger) {
    triggers.add(Objects.requireNonNull(trigger, "trigger"));
    return this;
  }

  /**
   * Sets what a failure does.
   *
   * @param value ERROR unless set
   * @return this builder
   */
  public PolicyBuilder setSeverity(PolicySeverity value) {
    this.severity = Objects.requireNonNull(value, "severity");
    return this;
  }

  /**
   * Sets how far the policy is rolled out.
   *
   * @param value ENFORCED unless set
   * @return this builder
   */
  public PolicyBuilder setRollout(Rollout value) {
    this.rollout = Objects.requireNonNull(value, "rollout");
    return this;
  }

  /**
   * Sets the evaluation.
   *
   * @param value the check
   * @return this builder
   */
  public PolicyBuilder setCheck(PolicyCheck value) {
    this.check = Objects.requireNonNull(value, "check");
    return this;
  }

  /**
   * Builds the policy.
   *
   * @return the policy
   * @throws IllegalArgumentException if the description or the check is missing
   */
  public Policy build() {
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("policy '" + id + "' needs a description: call setDescription(\"...\")");
    }
    if (check == null) {
      throw new IllegalArgumentException("policy '" + id + "' needs a check: call setCheck(subject -> ...)");
    }
    Set<PolicyTrigger> t = triggers.isEmpty() ? EnumSet.of(PolicyTrigger.BUILD, PolicyTrigger.REGISTER) : triggers;
    return new JavaPolicy(id, description, scope, Set.copyOf(t), severity, rollout, check);
  }

  /** The value behind a Java policy. */
  private record JavaPolicy(String id, String description, PolicyScope scope, Set<PolicyTrigger> triggers,
      PolicySeverity severity, Rollout rollout, PolicyCheck check) implements Policy {
    @Override
    public List<Finding> evaluate(PolicySubject subject) {
      return List.copyOf(check.check(subject));
    }

    @Override
    public String toString() {
      return "Policy[" + id + "]";
    }
  }
}
