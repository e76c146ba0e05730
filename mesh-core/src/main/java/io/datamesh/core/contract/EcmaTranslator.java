package io.datamesh.core.contract;

/**
 * Translates ECMA-262 regular expression syntax (without flags) into RE2 syntax with the same meaning:
 * {@code .} excludes every ECMA line terminator, {@code \s} includes the Unicode spaces ECMA counts,
 * {@code \}{@code uXXXX} and {@code \}{@code u{X}} become {@code \x{X}}, {@code (?<name>} becomes
 * {@code (?P<name>}, {@code [^]} matches any character and {@code []} none. Backreferences and lookaround are
 * rejected: RE2 guarantees linear-time matching by not supporting them.
 */
final class EcmaTranslator {
  static final String LINE_TERMINATORS = "\\n\\r\\x{2028}\\x{2029}";
  static final String SPACES = "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}"
      + "\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";

  private final String src;
  private final StringBuilder out = new StringBuilder();
  private int i;

  private EcmaTranslator(String src) {
    this.src = src;
  }

  static String translate(String ecma) {
    EcmaTranslator t = new EcmaTranslator(ecma);
    t.run();
    return t.out.toString();
  }

  private void run() {
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '\\') {
        escape(false);
      } else if (c == '[') {
        charClass();
      } else if (c == '(') {
        group();
      } else if (c == '.') {
        out.append("[^").append(LINE_TERMINATORS).append(']');
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
  }

  private void group() {
    if (src.startsWith("(?=", i) || src.startsWith("(?!", i)) {
      throw unsupported("lookahead '" + src.substring(i, i + 3) + "'");
    }
    if (src.startsWith("(?<=", i) || src.startsWith("(?<!", i)) {
      throw unsupported("lookbehind '" + src.substring(i, i + 4) + "'");
    }
    if (src.startsWith("(?<", i)) {
      out.append("(?P<");
      i += 3;
    } else if (src.startsWith("(?:", i)) {
      out.append("(?:");
      i += 3;
    } else if (src.startsWith("(?", i)) {
      throw unsupported("group syntax '(?" + (i + 2 < src.length() ? src.charAt(i + 2) : "") + "'");
    } else {
      out.append('(');
      i++;
    }
  }

  private void charClass() {
    if (src.startsWith("[^]", i)) {
      out.append("[\\x{0}-\\x{10FFFF}]");
      i += 3;
      return;
    }
    if (src.startsWith("[]", i)) {
      out.append("[^\\x{0}-\\x{10FFFF}]");
      i += 2;
      return;
    }
    out.append('[');
    i++;
    if (i < src.length() && src.charAt(i) == '^') {
      out.append('^');
      i++;
    }
    while (i < src.length() && src.charAt(i) != ']') {
      char c = src.charAt(i);
      if (c == '\\') {
        escape(true);
      } else if (c == '[') {
        out.append("\\[");
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    if (i >= src.length()) {
      throw malformed("a character class '[' is not closed");
    }
    out.append(']');
    i++;
  }

  private void escape(boolean inClass) {
    if (i + 1 >= src.length()) {
      throw malformed("the pattern ends with a lone backslash");
    }
    char e = src.charAt(i + 1);
    i += 2;
    if (e >= '1' && e <= '9') {
      throw unsupported("backreference '\\" + e + "'");
    }
    switch (e) {
      case 'k':
        throw unsupported("named backreference '\\k'");
      case 's':
        out.append(inClass ? SPACES : "[" + SPACES + "]");
        return;
      case 'S':
        out.append(inClass ? "\\S" : "[^" + SPACES + "]");
        return;
      case 'u':
        unicode();
        return;
      case 'c':
        control();
        return;
      case '0':
        out.append("\\x{0}");
        return;
      case '/':
        out.append('/');
        return;
      default:
        out.append('\\').append(e);
    }
  }

  private void unicode() {
    if (i < src.length() && src.charAt(i) == '{') {
      int end = src.indexOf('}', i);
      if (end < 0) {
        throw malformed("'\\u{' is not closed");
      }
      out.append("\\x{").append(src, i + 1, end).append('}');
      i = end + 1;
      return;
    }
    if (i + 4 > src.length() || !src.substring(i, i + 4).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw malformed("'\\u' needs four hex digits");
    }
    out.append("\\x{").append(src, i, i + 4).append('}');
    i += 4;
  }

  private void control() {
    if (i >= src.length() || !Character.isLetter(src.charAt(i))) {
      throw malformed("'\\c' needs a letter");
    }
    out.append("\\x{").append(Integer.toHexString(src.charAt(i) % 32)).append('}');
    i++;
  }

  private IllegalArgumentException unsupported(String what) {
    return new IllegalArgumentException("pattern '" + src + "' uses " + what + " at position " + (i + 1)
        + ", which RE2 cannot match in linear time");
  }

  private IllegalArgumentException malformed(String what) {
    return new IllegalArgumentException("pattern '" + src + "' is malformed: " + what + " (position " + (i + 1) + ")");
  }
}
