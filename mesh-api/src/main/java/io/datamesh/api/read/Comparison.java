package io.datamesh.api.read;

import java.util.List;
import java.util.Objects;

/**
 * Compares two values; JSON {@code {"op":"gt","left":...,"right":...}}. A comparison with null is unknown;
 * numbers compare by value across {@code Long}, {@code Double} and {@code BigDecimal}.
 *
 * <p>{@code Expression.column("amount").gt(Expression.literal(100))}
 *
 * @param op the operator
 * @param left the left operand
 * @param right the right operand
 */
public record Comparison(ComparisonOp op, Expression left, Expression right) implements Expression {
  /**
   * Checks the parts.
   *
   * @param op see the record component
   * @param left see the record component
   * @param right see the record component
   * @throws IllegalArgumentException if the tree would be deeper than {@value Expression#MAX_DEPTH}
   */
  public Comparison {
    Objects.requireNonNull(op, "op");
    Nodes.checkChildren(op.symbol(), List.of(left, right));
  }

  /** Returns {@code left op right}, as in {@code amount > 100}. */
  @Override
  public String toString() {
    return SqlRenderer.render(this);
  }
}
