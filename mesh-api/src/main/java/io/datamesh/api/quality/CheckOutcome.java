package io.datamesh.api.quality;

import java.util.Locale;

/**
 * The verdict of one check, with the words datacontract-cli uses ({@code passed}, {@code warning}, {@code failed},
 * {@code skipped}, {@code error}).
 *
 * <p>{@code CheckOutcome.FAILED.blocks() == true}
 */
public enum CheckOutcome {
  /** The data met the rule. */
  PASSED,
  /** The data broke a rule whose severity only warns. */
  WARNING,
  /** The data broke a rule that blocks publishing. */
  FAILED,
  /** The rule was not evaluated; the result says why. */
  SKIPPED,
  /** The rule could not be evaluated because of an error; the result says which. */
  ERROR;

  /**
   * Tells whether this outcome blocks a publish gate.
   *
   * @return true for {@link #FAILED} and {@link #ERROR}
   */
  public boolean blocks() {
    return this == FAILED || this == ERROR;
  }

  /**
   * Returns the lower-case word datacontract-cli writes.
   *
   * @return such as {@code passed}
   */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }
}
