package io.datamesh.api.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of expressions and of the hostile text they may carry. */
final class ExpressionArbitraries {
  private ExpressionArbitraries() {}

  /** Valid Unicode text rich in what JSON must escape: quotes, backslashes, control characters, surrogate pairs. */
  static Arbitrary<String> text(int minLength) {
    Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0x20, 0x7e)),
        Tuple.of(2, Arbitraries.integers().between(0, 0x1f)),
        Tuple.of(2, Arbitraries.of((int) '"', (int) '\\', (int) '/', 0x7f, 0x2028, 0xfeff)),
        Tuple.of(1, Arbitraries.integers().between(0x80, 0xd7ff)),
        Tuple.of(1, Arbitraries.integers().between(0xe000, 0xffff)),
        Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10ffff)));
    return codePoints.list().ofMinSize(minLength).ofMaxSize(12).map(ExpressionArbitraries::fromCodePoints);
  }

  static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder out = new StringBuilder();
    codePoints.forEach(out::appendCodePoint);
    return out.toString();
  }

  static Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().withStandardSpecialValues().withSpecialValue(-0.0),
        Arbitraries.longs().map(Double::longBitsToDouble),
        Arbitraries.of(0.1, 1.0, 100.0, 1e21, 1e-7, 1e-6, 9.999999999999999e20, Double.MIN_VALUE,
            Double.MIN_NORMAL, Double.MAX_VALUE, 2e23, 5e-324));
  }

  static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(Arbitraries.bigIntegers().between(
            new java.math.BigInteger("-1" + "0".repeat(40)), new java.math.BigInteger("1" + "0".repeat(40))),
        Arbitraries.integers().between(-30, 30)).as(BigDecimal::new);
  }

  static Arbitrary<Literal> literals() {
    return Arbitraries.oneOf(
        Arbitraries.just(Expression.nullLiteral()),
        Arbitraries.of(true, false).map(Expression::literal),
        Arbitraries.longs().map(Expression::literal),
        doubles().map(Expression::literal),
        text(0).map(Expression::literal),
        decimals().map(Expression::literal),
        Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
            .map(d -> Expression.literal(LocalDate.ofEpochDay(d))),
        Combinators.combine(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999))
            .as((s, n) -> Expression.literal(Instant.ofEpochSecond(s, n))));
  }

  static Arbitrary<Constant> constants() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, literals()), Tuple.of(1, text(1).map(Expression::principal)));
  }

  static Arbitrary<Expression> leaves() {
    return Arbitraries.frequencyOf(Tuple.of(2, text(1).map(Expression::column)), Tuple.of(3, constants()));
  }

  /** Expressions of every node kind, at most {@code depth} nodes deep. */
  static Arbitrary<Expression> expressions(int depth) {
    if (depth <= 1) {
      return leaves();
    }
    Arbitrary<Expression> sub = Arbitraries.lazy(() -> expressions(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(2, leaves()),
        Tuple.of(2, Combinators.combine(Arbitraries.of(ComparisonOp.class), sub, sub).as(Comparison::new)),
        Tuple.of(1, Combinators.combine(sub, constants().list().ofMinSize(1).ofMaxSize(4)).as(InList::new)),
        Tuple.of(1, sub.map(IsNull::new)),
        Tuple.of(1, sub.map(Not::new)),
        Tuple.of(1, sub.list().ofMinSize(2).ofMaxSize(4).map(And::new)),
        Tuple.of(1, sub.list().ofMinSize(2).ofMaxSize(4).map(Or::new)));
  }
}
