package io.datamesh.arrow;

import java.util.List;
import java.util.Objects;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.jspecify.annotations.Nullable;

/** The assignability table of {@code docs/types.md}: which incoming type may be served as which contract type. */
final class Assignability {
  private Assignability() {}

  /** Returns the step that converts {@code in} to {@code target}, adding its coercions; null if unassignable. */
  static @Nullable Step step(String column, Field target, Field in, List<Coercion> coercions) {
    if (in.getDictionary() != null) {
      Field values = new Field(in.getName(), new org.apache.arrow.vector.types.pojo.FieldType(in.isNullable(),
          in.getType(), null), in.getChildren());
      Step inner = step(column, target, values, coercions);
      if (inner == null) {
        return null;
      }
      coercions.add(0, coercion(column, in, target, Coercion.Kind.DICTIONARY_DECODE));
      return Converters.decode(inner);
    }
    ArrowType to = target.getType();
    ArrowType from = in.getType();
    if (sameShape(target, in)) {
      return Converters::transfer;
    }
    if (from instanceof ArrowType.Int && to instanceof ArrowType.Int && widens((ArrowType.Int) from,
        (ArrowType.Int) to)) {
      coercions.add(coercion(column, in, target, Coercion.Kind.WIDEN));
      return Converters::integer;
    }
    if (from instanceof ArrowType.Int && to instanceof ArrowType.Decimal && fits((ArrowType.Int) from,
        (ArrowType.Decimal) to)) {
      coercions.add(coercion(column, in, target, Coercion.Kind.WIDEN));
      return Converters::integerToDecimal;
    }
    if (from instanceof ArrowType.FloatingPoint && to instanceof ArrowType.FloatingPoint
        && ((ArrowType.FloatingPoint) from).getPrecision() == FloatingPointPrecision.SINGLE) {
      coercions.add(coercion(column, in, target, Coercion.Kind.WIDEN));
      return Converters::float4To8;
    }
    if (from instanceof ArrowType.Decimal && to instanceof ArrowType.Decimal && widens((ArrowType.Decimal) from,
        (ArrowType.Decimal) to)) {
      coercions.add(coercion(column, in, target, Coercion.Kind.WIDEN));
      return Converters::transfer;
    }
    if (isString(from) && isString(to)) {
      coercions.add(coercion(column, in, target, Coercion.Kind.STRING_WIDTH));
      return Converters::strings;
    }
    if (from instanceof ArrowType.Timestamp && to instanceof ArrowType.Timestamp) {
      return timestamp(column, in, target, coercions);
    }
    if (from instanceof ArrowType.Time && to instanceof ArrowType.Time) {
      coercions.add(coercion(column, in, target, Coercion.Kind.TIME_UNIT));
      return Converters::time;
    }
    return null;
  }

  private static @Nullable Step timestamp(String column, Field in, Field target, List<Coercion> coercions) {
    ArrowType.Timestamp from = (ArrowType.Timestamp) in.getType();
    ArrowType.Timestamp to = (ArrowType.Timestamp) target.getType();
    if (to.getTimezone() == null && from.getTimezone() != null) {
      return null; // an instant has no wall-clock time until someone picks a zone: the contract must say which
    }
    if (from.getUnit() != to.getUnit()) {
      coercions.add(coercion(column, in, target, Coercion.Kind.TIME_UNIT));
    }
    if (!Objects.equals(from.getTimezone(), to.getTimezone())) {
      coercions.add(coercion(column, in, target, Coercion.Kind.TIME_ZONE));
    }
    return Converters::timestamp;
  }

  static boolean widens(ArrowType.Int from, ArrowType.Int to) {
    if (from.getIsSigned() == to.getIsSigned()) {
      return to.getBitWidth() >= from.getBitWidth();
    }
    return !from.getIsSigned() && to.getBitWidth() > from.getBitWidth();
  }

  private static boolean widens(ArrowType.Decimal from, ArrowType.Decimal to) {
    return from.getScale() == to.getScale() && to.getPrecision() >= from.getPrecision()
        && from.getBitWidth() == to.getBitWidth();
  }

  private static boolean fits(ArrowType.Int from, ArrowType.Decimal to) {
    int digits = switch (from.getBitWidth()) {
      case 8 -> 3;
      case 16 -> 5;
      case 32 -> 10;
      default -> from.getIsSigned() ? 19 : 20;
    };
    return to.getScale() == 0 && to.getPrecision() >= digits && to.getBitWidth() == 128;
  }

  private static boolean isString(ArrowType t) {
    return t instanceof ArrowType.Utf8 || t instanceof ArrowType.LargeUtf8;
  }

  /** Tells whether two fields have the same type tree, ignoring nullability, metadata and list item names. */
  static boolean sameShape(Field a, Field b) {
    if (!a.getType().equals(b.getType()) || a.getChildren().size() != b.getChildren().size()
        || b.getDictionary() != null) {
      return false;
    }
    boolean byName = a.getType() instanceof ArrowType.Struct;
    for (int i = 0; i < a.getChildren().size(); i++) {
      Field ca = a.getChildren().get(i);
      Field cb = b.getChildren().get(i);
      if ((byName && !ca.getName().equals(cb.getName())) || !sameShape(ca, cb)) {
        return false;
      }
    }
    return true;
  }

  private static Coercion coercion(String column, Field in, Field target, Coercion.Kind kind) {
    return new Coercion(column, in.getType().toString(), target.getType().toString(), kind);
  }
}
