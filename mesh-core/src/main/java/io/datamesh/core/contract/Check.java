package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one validation run and knows where each node was written. It also applies the one
 * change validation makes: a plain YAML scalar such as {@code 1.0} in a position ODCS types as string is taken
 * back as the string written.
 */
final class Check {
  private final SourceMap map;
  private final List<Problem> problems;

  Check(SourceMap map) {
    this(map, new ArrayList<>());
  }

  private Check(SourceMap map, List<Problem> problems) {
    this.map = map;
    this.problems = problems;
  }

  List<Problem> problems() {
    return problems;
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  void error(String code, String path, String message, String hint) {
    add(Severity.ERROR, code, path, map.value(path), message, hint);
  }

  /** Reports a problem with one member of an object at the object's path, with the member key's location. */
  void errorAtKey(String code, String objectPath, String key, String message, String hint) {
    add(Severity.ERROR, code, objectPath, map.key(SourceMap.child(objectPath, key)), message, hint);
  }

  void warning(String code, String path, String message, String hint) {
    add(Severity.WARNING, code, path, map.value(path), message, hint);
  }

  void info(String code, String path, String message, String hint) {
    add(Severity.INFO, code, path, map.value(path), message, hint);
  }

  void add(Problem problem) {
    problems.add(problem);
  }

  private void add(Severity severity, String code, String path, Loc loc, String message, String hint) {
    problems.add(new Problem(severity, code, path, loc.line(), loc.column(), message, hint));
  }

  /**
   * Runs checks whose errors belong to an enclosing element (the branches of an ODCS {@code oneOf}): each error
   * is reported at {@code path}, its message naming the inner location, its line and column kept.
   */
  void collapsed(String path, java.util.function.Consumer<Check> inner) {
    Check sub = new Check(map, new ArrayList<>());
    inner.accept(sub);
    for (Problem p : sub.problems) {
      if (p.severity() == Severity.ERROR && !p.path().equals(path)) {
        String where = p.path().startsWith(path) ? p.path().substring(path.length()) : p.path();
        problems.add(new Problem(p.severity(), p.code(), path, p.line(), p.column(), "at " + where + ": "
            + p.message(), p.hint()));
      } else {
        problems.add(p);
      }
    }
  }

  /** Takes a plain scalar back as text when ODCS types the position as string; returns the node to check. */
  JsonNode asWritten(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (!node.isNumber() && !node.isBoolean()) {
      return node;
    }
    String plain = map.value(path).plain();
    if (plain != null && (node.isNumber() || node.isBoolean()) && parent instanceof ObjectNode) {
      TextNode text = TextNode.valueOf(plain);
      ((ObjectNode) parent).set(key, text);
      info("yaml.string", path, "'" + plain + "' is read as the string \"" + plain + "\" because ODCS types this"
          + " key as string", "quote it to say so explicitly");
      return text;
    }
    return node;
  }

  /** Like {@link #asWritten(JsonNode, String, String)} for an element of a list. */
  JsonNode asWritten(ArrayNode parent, int index, String path) {
    JsonNode node = parent.get(index);
    if (!node.isNumber() && !node.isBoolean()) {
      return node;
    }
    String plain = map.value(path).plain();
    if (plain != null && (node.isNumber() || node.isBoolean())) {
      TextNode text = TextNode.valueOf(plain);
      parent.set(index, text);
      info("yaml.string", path, "'" + plain + "' is read as the string \"" + plain + "\" because ODCS types these"
          + " values as strings", "quote it to say so explicitly");
      return text;
    }
    return node;
  }
}
