package io.datamesh.api.contract;

import java.util.Optional;

/**
 * Names the logical type of a schema property, the ODCS {@code logicalType} vocabulary.
 *
 * <p>{@code LogicalType.fromText("string") == LogicalType.STRING}
 */
public enum LogicalType {
  /** Text. */
  STRING("string"),
  /** A calendar date. */
  DATE("date"),
  /** A point in time (date and time), with or without a time zone. */
  TIMESTAMP("timestamp"),
  /** A time of day. */
  TIME("time"),
  /** A decimal or floating-point number. */
  NUMBER("number"),
  /** A whole number (64-bit unless {@code logicalTypeOptions.format} says otherwise). */
  INTEGER("integer"),
  /** A structure with named properties. */
  OBJECT("object"),
  /** A list of items of one type. */
  ARRAY("array"),
  /** True or false. */
  BOOLEAN("boolean");

  private final String text;

  LogicalType(String text) {
    this.text = text;
  }

  /**
   * Returns the ODCS text of this value.
   *
   * @return the text, such as {@code "string"}
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
  public static LogicalType fromText(String text) {
    return Texts.lookup("logicalType", values(), LogicalType::text, text);
  }

  /**
   * Finds the value whose ODCS text is the given text.
   *
   * @param text the ODCS text (case-sensitive)
   * @return the value, or empty if none has that text
   */
  public static Optional<LogicalType> find(String text) {
    return Texts.find(values(), LogicalType::text, text);
  }
}
