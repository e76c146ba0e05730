package io.datamesh.core.governance;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.policy.Policy;
import io.datamesh.api.policy.PolicySeverity;
import io.datamesh.api.policy.Rollout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the global policy set with the domain sets: a domain adds policies, raises a global policy's severity or
 * moves its rollout forward; any other override of a global id is an error, reported all at once.
 */
final class Federation {
  private final List<String> problems = new ArrayList<>();
  private final ClassificationTaxonomy taxonomy;
  private final Map<String, Policy> global = new LinkedHashMap<>();

  Federation(PolicySet globalSet) {
    this.taxonomy = globalSet.taxonomy().orElse(ClassificationTaxonomy.defaults());
    for (Policy p : globalSet.policies()) {
      global.put(p.id(), bind(p));
    }
    if (!globalSet.overrides().isEmpty()) {
      problems.add(globalSet.overrides().get(0).origin() + ": the global set '" + globalSet.name() + "' declares"
          + " overrides; overrides belong in a domain set (MeshBuilder.addDomainPolicies)");
    }
  }

  ClassificationTaxonomy taxonomy() {
    return taxonomy;
  }

  List<Policy> global() {
    return List.copyOf(global.values());
  }

  /** Returns the policies a domain's products see: the global ones with the domain's overrides, then its own. */
  List<Policy> domain(String domain, List<PolicySet> sets) {
    Map<String, Policy> effective = new LinkedHashMap<>(global);
    Map<String, String> own = new HashMap<>();
    for (PolicySet set : sets) {
      set.taxonomy().filter(t -> !t.equals(taxonomy)).ifPresent(t -> problems.add(set.source() + ": domain '"
          + domain + "' set '" + set.name() + "' declares the taxonomy " + t + "; the taxonomy is global (" + taxonomy
          + "); remove it from the domain set"));
      for (PolicyOverride o : set.overrides()) {
        override(domain, o, effective);
      }
      for (Policy p : set.policies()) {
        if (global.containsKey(p.id())) {
          problems.add(set.source() + ": domain '" + domain + "' redefines the global policy '" + p.id() + "'; a"
              + " domain may only raise its severity or move its rollout forward, under 'overrides:'");
        } else if (own.putIfAbsent(p.id(), set.name()) != null) {
          problems.add(set.source() + ": domain '" + domain + "' declares policy '" + p.id() + "' in two sets ('"
              + own.get(p.id()) + "' and '" + set.name() + "'); keep one");
        } else {
          effective.put(p.id(), bind(p));
        }
      }
    }
    return List.copyOf(effective.values());
  }

  private void override(String domain, PolicyOverride o, Map<String, Policy> effective) {
    String where = o.origin() + ": domain '" + domain + "' overrides '" + o.policyId() + "'";
    Policy base = global.get(o.policyId());
    if (base == null) {
      problems.add(where + ", which is not a global policy; declare a new policy under 'policies:' instead");
      return;
    }
    if (!o.otherChanges().isEmpty()) {
      problems.add(where + " and changes " + o.otherChanges() + "; a domain may only raise 'severity' or move"
          + " 'rollout' forward; ask the global policy owners for anything else");
    }
    PolicySeverity severity = o.severity().orElse(base.severity());
    Rollout rollout = o.rollout().orElse(base.rollout());
    if (severity.compareTo(base.severity()) < 0) {
      problems.add(where + " and lowers its severity from " + base.severity() + " to " + severity
          + "; a domain may only raise it");
    }
    if (!rollout.isAtLeast(base.rollout())) {
      problems.add(where + " and moves its rollout back from " + base.rollout() + " to " + rollout
          + "; a domain may only move it forward (draft, grace, enforced)");
    }
    effective.put(base.id(), new OverriddenPolicy(base, severity, rollout));
  }

  private Policy bind(Policy p) {
    return p instanceof TaxonomyAware a ? a.withTaxonomy(taxonomy) : p;
  }

  void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    throw new MeshException(MeshStatus.INVALID_ARGUMENT, "the policy sets do not federate: " + problems.size()
        + (problems.size() == 1 ? " problem" : " problems") + "\n  - " + String.join("\n  - ", problems));
  }
}
