package io.datamesh.api.read;

/** Writes JSON strings in the canonical (minimal RFC 8259) escaping and quotes texts briefly in messages. */
final class JsonStrings {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final int MAX_QUOTED = 60;

  private JsonStrings() {}

  static void append(StringBuilder out, String s) {
    out.append('"');
    int chunk = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20) {
        out.append(s, chunk, i).append(escape(c));
        chunk = i + 1;
      }
    }
    out.append(s, chunk, s.length()).append('"');
  }

  private static String escape(char c) {
    switch (c) {
      case '"': return "\\\"";
      case '\\': return "\\\\";
      case '\b': return "\\b";
      case '\f': return "\\f";
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      default: return "\\u00" + HEX[c >> 4] + HEX[c & 0xf];
    }
  }

  /** Quotes a text for an error message, cut short so that a hostile 10 MB key does not end up in a log. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder();
    append(out, s.length() > MAX_QUOTED ? s.substring(0, MAX_QUOTED) : s);
    return s.length() > MAX_QUOTED ? out.insert(out.length() - 1, "...").toString() : out.toString();
  }

  /** Cuts a text short for an error message. */
  static String shorten(String s) {
    return s.length() > MAX_QUOTED ? s.substring(0, MAX_QUOTED) + "..." : s;
  }
}
