package io.datamesh.core.governance;

import io.datamesh.api.policy.Finding;
import io.datamesh.api.policy.Policy;
import io.datamesh.api.policy.PolicyScope;
import io.datamesh.api.policy.PolicySeverity;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.api.policy.Rollout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A policy written in the YAML language: a rule over the JSON projection of the subject. */
record YamlPolicy(String id, String description, PolicyScope scope, Set<PolicyTrigger> triggers,
    PolicySeverity severity, Rollout rollout, String fix, Rule rule, String source,
    ClassificationTaxonomy taxonomy) implements Policy, TaxonomyAware {

  @Override
  public List<Finding> evaluate(PolicySubject subject) {
    return evaluate(subject, Projection.of(subject));
  }

  /** Evaluates against a projection the caller computed once for every YAML policy. */
  List<Finding> evaluate(PolicySubject subject, Located root) {
    String urn = subject.current().urn().toString();
    Rule.Outcome outcome = rule.eval(new RuleContext(root, taxonomy), root);
    if (outcome.ok()) {
      return List.of(Finding.pass(urn, "complies: " + description));
    }
    List<Finding> findings = new ArrayList<>();
    for (Rule.Failure f : outcome.failures()) {
      findings.add(Finding.fail(f.pointer().isEmpty() ? urn : urn + "#" + f.pointer(), f.message(), fix));
    }
    return findings;
  }

  @Override
  public Policy withTaxonomy(ClassificationTaxonomy t) {
    return new YamlPolicy(id, description, scope, triggers, severity, rollout, fix, rule, source, t);
  }

  @Override
  public String toString() {
    return "Policy[" + id + " from " + source + "]";
  }
}
