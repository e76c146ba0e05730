package io.datamesh.api.read;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Structural helpers for the expression tree. Every constructor bounds the depth, so that the recursive walks here
 * and in the reader, writer, renderer and evaluator never go deeper than {@link Expression#MAX_DEPTH} frames.
 */
final class Nodes {
  private Nodes() {}

  static List<Expression> children(Expression e) {
    if (e instanceof Comparison c) {
      return List.of(c.left(), c.right());
    } else if (e instanceof InList in) {
      return Collections.singletonList(in.expr());
    } else if (e instanceof IsNull n) {
      return List.of(n.expr());
    } else if (e instanceof Not n) {
      return List.of(n.expr());
    } else if (e instanceof And a) {
      return a.args();
    } else if (e instanceof Or o) {
      return o.args();
    }
    return List.of();
  }

  static int depth(Expression e) {
    int deepest = e instanceof InList ? 1 : 0; // the IN candidates are leaves one level down
    for (Expression child : children(e)) {
      deepest = Math.max(deepest, depth(child));
    }
    return 1 + deepest;
  }

  static void checkChildren(String node, List<? extends Expression> children) {
    int deepest = 0;
    for (Expression child : children) {
      Objects.requireNonNull(child, () -> "an operand of " + node + " is null");
      deepest = Math.max(deepest, depth(child));
    }
    if (deepest + 1 > Expression.MAX_DEPTH) {
      throw new IllegalArgumentException(node + " would make the expression " + (deepest + 1)
          + " nodes deep, at most " + Expression.MAX_DEPTH + " are allowed; flatten chains of AND/OR into one node");
    }
  }

  static List<Expression> checkArgs(String node, List<Expression> args) {
    List<Expression> copy = List.copyOf(args);
    if (copy.size() < 2) {
      throw new IllegalArgumentException(node + " needs two or more arguments, was given " + copy.size()
          + "; use the argument itself instead");
    }
    checkChildren(node, copy);
    return copy;
  }

  /** Returns the column names ({@code columns}) or principal attributes in order of first appearance. */
  static Set<String> names(Expression e, boolean columns) {
    Set<String> out = new LinkedHashSet<>();
    collect(e, columns, out);
    return Collections.unmodifiableSet(out);
  }

  private static void collect(Expression e, boolean columns, Set<String> out) {
    if (columns && e instanceof ColumnRef c) {
      out.add(c.name());
    } else if (!columns && e instanceof PrincipalRef p) {
      out.add(p.attribute());
    }
    for (Expression child : children(e)) {
      collect(child, columns, out);
    }
    if (e instanceof InList in) {
      in.values().forEach(v -> collect(v, columns, out));
    }
  }
}
