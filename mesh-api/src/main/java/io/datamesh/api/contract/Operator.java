package io.datamesh.api.contract;

import java.util.Optional;

/**
 * Names a comparison of a quality rule's measured value with its threshold; ODCS allows exactly one per rule.
 *
 * <p>{@code Operator.fromText("mustBeLessThan") == Operator.MUST_BE_LESS_THAN}
 */
public enum Operator {
  /** The value equals the operand. */
  MUST_BE("mustBe", 1, false),
  /** The value differs from the operand. */
  MUST_NOT_BE("mustNotBe", 1, false),
  /** The value is greater than the operand. */
  MUST_BE_GREATER_THAN("mustBeGreaterThan", 1, true),
  /** The value is greater than or equal to the operand. */
  MUST_BE_GREATER_OR_EQUAL_TO("mustBeGreaterOrEqualTo", 1, true),
  /** The value is less than the operand. */
  MUST_BE_LESS_THAN("mustBeLessThan", 1, true),
  /** The value is less than or equal to the operand. */
  MUST_BE_LESS_OR_EQUAL_TO("mustBeLessOrEqualTo", 1, true),
  /** The value lies between the two operands, both included (the SDK's reading of an ambiguous standard). */
  MUST_BE_BETWEEN("mustBeBetween", 2, true),
  /** The value lies outside the two operands, which are themselves outside (the negation of between). */
  MUST_NOT_BE_BETWEEN("mustNotBeBetween", 2, true);

  private final String text;
  private final int arity;
  private final boolean numeric;

  Operator(String text, int arity, boolean numeric) {
    this.text = text;
    this.arity = arity;
    this.numeric = numeric;
  }

  /**
   * Returns the ODCS key of this operator.
   *
   * @return the key, such as {@code "mustBeGreaterThan"}
   */
  public String text() {
    return text;
  }

  /**
   * Returns how many operands this operator takes.
   *
   * @return 1, or 2 for the between operators
   */
  public int arity() {
    return arity;
  }

  /**
   * Tells whether the operands must be numbers.
   *
   * @return true for the ordering and between operators
   */
  public boolean numeric() {
    return numeric;
  }

  /**
   * Returns the operator whose ODCS key is the given text.
   *
   * @param text the key (case-sensitive)
   * @return the operator
   * @throws IllegalArgumentException if no operator has that key; the message lists the valid ones
   */
  public static Operator fromText(String text) {
    return Texts.lookup("operator", values(), Operator::text, text);
  }

  /**
   * Finds the operator whose ODCS key is the given text.
   *
   * @param text the key (case-sensitive)
   * @return the operator, or empty if none has that key
   */
  public static Optional<Operator> find(String text) {
    return Texts.find(values(), Operator::text, text);
  }
}
