package io.datamesh.api.read;

/** Checks of the texts that name things in this package; messages quote the value. */
final class Texts {
  private Texts() {}

  static <T> T requireNonNull(String what, T value) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
    return value;
  }

  static String requireNotBlank(String what, String value) {
    requireNonNull(what, value);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, was '" + value + "'");
    }
    return value;
  }

  /** Names and string literals must be Unicode text, so that they survive UTF-8 (Arrow, JSON, the wire). */
  static String requireUnicode(String what, String value) {
    requireNonNull(what, value);
    int bad = unpairedSurrogate(value);
    if (bad >= 0) {
      throw new IllegalArgumentException(what + " has an unpaired surrogate U+"
          + Integer.toHexString(value.charAt(bad)).toUpperCase(java.util.Locale.ROOT) + " at index " + bad
          + "; it must be valid Unicode text");
    }
    return value;
  }

  static String requireName(String what, String value) {
    requireUnicode(what, value);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return value;
  }

  /** Returns the index of the first unpaired surrogate, or -1. */
  static int unpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
