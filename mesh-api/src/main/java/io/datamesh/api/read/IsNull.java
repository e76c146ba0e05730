package io.datamesh.api.read;

import java.util.List;

/**
 * Tests for null; JSON {@code {"op":"is_null","expr":...}}. Never unknown: an unknown condition is null.
 *
 * <p>{@code Expression.column("email").isNull()}
 *
 * @param expr the tested value
 */
public record IsNull(Expression expr) implements Expression {
  /**
   * Checks the operand.
   *
   * @param expr see the record component
   * @throws IllegalArgumentException if the tree would be deeper than {@value Expression#MAX_DEPTH}
   */
  public IsNull {
    Nodes.checkChildren("IS NULL", List.of(expr));
  }

  /** Returns {@code expr IS NULL}. */
  @Override
  public String toString() {
    return SqlRenderer.render(this);
  }
}
