package io.datamesh.api.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the JSON form of {@link Expression}, driven by the grammar: each key decides how its value is read, so an
 * unknown key is refused before its value and recursion only follows expression nesting, which is bounded by
 * {@link Expression#MAX_DEPTH}.
 */
final class ExpressionReader {
  private static final Set<String> KEYS =
      Set.of("op", "column", "principal", "literal", "left", "right", "expr", "values", "args");
  private static final String KEY_LIST = "op, column, principal, literal, left, right, expr, values, args";

  /** A member of an object, with the offsets that errors about it name. */
  record Member(int keyAt, int valueAt, Object value) {}

  private final JsonCursor in;

  private ExpressionReader(JsonCursor in) {
    this.in = in;
  }

  static Expression read(String json) {
    Objects.requireNonNull(json, "json");
    ExpressionReader reader = new ExpressionReader(new JsonCursor(json));
    Expression e = reader.expression("$", 1);
    if (reader.in.peek() >= 0) {
      throw reader.in.expected("$", "end of input after the expression");
    }
    return e;
  }

  Expression expression(String path, int depth) {
    int start = in.skipWhitespace();
    if (depth > Expression.MAX_DEPTH) {
      throw in.error(start, path, "expected at most " + Expression.MAX_DEPTH
          + " levels of nested expressions, found more; flatten chains of and/or into one node");
    }
    in.expect('{', path, "an expression object starting with '{'");
    Map<String, Member> members = new LinkedHashMap<>();
    if (!in.tryConsume('}')) {
      do {
        member(members, path, depth);
      } while (in.tryConsume(','));
      in.expect('}', path, "',' or '}'");
    }
    return NodeBuilder.build(in, members, start, path);
  }

  private void member(Map<String, Member> members, String path, int depth) {
    int keyAt = in.skipWhitespace();
    String key = in.readString(path, "a key in double quotes");
    if (!KEYS.contains(key)) {
      throw in.error(keyAt, path, "expected one of the keys " + KEY_LIST + ", found " + JsonStrings.quote(key));
    }
    String keyPath = path + "." + key;
    if (members.containsKey(key)) {
      throw in.error(keyAt, keyPath, "expected each key once, found " + JsonStrings.quote(key) + " again");
    }
    in.expect(':', keyPath, "':'");
    int valueAt = in.skipWhitespace();
    Object value = switch (key) {
      case "op", "column", "principal" -> in.readString(keyPath, "a string");
      case "literal" -> LiteralReader.read(in, keyPath);
      case "left", "right", "expr" -> expression(keyPath, depth + 1);
      default -> list(keyPath, depth + 1, key.equals("values"));
    };
    members.put(key, new Member(keyAt, valueAt, value));
  }

  private List<Expression> list(String path, int depth, boolean constants) {
    in.expect('[', path, "'['");
    List<Expression> items = new ArrayList<>();
    if (in.tryConsume(']')) {
      return items;
    }
    do {
      String itemPath = path + "[" + items.size() + "]";
      int at = in.skipWhitespace();
      Expression item = expression(itemPath, depth);
      if (constants && !(item instanceof Constant)) {
        throw in.error(at, itemPath, "expected a literal or principal reference, found the expression "
            + JsonStrings.shorten(item.toString()));
      }
      items.add(item);
    } while (in.tryConsume(','));
    in.expect(']', path, "',' or ']'");
    return items;
  }
}
