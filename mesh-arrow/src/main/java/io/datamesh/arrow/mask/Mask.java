package io.datamesh.arrow.mask;

import java.util.Objects;

/**
 * Masks one column: which column, how, and the method's parameter (the key id of a hash, the characters a partial
 * mask keeps).
 *
 * <pre>{@code
 * List<Mask> masks = List.of(Mask.hash("email", "k-2024"), Mask.partial("phone", 4), Mask.nullOut("birth_date"));
 * }</pre>
 *
 * @param column the column name
 * @param method how its values are shown
 * @param keepLast the characters {@link MaskMethod#PARTIAL} keeps, 0 for the other methods
 * @param keyId the key id of {@link MaskMethod#HASH}, empty for the other methods
 */
public record Mask(String column, MaskMethod method, int keepLast, String keyId) {
  /** The text a redacted value becomes. */
  public static final String REDACTED = "****";
  /** The field metadata key naming the method of a masked field. */
  public static final String METADATA_METHOD = "datamesh.masked";
  /** The field metadata key naming the key id of a hashed field. */
  public static final String METADATA_KEY_ID = "datamesh.masked.keyId";

  /**
   * Checks the parts.
   *
   * @param column see the record component
   * @param method see the record component
   * @param keepLast see the record component
   * @param keyId see the record component
   * @throws IllegalArgumentException if the parameter does not fit the method
   */
  public Mask {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(keyId, "keyId");
    if (column.isBlank()) {
      throw new IllegalArgumentException("a mask needs a column name, was '" + column + "'");
    }
    if ((method == MaskMethod.PARTIAL) != (keepLast > 0) || keepLast < 0) {
      throw new IllegalArgumentException("keepLast must be positive exactly for a partial mask, was " + keepLast
          + " for " + method + " of '" + column + "'");
    }
    if ((method == MaskMethod.HASH) == keyId.isBlank()) {
      throw new IllegalArgumentException("a key id is required exactly for a hash mask, was '" + keyId + "' for "
          + method + " of '" + column + "'");
    }
  }

  /**
   * Masks a column with nulls.
   *
   * @param column the column
   * @return the mask
   */
  public static Mask nullOut(String column) {
    return new Mask(column, MaskMethod.NULL_OUT, 0, "");
  }

  /**
   * Masks a column with the fixed text {@value #REDACTED}.
   *
   * @param column the column
   * @return the mask
   */
  public static Mask redact(String column) {
    return new Mask(column, MaskMethod.REDACT, 0, "");
  }

  /**
   * Masks a column with the keyed hash of its values, so that equal values still join.
   *
   * @param column the column
   * @param keyId the key, resolved by the {@link SecretProvider}
   * @return the mask
   */
  public static Mask hash(String column, String keyId) {
    return new Mask(column, MaskMethod.HASH, 0, keyId);
  }

  /**
   * Masks a column keeping the last characters of each value; a value no longer than that is masked whole.
   *
   * @param column the column
   * @param keepLast how many trailing characters stay clear, at least 1
   * @return the mask
   */
  public static Mask partial(String column, int keepLast) {
    return new Mask(column, MaskMethod.PARTIAL, keepLast, "");
  }

  /**
   * Returns a stable text form of the mask, used in enforcement-plan fingerprints: each field prefixed with its
   * length, so a ':' inside a column name or key id never makes two masks look alike.
   *
   * @return a stable text form, such as {@code 5:email4:hash1:02:k1} for {@code Mask.hash("email", "k1")}
   */
  public String canonical() {
    StringBuilder text = new StringBuilder();
    for (String field : new String[] {column, method.label(), Integer.toString(keepLast), keyId}) {
      text.append(field.length()).append(':').append(field);
    }
    return text.toString();
  }
}
