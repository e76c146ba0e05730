package io.datamesh.core.governance;

import io.datamesh.api.policy.Finding;
import io.datamesh.api.policy.Policy;
import io.datamesh.api.policy.PolicyScope;
import io.datamesh.api.policy.PolicySeverity;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.api.policy.Rollout;
import java.util.List;
import java.util.Set;

/** A global policy as a domain sees it: a raised severity or a rollout moved forward, nothing else changed. */
record OverriddenPolicy(Policy base, PolicySeverity severity, Rollout rollout) implements Policy {
  @Override
  public String id() {
    return base.id();
  }

  @Override
  public String description() {
    return base.description();
  }

  @Override
  public PolicyScope scope() {
    return base.scope();
  }

  @Override
  public Set<PolicyTrigger> triggers() {
    return base.triggers();
  }

  @Override
  public List<Finding> evaluate(PolicySubject subject) {
    return base.evaluate(subject);
  }
}
