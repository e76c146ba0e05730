package io.datamesh.core.contract;

/**
 * Looks at the source text around a token: tells a plain YAML scalar from a quoted or block one (the parser
 * resolves plain scalars by YAML 1.1 rules, which the reader replaces).
 */
final class Lines {
  enum Style { PLAIN, QUOTED, OTHER }

  private final String text;
  private final int[] starts;
  private final boolean bmp;

  Lines(String text) {
    this.text = text;
    this.bmp = text.chars().noneMatch(c -> Character.isSurrogate((char) c));
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
  }

  /**
   * Classifies the scalar whose token starts at the 1-based line and code-point column; {@code offset} is the
   * parser's code-point offset, which equals the char index when the text has no surrogate pairs.
   */
  Style style(int line, int column, long offset) {
    if (line < 1 || line > starts.length) {
      return Style.OTHER;
    }
    int i;
    if (bmp && offset >= 0 && offset < text.length()) {
      i = (int) offset;
    } else {
      i = starts[line - 1];
      for (int c = 1; c < column && i < text.length(); c++) {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    while (i < text.length() && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
      if (text.charAt(i) == '!') {
        return Style.OTHER;
      }
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
    }
    if (i >= text.length()) {
      return Style.PLAIN;
    }
    char c = text.charAt(i);
    if (c == '"' || c == '\'' || c == '|' || c == '>') {
      return Style.QUOTED;
    }
    return Style.PLAIN;
  }
}
