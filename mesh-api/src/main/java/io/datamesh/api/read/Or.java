package io.datamesh.api.read;

import java.util.List;

/**
 * Holds when any argument holds; JSON {@code {"op":"or","args":[...]}}. True if any argument is true, else
 * unknown if any is unknown, else false.
 *
 * <p>{@code Expression.or(a, b, c)}
 *
 * @param args two or more conditions, in order
 */
public record Or(List<Expression> args) implements Expression {
  /**
   * Checks and copies the arguments.
   *
   * @param args see the record component
   * @throws IllegalArgumentException if there are fewer than two, or the tree would be deeper than
   *     {@value Expression#MAX_DEPTH}
   */
  public Or {
    args = Nodes.checkArgs("OR", args);
  }

  /** Returns {@code a OR b OR ...}. */
  @Override
  public String toString() {
    return SqlRenderer.render(this);
  }
}
