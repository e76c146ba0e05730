package io.datamesh.api.contract;

import java.util.Optional;

/**
 * Names the kind of a quality rule, the ODCS {@code quality[].type} vocabulary.
 *
 * <p>{@code QualityType.fromText("library") == QualityType.LIBRARY}
 */
public enum QualityType {
  /** A metric from the ODCS library, checked against a threshold (the default type). */
  LIBRARY("library"),
  /** A SQL query whose single result is checked against a threshold. */
  SQL("sql"),
  /** A rule for another engine (Soda, Great Expectations, ...), carried but not run by the SDK. */
  CUSTOM("custom"),
  /** A rule in prose only: it cannot be executed. */
  TEXT("text");

  private final String text;

  QualityType(String text) {
    this.text = text;
  }

  /**
   * Returns the ODCS text of this value.
   *
   * @return the text, such as {@code "library"}
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
  public static QualityType fromText(String text) {
    return Texts.lookup("quality type", values(), QualityType::text, text);
  }

  /**
   * Finds the value whose ODCS text is the given text.
   *
   * @param text the ODCS text (case-sensitive)
   * @return the value, or empty if none has that text
   */
  public static Optional<QualityType> find(String text) {
    return Texts.find(values(), QualityType::text, text);
  }
}
