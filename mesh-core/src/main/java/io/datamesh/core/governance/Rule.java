package io.datamesh.core.governance;

import java.util.List;

/** A compiled predicate of the policy language, evaluated at a node of the subject's JSON document. */
interface Rule {
  /** Evaluates the rule at a node; a failure names the node that failed and says why. */
  Outcome eval(RuleContext ctx, Located at);

  /** What went wrong, at which node (a JSON Pointer). */
  record Failure(String pointer, String message) {}

  /** Whether the rule held, and the failures that explain it if not. */
  record Outcome(boolean ok, List<Failure> failures) {
    static final Outcome OK = new Outcome(true, List.of());

    public Outcome {
      failures = List.copyOf(failures);
    }

    static Outcome fail(Located at, String message) {
      return new Outcome(false, List.of(new Failure(at.pointer(), message)));
    }
  }
}
