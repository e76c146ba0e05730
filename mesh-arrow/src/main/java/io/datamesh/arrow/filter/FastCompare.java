package io.datamesh.arrow.filter;

import io.datamesh.api.read.ColumnRef;
import io.datamesh.api.read.Comparison;
import io.datamesh.api.read.ComparisonOp;
import io.datamesh.api.read.Literal;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/**
 * Compares a signed-integer column with a whole-number literal, or a double column with a double literal, on the
 * vector's primitives: no boxing, one tight loop per batch.
 */
final class FastCompare {
  private FastCompare() {}

  static byte @Nullable [] tryCompare(Comparison c, VectorSchemaRoot batch, int rows) {
    if (c.left() instanceof ColumnRef col && c.right() instanceof Literal lit) {
      return run(batch.getVector(col.name()), lit.value(), c.op(), rows);
    }
    if (c.right() instanceof ColumnRef col && c.left() instanceof Literal lit) {
      return run(batch.getVector(col.name()), lit.value(), mirror(c.op()), rows);
    }
    return null;
  }

  private static byte @Nullable [] run(@Nullable FieldVector v, @Nullable Object lit, ComparisonOp op, int rows) {
    if (v instanceof BaseIntVector ints && !(v instanceof UInt8Vector) && lit instanceof Long l) {
      return longs(v, ints, l, op, rows);
    }
    if (v instanceof Float8Vector d && lit instanceof Double x) {
      return doubles(d, x, op, rows);
    }
    return null;
  }

  private static byte[] longs(FieldVector v, BaseIntVector ints, long lit, ComparisonOp op, int rows) {
    byte[] out = new byte[rows];
    for (int i = 0; i < rows; i++) {
      out[i] = v.isNull(i) ? Kernel.NULL
          : Kernel.holds(op, Long.compare(ints.getValueAsLong(i), lit)) ? Kernel.TRUE : Kernel.FALSE;
    }
    return out;
  }

  private static byte[] doubles(Float8Vector v, double lit, ComparisonOp op, int rows) {
    byte[] out = new byte[rows];
    for (int i = 0; i < rows; i++) {
      out[i] = v.isNull(i) ? Kernel.NULL
          : Kernel.holds(op, SqlOrder.doubles(v.get(i), lit)) ? Kernel.TRUE : Kernel.FALSE;
    }
    return out;
  }

  private static ComparisonOp mirror(ComparisonOp op) {
    return switch (op) {
      case LT -> ComparisonOp.GT;
      case LE -> ComparisonOp.GE;
      case GT -> ComparisonOp.LT;
      case GE -> ComparisonOp.LE;
      default -> op;
    };
  }

}
