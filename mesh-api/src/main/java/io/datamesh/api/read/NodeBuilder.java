package io.datamesh.api.read;

import io.datamesh.api.read.ExpressionReader.Member;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the members of one JSON object into an expression node, checking which keys go together. */
final class NodeBuilder {
  private static final List<String> HEADS = List.of("op", "column", "principal", "literal");
  private static final Map<String, List<String>> OPERANDS = Map.ofEntries(
      Map.entry("eq", List.of("left", "right")), Map.entry("ne", List.of("left", "right")),
      Map.entry("lt", List.of("left", "right")), Map.entry("le", List.of("left", "right")),
      Map.entry("gt", List.of("left", "right")), Map.entry("ge", List.of("left", "right")),
      Map.entry("in", List.of("expr", "values")), Map.entry("is_null", List.of("expr")),
      Map.entry("not", List.of("expr")), Map.entry("and", List.of("args")), Map.entry("or", List.of("args")));
  private static final String OPS = "eq, ne, lt, le, gt, ge, in, is_null, not, and, or";

  private NodeBuilder() {}

  static Expression build(JsonCursor in, Map<String, Member> members, int start, String path) {
    List<String> heads = members.keySet().stream().filter(HEADS::contains).toList();
    if (heads.isEmpty()) {
      throw in.error(start, path, "expected an object with one of the keys op, column, principal or literal, found "
          + (members.isEmpty() ? "an empty object" : "only the keys " + members.keySet()));
    }
    if (heads.size() > 1) {
      throw in.error(members.get(heads.get(1)).keyAt(), path, "expected one of the keys op, column, principal or "
          + "literal, found both \"" + heads.get(0) + "\" and \"" + heads.get(1) + "\"");
    }
    String head = heads.get(0);
    String op = head.equals("op") ? op(in, members.get("op"), path) : head;
    List<String> operands = OPERANDS.getOrDefault(op, List.of());
    checkKeys(in, members, Set.copyOf(operands), head, op, start, path);
    try {
      return node(in, op, members, path);
    } catch (IllegalArgumentException e) {
      throw in.error(start, path, e.getMessage());
    }
  }

  private static String op(JsonCursor in, Member member, String path) {
    String op = (String) member.value();
    if (!OPERANDS.containsKey(op)) {
      throw in.error(member.valueAt(), path + ".op", "expected one of the ops " + OPS + ", found "
          + JsonStrings.quote(op));
    }
    return op;
  }

  private static void checkKeys(JsonCursor in, Map<String, Member> members, Set<String> operands, String head,
      String op, int start, String path) {
    String what = head.equals("op") ? "op \"" + op + "\"" : "a \"" + head + "\" node";
    String expected = operands.isEmpty() ? "no other key" : "the keys " + OPERANDS.get(op);
    members.forEach((key, member) -> {
      if (!key.equals(head) && !operands.contains(key)) {
        throw in.error(member.keyAt(), path, "expected " + expected + " with " + what + ", found \"" + key + "\"");
      }
    });
    for (String key : OPERANDS.getOrDefault(op, List.of())) {
      if (!members.containsKey(key)) {
        throw in.error(start, path, "expected the keys " + OPERANDS.get(op) + " with " + what + ", found no \""
            + key + "\"");
      }
    }
  }

  private static Expression node(JsonCursor in, String op, Map<String, Member> m, String path) {
    return switch (op) {
      case "column" -> new ColumnRef((String) m.get("column").value());
      case "principal" -> new PrincipalRef((String) m.get("principal").value());
      case "literal" -> (Literal) m.get("literal").value();
      case "in" -> new InList(expr(m, "expr"), constants(in, m.get("values"), path));
      case "is_null" -> new IsNull(expr(m, "expr"));
      case "not" -> new Not(expr(m, "expr"));
      case "and" -> new And(args(in, m.get("args"), path));
      case "or" -> new Or(args(in, m.get("args"), path));
      default -> new Comparison(ComparisonOp.valueOf(op.toUpperCase(Locale.ROOT)), expr(m, "left"), expr(m, "right"));
    };
  }

  private static Expression expr(Map<String, Member> m, String key) {
    return (Expression) m.get(key).value();
  }

  @SuppressWarnings("unchecked")
  private static List<Expression> args(JsonCursor in, Member args, String path) {
    List<Expression> list = (List<Expression>) args.value();
    if (list.size() < 2) {
      throw in.error(args.valueAt(), path + ".args", "expected two or more args, found " + list.size());
    }
    return list;
  }

  @SuppressWarnings("unchecked")
  private static List<Constant> constants(JsonCursor in, Member values, String path) {
    List<Constant> list = (List<Constant>) values.value();
    if (list.isEmpty()) {
      throw in.error(values.valueAt(), path + ".values", "expected one or more values, found none");
    }
    return list;
  }
}
