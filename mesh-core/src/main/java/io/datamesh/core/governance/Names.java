package io.datamesh.core.governance;

/** Naming conventions, checked character by character (the Java twin of the YAML naming patterns). */
final class Names {
  private Names() {}

  /**
   * True if the name is lower-case words of {@code a-z0-9}, the first starting with a letter, joined by single
   * separators from {@code separators}.
   */
  static boolean isWords(String name, String separators) {
    if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    boolean afterSeparator = false;
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (separators.indexOf(c) >= 0) {
        if (afterSeparator) {
          return false;
        }
        afterSeparator = true;
      } else if (word) {
        afterSeparator = false;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }
}
