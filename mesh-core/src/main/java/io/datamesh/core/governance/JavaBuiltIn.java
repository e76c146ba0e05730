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
import java.util.function.BiFunction;

/** A built-in policy implemented in Java; it reads the taxonomy the engine binds. */
record JavaBuiltIn(String id, String description, PolicyScope scope, Set<PolicyTrigger> triggers,
    PolicySeverity severity, Rollout rollout, BiFunction<PolicySubject, ClassificationTaxonomy, List<Finding>> check,
    ClassificationTaxonomy taxonomy) implements Policy, TaxonomyAware {
  JavaBuiltIn {
    triggers = Set.copyOf(triggers);
  }

  @Override
  public List<Finding> evaluate(PolicySubject subject) {
    return check.apply(subject, taxonomy);
  }

  @Override
  public Policy withTaxonomy(ClassificationTaxonomy t) {
    return new JavaBuiltIn(id, description, scope, triggers, severity, rollout, check, t);
  }

  /** Turns the failing pointers of a descriptor check into findings, or one pass. */
  static BiFunction<PolicySubject, ClassificationTaxonomy, List<Finding>> pointers(String description, String fix,
      BiFunction<PolicySubject, ClassificationTaxonomy, List<String>> failing) {
    return (s, t) -> {
      String urn = s.current().urn().toString();
      List<String> bad = failing.apply(s, t);
      if (bad.isEmpty()) {
        return List.of(Finding.pass(urn, "complies: " + description));
      }
      return bad.stream().map(p -> Finding.fail(p.isEmpty() ? urn : urn + "#" + p, "does not comply: "
          + description, fix)).toList();
    };
  }

  @Override
  public String toString() {
    return "Policy[" + id + " (Java built-in)]";
  }
}
