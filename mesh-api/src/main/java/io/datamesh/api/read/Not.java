package io.datamesh.api.read;

import java.util.List;

/**
 * Negates a condition; JSON {@code {"op":"not","expr":...}}. The negation of unknown is unknown.
 *
 * <p>{@code Expression.not(Expression.column("deleted"))}
 *
 * @param expr the negated condition
 */
public record Not(Expression expr) implements Expression {
  /**
   * Checks the operand.
   *
   * @param expr see the record component
   * @throws IllegalArgumentException if the tree would be deeper than {@value Expression#MAX_DEPTH}
   */
  public Not {
    Nodes.checkChildren("NOT", List.of(expr));
  }

  /** Returns {@code NOT expr}. */
  @Override
  public String toString() {
    return SqlRenderer.render(this);
  }
}
