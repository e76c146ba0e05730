package io.datamesh.api.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pairs an {@link Operator} with its operands: what a quality rule's measured value must satisfy.
 *
 * <pre>{@code
 * Threshold t = Threshold.of(Operator.MUST_BE_BETWEEN, 0, 100);
 * t.test(BigDecimal.valueOf(100)); // true: between includes its bounds
 * }</pre>
 *
 * @param operator the comparison
 * @param operands one operand, or two for the between operators; numbers are {@link BigDecimal}
 */
public record Threshold(Operator operator, List<Object> operands) {
  /**
   * Checks the operands against the operator.
   *
   * @param operator see the record component
   * @param operands see the record component
   * @throws IllegalArgumentException if the operand count is wrong, a numeric operator has a non-number, or the
   *     between bounds are not ascending
   */
  public Threshold {
    Objects.requireNonNull(operator, "operator");
    operands = normalize(operator, operands);
  }

  /**
   * Creates a threshold; numbers become {@link BigDecimal}.
   *
   * @param operator the comparison
   * @param operands one operand, or two (lower, upper) for the between operators
   * @return the threshold
   * @throws IllegalArgumentException as the canonical constructor does
   */
  public static Threshold of(Operator operator, Object... operands) {
    return new Threshold(operator, List.of(operands));
  }

  /**
   * Returns the single operand.
   *
   * @return the operand
   * @throws IllegalStateException for the between operators, which have two
   */
  public Object operand() {
    if (operator.arity() != 1) {
      throw new IllegalStateException(operator.text() + " has two operands: use operands()");
    }
    return operands.get(0);
  }

  /**
   * Tells whether a measured value satisfies this threshold; {@code mustBeBetween} includes both bounds.
   *
   * @param value the measured value
   * @return true if it satisfies the threshold
   */
  public boolean test(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    switch (operator) {
      case MUST_BE:
        return equal(value, operands.get(0));
      case MUST_NOT_BE:
        return !equal(value, operands.get(0));
      case MUST_BE_GREATER_THAN:
        return value.compareTo(number(0)) > 0;
      case MUST_BE_GREATER_OR_EQUAL_TO:
        return value.compareTo(number(0)) >= 0;
      case MUST_BE_LESS_THAN:
        return value.compareTo(number(0)) < 0;
      case MUST_BE_LESS_OR_EQUAL_TO:
        return value.compareTo(number(0)) <= 0;
      case MUST_BE_BETWEEN:
        return value.compareTo(number(0)) >= 0 && value.compareTo(number(1)) <= 0;
      default:
        return value.compareTo(number(0)) < 0 || value.compareTo(number(1)) > 0;
    }
  }

  private BigDecimal number(int i) {
    return (BigDecimal) operands.get(i);
  }

  private static boolean equal(BigDecimal value, Object operand) {
    return operand instanceof BigDecimal && value.compareTo((BigDecimal) operand) == 0;
  }

  private static List<Object> normalize(Operator operator, List<Object> operands) {
    Objects.requireNonNull(operands, "operands");
    if (operands.size() != operator.arity()) {
      throw new IllegalArgumentException(operator.text() + " takes " + operator.arity() + " operand(s), got "
          + operands.size() + ": " + operands);
    }
    List<Object> out = new ArrayList<>(operands.size());
    for (Object o : operands) {
      Object v = Values.copy(Objects.requireNonNull(o, () -> operator.text() + " operand"));
      if (operator.numeric() && !(v instanceof BigDecimal)) {
        throw new IllegalArgumentException(operator.text() + " needs a number, got '" + o + "'");
      }
      out.add(v);
    }
    if (operator.arity() == 2 && ((BigDecimal) out.get(0)).compareTo((BigDecimal) out.get(1)) >= 0) {
      throw new IllegalArgumentException(operator.text() + " bounds must be ascending and distinct, got "
          + operands + ": write [lower, upper]");
    }
    return List.copyOf(out);
  }
}
