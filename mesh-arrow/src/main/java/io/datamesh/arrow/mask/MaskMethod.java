package io.datamesh.arrow.mask;

import java.util.Locale;

/**
 * How a masked column is shown to a consumer.
 *
 * <p>{@code MaskMethod.HASH.label()} is {@code "hash"}, the value of the {@code datamesh.masked} field metadata.
 */
public enum MaskMethod {
  /** Every value becomes null; the field becomes nullable and keeps its type. */
  NULL_OUT,
  /** Every non-null value becomes the fixed text {@value Mask#REDACTED}; the field becomes Utf8. */
  REDACT,
  /** Every non-null value becomes the hex HMAC-SHA-256 of its text under a named key; the field becomes Utf8. */
  HASH,
  /** Every non-null value keeps its last N characters, the others become {@code *}; the field becomes Utf8. */
  PARTIAL;

  /**
   * Returns the name written to the {@code datamesh.masked} field metadata.
   *
   * @return the lower-case label, such as {@code null_out}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
