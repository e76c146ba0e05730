package io.datamesh.core.contract;

import static io.datamesh.core.contract.Shapes.array;
import static io.datamesh.core.contract.Shapes.bool;
import static io.datamesh.core.contract.Shapes.integer;
import static io.datamesh.core.contract.Shapes.number;
import static io.datamesh.core.contract.Shapes.object;
import static io.datamesh.core.contract.Shapes.string;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code logicalTypeOptions} each logical type allows (ODCS v3.1.0, the {@code if/then} branches). */
final class OptionShapes {
  /** Logical type to its options; timestamp and time share one entry in the standard. */
  static final Map<String, ObjectShape> BY_TYPE = new LinkedHashMap<>();

  static {
    BY_TYPE.put("string", options("string").with("minLength", integer().min(0)).with("maxLength", integer().min(0))
        .with("pattern", string()).with("format", string()));
    ObjectShape date = options("date").with("format", string()).with("exclusiveMaximum", string())
        .with("maximum", string()).with("exclusiveMinimum", string()).with("minimum", string());
    BY_TYPE.put("date", date);
    ObjectShape time = options("timestamp or time").withAll(date.fields()).with("timezone", bool())
        .with("defaultTimezone", string());
    BY_TYPE.put("timestamp", time);
    BY_TYPE.put("time", time);
    BY_TYPE.put("integer", numeric("integer").with("format", Shapes.oneOf("the ODCS integer formats name widths"
        + " like Rust: i8..i128, u8..u128", "i8", "i16", "i32", "i64", "i128", "u8", "u16", "u32", "u64", "u128")));
    BY_TYPE.put("number", numeric("number").with("format", Shapes.oneOf("f32 is a float, f64 a double",
        "f32", "f64")));
    BY_TYPE.put("object", options("object").with("maxProperties", integer().min(0))
        .with("minProperties", integer().min(0)).with("required", array(string()).minItems(1).unique()));
    BY_TYPE.put("array", options("array").with("maxItems", integer().min(0)).with("minItems", integer().min(0))
        .with("uniqueItems", bool()));
  }

  private OptionShapes() {}

  private static ObjectShape options(String type) {
    return object("the logicalTypeOptions of " + ("array".equals(type) || "object".equals(type)
        || "integer".equals(type) ? "an " : "a ") + type);
  }

  private static ObjectShape numeric(String type) {
    return options(type).with("multipleOf", number().above(0)).with("maximum", number())
        .with("exclusiveMaximum", number()).with("minimum", number()).with("exclusiveMinimum", number());
  }
}
