package io.datamesh.core.governance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A select path: a JSON Pointer (RFC 6901, {@code ~0} and {@code ~1} escapes) with two wildcards as whole
 * segments: {@code *} (every member or element) and {@code **} (zero or more levels of anything). A path that
 * starts with {@code /} is absolute; otherwise it is relative to the node being checked ({@code .} is that node).
 */
final class PathExpr {
  private static final String ANY = "*";
  private static final String DEEP = "**";
  private static final int MAX_LENGTH = 512;

  final String text;
  private final boolean absolute;
  private final List<String> segments;

  private PathExpr(String text, boolean absolute, List<String> segments) {
    this.text = text;
    this.absolute = absolute;
    this.segments = segments;
  }

  /** Parses a path; the message of the exception says what is wrong, for the caller to add file:line. */
  static PathExpr parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("path is longer than " + MAX_LENGTH + " characters");
    }
    if (text.isEmpty() || text.equals(".")) {
      return new PathExpr(".", false, List.of());
    }
    boolean abs = text.startsWith("/");
    String body = abs ? text.substring(1) : text;
    if (body.isEmpty()) {
      return new PathExpr(text, true, List.of());
    }
    List<String> segs = new ArrayList<>();
    for (String raw : body.split("/", -1)) {
      segs.add(segment(raw, text));
    }
    for (int i = 0; i < segs.size(); i++) {
      if (segs.get(i) == DEEP && (i == segs.size() - 1 || segs.get(i + 1) == DEEP)) {
        throw new IllegalArgumentException("path '" + text + "': '**' must be followed by a name or '*'");
      }
    }
    return new PathExpr(text, abs, List.copyOf(segs));
  }

  private static String segment(String raw, String text) {
    if (raw.isEmpty()) {
      throw new IllegalArgumentException("path '" + text + "' has an empty segment; remove the doubled or"
          + " trailing '/'");
    }
    if (raw.equals(ANY)) {
      return ANY;
    }
    if (raw.equals(DEEP)) {
      return DEEP;
    }
    if (raw.contains("*")) {
      throw new IllegalArgumentException("path '" + text + "': segment '" + raw + "' mixes '*' with other"
          + " characters; wildcards are whole segments ('*' or '**')");
    }
    if (raw.equals("..")) {
      throw new IllegalArgumentException("path '" + text + "': '..' is not supported; select from the root"
          + " with an absolute path");
    }
    if (raw.replace("~0", "").replace("~1", "").contains("~")) {
      throw new IllegalArgumentException("path '" + text + "': segment '" + raw + "' has a '~' that is not"
          + " ~0 or ~1 (JSON Pointer escapes for '~' and '/')");
    }
    return raw.replace("~1", "/").replace("~0", "~");
  }

  /** Selects every node this path reaches, in document order. */
  List<Located> select(Located root, Located at) {
    List<Located> out = new ArrayList<>();
    walk(absolute ? root : at, 0, out);
    return out;
  }

  private void walk(Located at, int i, List<Located> out) {
    if (i == segments.size()) {
      out.add(at);
      return;
    }
    String seg = segments.get(i);
    JsonNode n = at.node();
    if (seg == DEEP) {
      walk(at, i + 1, out);
      for (Located child : children(at)) {
        if (child.node().isContainerNode()) {
          walk(child, i, out);
        }
      }
    } else if (seg == ANY) {
      for (Located child : children(at)) {
        walk(child, i + 1, out);
      }
    } else if (n.isObject() && n.has(seg)) {
      walk(at.child(seg, n.get(seg)), i + 1, out);
    } else if (n.isArray() && seg.matches("0|[1-9][0-9]{0,8}") && Integer.parseInt(seg) < n.size()) {
      int index = Integer.parseInt(seg);
      walk(at.child(index, n.get(index)), i + 1, out);
    }
  }

  private static List<Located> children(Located at) {
    List<Located> out = new ArrayList<>();
    JsonNode n = at.node();
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        out.add(at.child(e.getKey(), e.getValue()));
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        out.add(at.child(i, n.get(i)));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return text;
  }
}
