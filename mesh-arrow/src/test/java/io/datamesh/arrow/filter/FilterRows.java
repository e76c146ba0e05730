package io.datamesh.arrow.filter;

import io.datamesh.api.read.Expression;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/** Rows of every filterable kind as plain Java values, and the same rows as an Arrow batch. */
final class FilterRows {
  static final List<String> COLUMNS = List.of("i", "n", "d", "s", "b", "dt", "ts", "m");
  static final Schema SCHEMA = new Schema(List.of(f("i", new ArrowType.Int(64, true)),
      f("n", new ArrowType.Int(32, true)), f("d", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)),
      f("s", ArrowType.Utf8.INSTANCE), f("b", ArrowType.Bool.INSTANCE), f("dt", new ArrowType.Date(DateUnit.DAY)),
      f("ts", new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC")), f("m", new ArrowType.Decimal(12, 2, 128))));
  private static final List<Double> DOUBLES = List.of(0.0, -0.0, 1.5, -2.0, 3.0, Double.NaN,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300);
  private static final List<String> STRINGS = List.of("", "a", "ab", "b", "EU", "é", "\uD83D\uDE00", "z");

  private FilterRows() {}

  private static Field f(String name, ArrowType t) {
    return new Field(name, FieldType.nullable(t), null);
  }

  private static <T> Arbitrary<T> maybe(Arbitrary<T> a) {
    return a.injectNull(0.2);
  }

  static Arbitrary<Map<String, Object>> row() {
    return Combinators.combine(List.of(maybe(Arbitraries.longs().between(-3, 3).map(x -> (Object) x)),
        maybe(Arbitraries.integers().between(-3, 3).map(x -> (Object) x)),
        maybe(Arbitraries.of(DOUBLES).map(x -> (Object) x)), maybe(Arbitraries.of(STRINGS).map(x -> (Object) x)),
        maybe(Arbitraries.of(true, false).map(x -> (Object) x)),
        maybe(Arbitraries.integers().between(0, 3).map(x -> (Object) LocalDate.ofEpochDay(x))),
        maybe(Arbitraries.integers().between(-2, 2).map(x -> (Object) Instant.ofEpochSecond(0, x * 1000L))),
        maybe(Arbitraries.integers().between(-300, 300).map(x -> (Object) BigDecimal.valueOf(x, 2)))))
        .as(values -> {
          Map<String, Object> row = new HashMap<>();
          for (int c = 0; c < COLUMNS.size(); c++) {
            row.put(COLUMNS.get(c), values.get(c));
          }
          return row;
        });
  }

  /** A literal a column can be compared with: a number for a numeric column, and so on. */
  static Arbitrary<Expression> literalFor(String column) {
    return switch (column) {
      case "s" -> Arbitraries.of(STRINGS).map(Expression::literal);
      case "b" -> Arbitraries.of(true, false).map(Expression::literal);
      case "dt" -> Arbitraries.integers().between(0, 3).map(x -> Expression.literal(LocalDate.ofEpochDay(x)));
      case "ts" -> Arbitraries.integers().between(-2, 2)
          .map(x -> Expression.literal(Instant.ofEpochSecond(0, x * 1000L)));
      default -> Arbitraries.oneOf(Arbitraries.longs().between(-3, 3).map(Expression::literal),
          Arbitraries.of(DOUBLES).map(Expression::literal),
          Arbitraries.integers().between(-300, 300).map(x -> Expression.literal(BigDecimal.valueOf(x, 1))));
    };
  }

  static Arbitrary<Expression> literal() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-3, 3).map(Expression::literal),
        Arbitraries.of(DOUBLES).map(Expression::literal), Arbitraries.of(STRINGS).map(Expression::literal),
        Arbitraries.of(true, false).map(Expression::literal),
        Arbitraries.integers().between(0, 3).map(x -> Expression.literal(LocalDate.ofEpochDay(x))),
        Arbitraries.integers().between(-2, 2).map(x -> Expression.literal(Instant.ofEpochSecond(0, x * 1000L))),
        Arbitraries.integers().between(-300, 300).map(x -> Expression.literal(BigDecimal.valueOf(x, 1))));
  }

  static VectorSchemaRoot batch(List<Map<String, Object>> rows, BufferAllocator allocator) {
    VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
    root.allocateNew();
    for (int i = 0; i < rows.size(); i++) {
      for (String c : COLUMNS) {
        set(root.getVector(c), i, rows.get(i).get(c));
      }
    }
    root.setRowCount(rows.size());
    return root;
  }

  private static void set(FieldVector v, int i, Object x) {
    if (x == null) {
      v.setNull(i);
    } else if (v instanceof BigIntVector b) {
      b.setSafe(i, (Long) x);
    } else if (v instanceof IntVector n) {
      n.setSafe(i, (Integer) x);
    } else if (v instanceof Float8Vector d) {
      d.setSafe(i, (Double) x);
    } else if (v instanceof VarCharVector s) {
      s.setSafe(i, ((String) x).getBytes(StandardCharsets.UTF_8));
    } else if (v instanceof BitVector b) {
      b.setSafe(i, (Boolean) x ? 1 : 0);
    } else if (v instanceof DateDayVector d) {
      d.setSafe(i, (int) ((LocalDate) x).toEpochDay());
    } else if (v instanceof TimeStampMicroTZVector t) {
      Instant at = (Instant) x;
      t.setSafe(i, at.getEpochSecond() * 1_000_000L + at.getNano() / 1000);
    } else {
      ((DecimalVector) v).setSafe(i, (BigDecimal) x);
    }
  }
}
