package io.datamesh.core.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The combinators of the policy language: all and any (of a list, or over a selection) and not. */
final class Combinators {
  private Combinators() {}

  /** Every rule of the list holds; all failures are reported. */
  record AllOf(List<Rule> rules) implements Rule {
    @Override
    public Outcome eval(RuleContext ctx, Located at) {
      List<Failure> failures = new ArrayList<>();
      for (Rule r : rules) {
        failures.addAll(r.eval(ctx, at).failures());
      }
      return failures.isEmpty() ? Outcome.OK : new Outcome(false, failures);
    }
  }

  /** At least one rule of the list holds. */
  record AnyOf(List<Rule> rules) implements Rule {
    @Override
    public Outcome eval(RuleContext ctx, Located at) {
      List<String> why = new ArrayList<>();
      for (Rule r : rules) {
        Outcome o = r.eval(ctx, at);
        if (o.ok()) {
          return Outcome.OK;
        }
        o.failures().forEach(f -> why.add(f.message()));
      }
      return Outcome.fail(at, "no alternative holds: " + String.join("; ", why));
    }
  }

  /** The rule does not hold. */
  record Not(Rule rule, String text) implements Rule {
    @Override
    public Outcome eval(RuleContext ctx, Located at) {
      return rule.eval(ctx, at).ok() ? Outcome.fail(at, "must not hold, but does: " + text) : Outcome.OK;
    }
  }

  /** Every selected node (that passes {@code where}) satisfies {@code require}; each failing node is reported. */
  record ForAll(PathExpr select, Optional<Rule> where, Rule require) implements Rule {
    @Override
    public Outcome eval(RuleContext ctx, Located at) {
      List<Failure> failures = new ArrayList<>();
      for (Located l : select.select(ctx.root(), at)) {
        if (where.isEmpty() || where.get().eval(ctx, l).ok()) {
          failures.addAll(require.eval(ctx, l).failures());
        }
      }
      return failures.isEmpty() ? Outcome.OK : new Outcome(false, failures);
    }
  }

  /** At least one selected node (that passes {@code where}) satisfies {@code require}. */
  record ForSome(PathExpr select, Optional<Rule> where, Rule require) implements Rule {
    @Override
    public Outcome eval(RuleContext ctx, Located at) {
      int candidates = 0;
      String first = "";
      for (Located l : select.select(ctx.root(), at)) {
        if (where.isEmpty() || where.get().eval(ctx, l).ok()) {
          candidates++;
          Outcome o = require.eval(ctx, l);
          if (o.ok()) {
            return Outcome.OK;
          }
          if (first.isEmpty() && !o.failures().isEmpty()) {
            first = " (first: " + o.failures().get(0).message() + ")";
          }
        }
      }
      return Outcome.fail(at, "none of the " + candidates + " nodes selected by '" + select
          + "' satisfies the rule" + first);
    }
  }
}
