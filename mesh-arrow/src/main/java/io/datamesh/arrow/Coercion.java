package io.datamesh.arrow;

import java.util.Objects;

/**
 * Records one conversion a publish applied to make incoming data match its contract, such as widening
 * {@code Int(32, true)} to {@code Int(64, true)}.
 *
 * @param column the column name (a dotted path for nested fields)
 * @param from the incoming Arrow type
 * @param to the contract's Arrow type
 * @param kind what the conversion does
 */
public record Coercion(String column, String from, String to, Kind kind) {
  /**
   * Checks the parts.
   *
   * @param column see the record component
   * @param from see the record component
   * @param to see the record component
   * @param kind see the record component
   */
  public Coercion {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
  }

  /** The kinds of conversion, each listed in {@code docs/types.md}. */
  public enum Kind {
    /** A narrower integer or float widened to the contract's width, or a decimal to a larger precision. */
    WIDEN,
    /** {@code Utf8} and {@code LargeUtf8} exchanged. */
    STRING_WIDTH,
    /** A dictionary-encoded column decoded to its value type. */
    DICTIONARY_DECODE,
    /** A timestamp or time converted to the contract's unit, checked for overflow. */
    TIME_UNIT,
    /** A timestamp's time zone set to the contract's; a zone-less timestamp read as wall-clock time there. */
    TIME_ZONE
  }
}
