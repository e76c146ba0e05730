package io.datamesh.api.contract;

import java.util.Optional;

/**
 * Names the data-quality dimension a rule measures, the ODCS {@code quality[].dimension} vocabulary.
 *
 * <p>{@code QualityDimension.fromText("accuracy") == QualityDimension.ACCURACY}
 */
public enum QualityDimension {
  /** Values are correct. */
  ACCURACY("accuracy"),
  /** Values are present. */
  COMPLETENESS("completeness"),
  /** Values follow the expected format. */
  CONFORMITY("conformity"),
  /** Values agree with each other. */
  CONSISTENCY("consistency"),
  /** All expected records are present. */
  COVERAGE("coverage"),
  /** Values are recent enough. */
  TIMELINESS("timeliness"),
  /** Values are not duplicated. */
  UNIQUENESS("uniqueness");

  private final String text;

  QualityDimension(String text) {
    this.text = text;
  }

  /**
   * Returns the ODCS text of this value.
   *
   * @return the text, such as {@code "accuracy"}
   */
  public String text() {
    return text;
  }

  /**
   * Returns the value whose ODCS text is the given text.
   *
   * @param text the ODCS text (case-sensitive)
   * @return the value
   * @throws IllegalArgumentException if no value has that text; the message lists the valid ones
   */
  public static QualityDimension fromText(String text) {
    return Texts.lookup("quality dimension", values(), QualityDimension::text, text);
  }

  /**
   * Finds the value whose ODCS text is the given text.
   *
   * @param text the ODCS text (case-sensitive)
   * @return the value, or empty if none has that text
   */
  public static Optional<QualityDimension> find(String text) {
    return Texts.find(values(), QualityDimension::text, text);
  }
}
