package io.datamesh.api.contract;

import java.util.Optional;

/**
 * Names the unit a quality threshold is expressed in, the ODCS {@code quality[].unit} vocabulary.
 *
 * <p>{@code QualityUnit.fromText("rows") == QualityUnit.ROWS}
 */
public enum QualityUnit {
  /** A number of rows (the default). */
  ROWS("rows"),
  /** A percentage of the rows of the schema object, 0 to 100. */
  PERCENT("percent");

  private final String text;

  QualityUnit(String text) {
    this.text = text;
  }

  /**
   * Returns the ODCS text of this value.
   *
   * @return the text, such as {@code "rows"}
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
  public static QualityUnit fromText(String text) {
    return Texts.lookup("quality unit", values(), QualityUnit::text, text);
  }

  /**
   * Finds the value whose ODCS text is the given text.
   *
   * @param text the ODCS text (case-sensitive)
   * @return the value, or empty if none has that text
   */
  public static Optional<QualityUnit> find(String text) {
    return Texts.find(values(), QualityUnit::text, text);
  }
}
