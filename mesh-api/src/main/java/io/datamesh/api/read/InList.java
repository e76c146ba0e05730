package io.datamesh.api.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Tests membership; JSON {@code {"op":"in","expr":...,"values":[...]}}. As in SQL: unknown if the value is null;
 * true if it equals a candidate; else unknown if a candidate is null; else false.
 *
 * <p>{@code Expression.column("region").in(Expression.literal("EMEA"), Expression.literal("APAC"))}
 *
 * @param expr the tested value
 * @param values one or more candidates, in order
 */
public record InList(Expression expr, List<Constant> values) implements Expression {
  /**
   * Checks and copies the parts.
   *
   * @param expr see the record component
   * @param values see the record component
   * @throws IllegalArgumentException if there is no candidate, or the tree would be deeper than
   *     {@value Expression#MAX_DEPTH}
   */
  public InList {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("IN needs one or more values, was given none; "
          + "use Expression.literal(false) for a condition that never holds");
    }
    List<Expression> children = new ArrayList<>(values);
    children.add(0, expr);
    Nodes.checkChildren("IN", children);
  }

  /** Returns {@code expr IN (v1, v2, ...)}. */
  @Override
  public String toString() {
    return SqlRenderer.render(this);
  }
}
