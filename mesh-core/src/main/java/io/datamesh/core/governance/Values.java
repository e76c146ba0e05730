package io.datamesh.core.governance;

import com.fasterxml.jackson.databind.JsonNode;

/** Comparing and quoting JSON values in explanations. */
final class Values {
  private static final int MAX_SHOWN = 60;

  private Values() {}

  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  static String show(JsonNode n) {
    String s = n.isTextual() ? "'" + n.asText() + "'" : n.toString();
    return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "..." : s;
  }
}
