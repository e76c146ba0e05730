package io.datamesh.core.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Optional;

/** The leaf predicates of the policy language: exists, equals, in, matches, count, min and max. */
final class LeafRules {
  private LeafRules() {}

  /** At least one selected node, and none is null. */
  record Exists(PathExpr path) implements Rule {
    @Override
    public Outcome eval(RuleContext ctx, Located at) {
      List<Located> found = path.select(ctx.root(), at);
      boolean ok = !found.isEmpty() && found.stream().noneMatch(l -> l.node().isNull());
      return ok ? Outcome.OK : Outcome.fail(at, "'" + path + "' is missing");
    }
  }

  /** At least one selected node, and every one equals the value (numbers compare by value). */
  record Equals(PathExpr path, JsonNode value) implements Rule {
    @Override
    public Outcome eval(RuleContext ctx, Located at) {
      List<Located> found = path.select(ctx.root(), at);
      if (found.isEmpty()) {
        return Outcome.fail(at, "'" + path + "' is missing; expected " + Values.show(value));
      }
      for (Located l : found) {
        if (!Values.same(l.node(), value)) {
          return Outcome.fail(at, "'" + path + "' is " + Values.show(l.node()) + "; expected " + Values.show(value));
        }
      }
      return Outcome.OK;
    }
  }

  /** At least one selected node, and every one is among the values (or a level of the taxonomy). */
  record In(PathExpr path, Optional<List<JsonNode>> values) implements Rule {
    @Override
    public Outcome eval(RuleContext ctx, Located at) {
      List<Located> found = path.select(ctx.root(), at);
      String expected = values.map(v -> v.stream().map(Values::show).toList().toString())
          .orElse("a classification of " + ctx.taxonomy().levels());
      if (found.isEmpty()) {
        return Outcome.fail(at, "'" + path + "' is missing; expected one of " + expected);
      }
      for (Located l : found) {
        if (!contains(ctx, l.node())) {
          return Outcome.fail(at, "'" + path + "' is " + Values.show(l.node()) + "; expected one of " + expected);
        }
      }
      return Outcome.OK;
    }

    private boolean contains(RuleContext ctx, JsonNode n) {
      if (values.isEmpty()) {
        return n.isTextual() && ctx.taxonomy().contains(n.asText());
      }
      return values.get().stream().anyMatch(v -> Values.same(n, v));
    }
  }

  /** At least one selected node, and every one is a string that the RE2 pattern matches entirely. */
  record Matches(PathExpr path, Pattern pattern) implements Rule {
    @Override
    public Outcome eval(RuleContext ctx, Located at) {
      List<Located> found = path.select(ctx.root(), at);
      if (found.isEmpty()) {
        return Outcome.fail(at, "'" + path + "' is missing; expected text matching /" + pattern + "/");
      }
      for (Located l : found) {
        if (!l.node().isTextual() || !pattern.matches(l.node().asText())) {
          return Outcome.fail(at, "'" + path + "' is " + Values.show(l.node()) + ", which does not match /"
              + pattern + "/");
        }
      }
      return Outcome.OK;
    }
  }

  /** The number of selected nodes is within [min, max]. */
  record Count(PathExpr path, long min, long max) implements Rule {
    @Override
    public Outcome eval(RuleContext ctx, Located at) {
      int n = path.select(ctx.root(), at).size();
      if (n >= min && n <= max) {
        return Outcome.OK;
      }
      String range = max == Long.MAX_VALUE ? "at least " + min : min == 0 ? "at most " + max
          : "between " + min + " and " + max;
      return Outcome.fail(at, "'" + path + "' has " + n + (n == 1 ? " entry" : " entries") + "; expected " + range);
    }
  }

  /** At least one selected node, and every one is a number at or above (min) or at or below (max) the bound. */
  record Bound(PathExpr path, java.math.BigDecimal bound, boolean isMin) implements Rule {
    @Override
    public Outcome eval(RuleContext ctx, Located at) {
      List<Located> found = path.select(ctx.root(), at);
      String want = (isMin ? "at least " : "at most ") + bound.toPlainString();
      if (found.isEmpty()) {
        return Outcome.fail(at, "'" + path + "' is missing; expected a number " + want);
      }
      for (Located l : found) {
        int cmp = l.node().isNumber() ? l.node().decimalValue().compareTo(bound) : 0;
        if (!l.node().isNumber() || (isMin ? cmp < 0 : cmp > 0)) {
          return Outcome.fail(at, "'" + path + "' is " + Values.show(l.node()) + "; expected a number " + want);
        }
      }
      return Outcome.OK;
    }
  }
}
