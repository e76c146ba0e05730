package io.datamesh.api.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Rewrites canonical JSON into an equivalent, non-canonical text: random whitespace between tokens, object keys in
 * random order, and characters escaped that need not be (a slash, any character as a hex escape in either case,
 * surrogate pairs as two escapes). Only for the canonical text of {@link Expression#toJson()}, which it trusts.
 */
final class JsonReformatter {
  private static final String[] SPACES = {"", "", " ", "\n", "\t", "\r\n  "};

  private final String text;
  private final Random random;
  private int pos;

  private JsonReformatter(String text, Random random) {
    this.text = text;
    this.random = random;
  }

  static String reformat(String canonical, Random random) {
    JsonReformatter f = new JsonReformatter(canonical, random);
    return f.space() + f.value() + f.space();
  }

  private String value() {
    char c = text.charAt(pos);
    if (c == '{') {
      return container('}', true);
    } else if (c == '[') {
      return container(']', false);
    } else if (c == '"') {
      return string();
    }
    int start = pos;
    while (pos < text.length() && ",}]".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private String container(char close, boolean object) {
    pos++;
    List<String> items = new ArrayList<>();
    while (text.charAt(pos) != close) {
      if (object) {
        String key = string();
        pos++; // the ':'
        items.add(key + space() + ":" + space() + value());
      } else {
        items.add(value());
      }
      if (text.charAt(pos) == ',') {
        pos++;
      }
    }
    pos++;
    if (object) {
      Collections.shuffle(items, random);
    }
    String open = object ? "{" : "[";
    return open + space() + String.join(space() + "," + space(), items) + space() + close;
  }

  private String string() {
    StringBuilder out = new StringBuilder("\"");
    pos++;
    while (text.charAt(pos) != '"') {
      char c = text.charAt(pos++);
      if (c == '\\') {
        char e = text.charAt(pos++);
        c = switch (e) {
          case 'b' -> '\b';
          case 'f' -> '\f';
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 't' -> '\t';
          case 'u' -> (char) Integer.parseInt(text.substring(pos, pos += 4), 16);
          default -> e;
        };
      }
      out.append(escape(c));
    }
    pos++;
    return out.append('"').toString();
  }

  private String escape(char c) {
    boolean must = c == '"' || c == '\\' || c < 0x20;
    if (!must && random.nextInt(6) != 0) {
      return String.valueOf(c);
    }
    if (c == '/') {
      return "\\/";
    } else if (c == '"' || c == '\\') {
      return random.nextBoolean() ? "\\" + c : unicode(c);
    } else if (c == '\n' && random.nextBoolean()) {
      return "\\n";
    }
    return unicode(c);
  }

  private String unicode(char c) {
    String hex = String.format("%04x", (int) c);
    return "\\u" + (random.nextBoolean() ? hex : hex.toUpperCase(java.util.Locale.ROOT));
  }

  private String space() {
    return SPACES[random.nextInt(SPACES.length)];
  }
}
