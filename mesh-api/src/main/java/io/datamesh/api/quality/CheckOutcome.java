package io.datamesh.api.quality;

import java.util.Locale;

/**
 * The verdict of one check, with the words datacontract-cli uses ({@code passed}, {@code warning}, {@code failed},
 * {@code error}, {@code skipped}, {@code info}, {@code unknown}).
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
  /** The rule could not be evaluated because of an error; the reason says which. */
  ERROR,
  /** The rule was not evaluated; the reason says why. */
  SKIPPED,
  /** The rule only reports a value (such as a row count with no threshold). */
  INFO,
  /** The outcome is not known. */
  UNKNOWN;

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

  /**
   * Returns how bad this outcome is, for picking the worst of several: skipped, info and unknown rank below
   * passed, then warning, failed and error.
   *
   * @return a rank, higher is worse
   */
  public int severityRank() {
    switch (this) {
      case SKIPPED:
      case INFO:
      case UNKNOWN:
        return 0;
      case PASSED:
        return 1;
      case WARNING:
        return 2;
      case FAILED:
        return 3;
      default:
        return 4;
    }
  }
}
