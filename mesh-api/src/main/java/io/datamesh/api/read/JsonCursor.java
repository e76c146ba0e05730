package io.datamesh.api.read;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;

/**
 * Reads RFC 8259 tokens from a text and builds errors that name the character offset, the JSON path and what was
 * expected. It holds no recursion of its own; {@link ExpressionReader} drives it by the grammar.
 */
final class JsonCursor {
  /** Longer numbers are refused before they are converted: no double or long needs more. */
  static final int MAX_NUMBER_LENGTH = 1100;

  private final String text;
  private int pos;

  JsonCursor(String text) {
    this.text = text;
  }

  int pos() {
    return pos;
  }

  /** Skips JSON whitespace (space, tab, line feed, carriage return) and returns the offset reached. */
  int skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      pos++;
    }
    return pos;
  }

  /** Returns the next significant character, or -1 at the end of the text. */
  int peek() {
    skipWhitespace();
    return pos < text.length() ? text.charAt(pos) : -1;
  }

  boolean tryConsume(char c) {
    if (peek() != c) {
      return false;
    }
    pos++;
    return true;
  }

  void expect(char c, String path, String expected) {
    if (!tryConsume(c)) {
      throw expected(path, expected);
    }
  }

  /** Consumes {@code true}, {@code false} or {@code null} if it comes next. */
  boolean tryWord(String word) {
    if (peek() >= 0 && text.startsWith(word, pos)) {
      pos += word.length();
      return true;
    }
    return false;
  }

  MeshException expected(String path, String expected) {
    skipWhitespace();
    return error(pos, path, "expected " + expected + ", found " + found(pos));
  }

  MeshException error(int offset, String path, String detail) {
    return new MeshException(MeshStatus.INVALID_ARGUMENT,
        "invalid filter expression JSON at offset " + offset + ", path " + path + ": " + detail
            + " (see the grammar in the javadoc of io.datamesh.api.read.Expression)");
  }

  String found(int offset) {
    if (offset >= text.length()) {
      return "end of input";
    }
    int cp = text.codePointAt(offset);
    return cp >= 0x20 && cp < 0x7f ? "'" + (char) cp + "'" : String.format("U+%04X", cp);
  }

  String readString(String path, String expected) {
    int start = skipWhitespace();
    if (peek() != '"') {
      throw expected(path, expected);
    }
    StringBuilder out = new StringBuilder();
    int chunk = ++pos;
    while (true) {
      if (pos >= text.length()) {
        throw error(pos, path, "expected '\"' to close the string that starts at offset " + start
            + ", found end of input");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        break;
      } else if (c == '\\') {
        out.append(text, chunk, pos);
        escape(out, path);
        chunk = pos;
      } else if (c < 0x20) {
        throw error(pos, path, "expected a character of the string, found the raw control character "
            + found(pos) + "; escape it, as in \\n or \\u000a");
      } else {
        pos++;
      }
    }
    String value = out.append(text, chunk, pos++).toString();
    int bad = Texts.unpairedSurrogate(value);
    if (bad >= 0) {
      throw error(start, path, "expected valid Unicode text, found a string with an unpaired surrogate "
          + String.format("U+%04X", (int) value.charAt(bad)) + " at index " + bad + " of its value");
    }
    return value;
  }

  private void escape(StringBuilder out, String path) {
    char e = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
    switch (e) {
      case '"', '\\', '/' -> out.append(e);
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case 'u' -> {
        out.append((char) hex4(pos + 2, path));
        pos += 4;
      }
      default -> throw error(pos, path, "expected one of the escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, found "
          + (pos + 1 < text.length() ? "'\\' followed by " + found(pos + 1) : "end of input"));
    }
    pos += 2;
  }

  private int hex4(int from, String path) {
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = i < text.length() ? hexDigit(text.charAt(i)) : -1;
      if (digit < 0) {
        throw error(i, path, "expected 4 hexadecimal digits after \\u, found " + found(i));
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    } else if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Reads a number of the RFC 8259 grammar and returns its text. */
  String readNumber(String path) {
    int start = skipWhitespace();
    int p = start < text.length() && text.charAt(start) == '-' ? start + 1 : start;
    p = text.startsWith("0", p) ? p + 1 : digits(p, path, "a digit");
    if (text.startsWith(".", p)) {
      p = digits(p + 1, path, "a digit after '.'");
    }
    if (p < text.length() && (text.charAt(p) == 'e' || text.charAt(p) == 'E')) {
      p = p + 1 < text.length() && (text.charAt(p + 1) == '+' || text.charAt(p + 1) == '-') ? p + 2 : p + 1;
      p = digits(p, path, "a digit in the exponent");
    }
    if (p - start > MAX_NUMBER_LENGTH) {
      throw error(start, path, "expected a number of at most " + MAX_NUMBER_LENGTH + " characters, found one of "
          + (p - start));
    }
    pos = p;
    return text.substring(start, p);
  }

  private int digits(int from, String path, String expected) {
    int p = from;
    while (p < text.length() && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
      p++;
    }
    if (p == from) {
      throw error(from, path, "expected " + expected + ", found " + found(from));
    }
    return p;
  }
}
