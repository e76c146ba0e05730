package io.datamesh.core.governance;

import io.datamesh.api.policy.Finding;
import io.datamesh.api.policy.Policy;
import io.datamesh.api.policy.PolicyResult;
import io.datamesh.api.policy.PolicySubject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs policies on one subject and stamps each finding with the severity and rollout stage in effect. A policy
 * that throws fails closed: its failure is reported (and blocks if it is an enforced error), never thrown.
 */
final class Evaluator {
  private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

  private Evaluator() {}

  static List<PolicyResult> run(List<Policy> policies, PolicySubject subject, Instant now) {
    Located root = null;
    List<PolicyResult> out = new ArrayList<>();
    for (Policy p : policies) {
      Policy core = p instanceof OverriddenPolicy o ? o.base() : p;
      List<Finding> findings;
      try {
        if (core instanceof YamlPolicy y) {
          root = root != null ? root : Projection.of(subject);
          findings = y.evaluate(subject, root);
        } else {
          findings = p.evaluate(subject);
        }
      } catch (RuntimeException e) {
        LOG.warn("policy {} threw on {}; reported as a failure", p.id(), subject.current().urn(), e);
        findings = List.of(Finding.fail(subject.current().urn().toString(), "the policy failed to evaluate: " + e,
            "fix the policy '" + p.id() + "' (its exception is logged), or ask its owners to"));
      }
      if (findings.isEmpty()) {
        findings = List.of(Finding.pass(subject.current().urn().toString(), "no findings"));
      }
      for (Finding f : findings) {
        out.add(new PolicyResult(p.id(), subject.trigger(), p.severity(), p.rollout(), p.rollout().stageAt(now), f));
      }
    }
    return out;
  }
}
