package io.datamesh.api.contract;

import java.util.Optional;

/**
 * Names a metric of the ODCS quality library, the {@code quality[].metric} vocabulary.
 *
 * <p>{@code QualityMetric.fromText("nullValues") == QualityMetric.NULL_VALUES}
 */
public enum QualityMetric {
  /** The number of null values of a property. */
  NULL_VALUES("nullValues"),
  /** The number of values counted as missing: null and the values of the {@code missingValues} argument. */
  MISSING_VALUES("missingValues"),
  /** The number of values outside {@code validValues} or not matching {@code pattern}. */
  INVALID_VALUES("invalidValues"),
  /** The number of duplicate values of a property, or of a tuple of properties at schema level. */
  DUPLICATE_VALUES("duplicateValues"),
  /** The number of rows of a schema object. */
  ROW_COUNT("rowCount");

  private final String text;

  QualityMetric(String text) {
    this.text = text;
  }

  /**
   * Returns the ODCS text of this value.
   *
   * @return the text, such as {@code "nullValues"}
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
  public static QualityMetric fromText(String text) {
    return Texts.lookup("quality metric", values(), QualityMetric::text, text);
  }

  /**
   * Finds the value whose ODCS text is the given text.
   *
   * @param text the ODCS text (case-sensitive)
   * @return the value, or empty if none has that text
   */
  public static Optional<QualityMetric> find(String text) {
    return Texts.find(values(), QualityMetric::text, text);
  }
}
