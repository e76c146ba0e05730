package io.datamesh.arrow.quality;

import java.util.Locale;
import java.util.Optional;

/**
 * Names a string format of ODCS {@code logicalTypeOptions.format} that the kernels check.
 *
 * <p>{@code StringFormat.find("email") == Optional.of(StringFormat.EMAIL)}
 */
public enum StringFormat {
  /** An e-mail address: a local part, {@code @}, and a host name with a dot. */
  EMAIL,
  /** A UUID in its 36-character hex-and-dash form. */
  UUID,
  /** An absolute URI with a scheme. */
  URI,
  /** An IPv4 address in dotted-decimal form. */
  IPV4,
  /** An IPv6 address, compressed forms and an embedded IPv4 tail included. */
  IPV6,
  /** A host name (RFC 1123 labels). */
  HOSTNAME;

  /**
   * Returns the ODCS text of this format.
   *
   * @return the text, such as {@code email}
   */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds the format for an ODCS {@code format} text.
   *
   * @param text the text, case-insensitive
   * @return the format, or empty when the kernels do not check it
   */
  public static Optional<StringFormat> find(String text) {
    for (StringFormat f : values()) {
      if (f.text().equalsIgnoreCase(text)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
