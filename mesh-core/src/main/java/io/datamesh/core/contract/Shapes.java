package io.datamesh.core.contract;

import java.util.LinkedHashMap;
import java.util.List;

/** Factories for the building blocks of the ODCS model. */
final class Shapes {
  private Shapes() {}

  static StringShape string() {
    return new StringShape(List.of(), null, null, "", "");
  }

  static StringShape oneOf(String hint, String... values) {
    return string().oneOf(List.of(values), hint);
  }

  static NumberShape integer() {
    return new NumberShape(true, null, false);
  }

  static NumberShape number() {
    return new NumberShape(false, null, false);
  }

  static Shape bool() {
    return SimpleShape.BOOLEAN;
  }

  static Shape any() {
    return SimpleShape.ANY;
  }

  static Shape scalar() {
    return SimpleShape.SCALAR;
  }

  static ArrayShape array(Shape items) {
    return new ArrayShape(items, 0, false);
  }

  /** Starts a closed mapping; {@code what} names it in messages, such as "a server". */
  static ObjectShape object(String what) {
    return new ObjectShape(what, new LinkedHashMap<>(), List.of(), true);
  }
}
