package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** Names JSON node kinds the way messages speak of them. */
final class Json {
  private Json() {}

  static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "a string ('" + abbreviate(node.asText()) + "')";
      case NUMBER:
        return "a number (" + node.asText() + ")";
      case BOOLEAN:
        return "a boolean (" + node.asText() + ")";
      case NULL:
        return "null";
      case ARRAY:
        return "a list";
      case OBJECT:
        return "a mapping";
      default:
        return "a value";
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** Tells whether a node is a JSON Schema integer: a number with no fractional part. */
  static boolean isInteger(JsonNode node) {
    if (node.isIntegralNumber()) {
      return true;
    }
    return node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0;
  }
}
