package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Resolves plain YAML scalars by the YAML 1.2 core schema, not YAML 1.1: {@code on}, {@code yes}, {@code 1_000},
 * {@code 2022-10-03} and {@code 09:00} are strings; only {@code true/false}, {@code null/~/(empty)}, decimal,
 * {@code 0o} octal and {@code 0x} hex integers and decimal floats are typed. {@code .inf} and {@code .nan} stay
 * strings because JSON cannot carry them.
 */
final class Scalars {
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  private Scalars() {}

  static JsonNode plain(String text) {
    switch (text) {
      case "": case "~": case "null": case "Null": case "NULL":
        return NullNode.getInstance();
      case "true": case "True": case "TRUE":
        return BooleanNode.TRUE;
      case "false": case "False": case "FALSE":
        return BooleanNode.FALSE;
      default:
        return number(text);
    }
  }

  private static JsonNode number(String text) {
    char first = text.charAt(0);
    if (!(first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.')) {
      return TextNode.valueOf(text);
    }
    if (INT.matcher(text).matches()) {
      return integer(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
    }
    if (text.length() > 2 && text.startsWith("0o") && text.substring(2).chars().allMatch(c -> c >= '0' && c <= '7')) {
      return integer(new BigInteger(text.substring(2), 8));
    }
    if (text.length() > 2 && text.startsWith("0x")
        && text.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return integer(new BigInteger(text.substring(2), 16));
    }
    if (FLOAT.matcher(text).matches()) {
      return decimal(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
    }
    return TextNode.valueOf(text);
  }

  static JsonNode integer(BigInteger value) {
    if (value.bitLength() < 32) {
      return IntNode.valueOf(value.intValue());
    }
    return value.bitLength() < 64 ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
  }

  /** Keeps a double when it holds the value exactly as written, so trees equal those of a plain JSON parser. */
  static JsonNode decimal(BigDecimal value) {
    double d = value.doubleValue();
    if (!Double.isInfinite(d) && new BigDecimal(Double.toString(d)).compareTo(value) == 0) {
      return DoubleNode.valueOf(d);
    }
    return DecimalNode.valueOf(value);
  }
}
