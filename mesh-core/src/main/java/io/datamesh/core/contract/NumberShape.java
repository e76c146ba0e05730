package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A number or an integer, optionally with a lower bound. */
final class NumberShape implements Shape {
  private final boolean integer;
  private final @Nullable BigDecimal minimum;
  private final boolean exclusive;

  NumberShape(boolean integer, @Nullable BigDecimal minimum, boolean exclusive) {
    this.integer = integer;
    this.minimum = minimum;
    this.exclusive = exclusive;
  }

  NumberShape min(long bound) {
    return new NumberShape(integer, BigDecimal.valueOf(bound), false);
  }

  NumberShape above(long bound) {
    return new NumberShape(integer, BigDecimal.valueOf(bound), true);
  }

  @Override
  public void check(JsonNode node, String path, Check check) {
    if (integer ? !Json.isInteger(node) : !node.isNumber()) {
      check.error("schema.type", path, "expected " + (integer ? "an integer" : "a number") + ", found "
          + Json.kind(node), node.isTextual() ? "remove the quotes" : "");
      return;
    }
    if (minimum != null) {
      int c = node.decimalValue().compareTo(minimum);
      if (exclusive ? c <= 0 : c < 0) {
        check.error("schema.minimum", path, node.asText() + " is " + (exclusive ? "not above " : "below ")
            + minimum.toPlainString(), "use a value " + (exclusive ? "above " : "of at least ")
            + minimum.toPlainString());
      }
    }
  }
}
