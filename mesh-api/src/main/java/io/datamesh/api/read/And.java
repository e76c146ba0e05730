package io.datamesh.api.read;

import java.util.List;

/**
 * Holds when every argument holds; JSON {@code {"op":"and","args":[...]}}. False if any argument is false, else
 * unknown if any is unknown, else true.
 *
 * <p>{@code Expression.and(a, b, c)}
 *
 * @param args two or more conditions, in order
 */
public record And(List<Expression> args) implements Expression {
  /**
   * Checks and copies the arguments.
   *
   * @param args see the record component
   * @throws IllegalArgumentException if there are fewer than two, or the tree would be deeper than
   *     {@value Expression#MAX_DEPTH}
   */
  public And {
    args = Nodes.checkArgs("AND", args);
  }

  /** Returns {@code a AND b AND ...}. */
  @Override
  public String toString() {
    return SqlRenderer.render(this);
  }
}
