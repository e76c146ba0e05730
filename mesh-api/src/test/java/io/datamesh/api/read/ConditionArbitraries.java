package io.datamesh.api.read;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Well-typed conditions over a small schema, rows for it and principals, drawn from small domains so that equal
 * values and nulls are frequent. Columns: {@code i} (Long), {@code d} (Double), {@code m} (BigDecimal),
 * {@code s} (String), {@code b} (Boolean), every one nullable; principal attribute {@code tenant}.
 */
final class ConditionArbitraries {
  private ConditionArbitraries() {}

  static Arbitrary<Object> numberValues() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-2, 2).map(Object.class::cast),
        Arbitraries.of(-1.5, -0.0, 0.0, 1.0, 2.0, Double.NaN, Double.POSITIVE_INFINITY).map(Object.class::cast),
        Arbitraries.of("-1.50", "0", "0.00", "1", "1.0", "2.5").map(BigDecimal::new).map(Object.class::cast));
  }

  static Arbitrary<String> stringValues() {
    return Arbitraries.of("a", "b", "ab", "é", "😀");
  }

  static Arbitrary<Map<String, Object>> rows() {
    return Combinators.combine(numberValues().injectNull(0.2), numberValues().injectNull(0.2),
        numberValues().injectNull(0.2), stringValues().injectNull(0.2), Arbitraries.of(true, false).injectNull(0.2))
        .as((i, d, m, s, b) -> {
          Map<String, Object> row = new HashMap<>();
          row.put("i", i);
          row.put("d", d);
          row.put("m", m);
          row.put("s", s);
          row.put("b", b);
          return row;
        });
  }

  static Arbitrary<Principal> principals() {
    return stringValues().injectNull(0.3).map(tenant -> tenant == null ? Principal.anonymous()
        : Principal.builder("p").putAttribute("tenant", tenant).build());
  }

  static Arbitrary<Constant> numberConstants() {
    return numberValues().injectNull(0.1).map(Literal::of);
  }

  static Arbitrary<Expression> numbers() {
    return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of("i", "d", "m").map(Expression::column)),
        Tuple.of(1, numberConstants()));
  }

  static Arbitrary<Constant> stringConstants() {
    return Arbitraries.frequencyOf(Tuple.of(3, stringValues().injectNull(0.1).map(Literal::of)),
        Tuple.of(1, Arbitraries.just(Expression.principal("tenant"))));
  }

  static Arbitrary<Expression> strings() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Expression.column("s"))),
        Tuple.of(1, stringConstants()));
  }

  /** Conditions at most {@code depth} levels of AND/OR/NOT above the atoms. */
  static Arbitrary<Expression> conditions(int depth) {
    Arbitrary<Expression> atoms = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of(ComparisonOp.class), numbers(), numbers()).as(Comparison::new),
        Combinators.combine(Arbitraries.of(ComparisonOp.class), strings(), strings()).as(Comparison::new),
        Combinators.combine(numbers(), numberConstants().list().ofMinSize(1).ofMaxSize(3)).as(InList::new),
        Combinators.combine(strings(), stringConstants().list().ofMinSize(1).ofMaxSize(3)).as(InList::new),
        Arbitraries.of(Expression.column("b"), Expression.literal(true), Expression.literal(false),
            Expression.nullLiteral()),
        Arbitraries.oneOf(numbers(), strings()).map(Expression::isNull));
    if (depth == 0) {
      return atoms;
    }
    Arbitrary<Expression> sub = Arbitraries.lazy(() -> conditions(depth - 1));
    return Arbitraries.frequencyOf(Tuple.of(3, atoms), Tuple.of(1, sub.map(Expression::not)),
        Tuple.of(1, sub.list().ofMinSize(2).ofMaxSize(3).map(Expression::and)),
        Tuple.of(1, sub.list().ofMinSize(2).ofMaxSize(3).map(Expression::or)));
  }
}
