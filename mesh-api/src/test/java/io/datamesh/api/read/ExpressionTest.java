package io.datamesh.api.read;

import static io.datamesh.api.read.Expression.column;
import static io.datamesh.api.read.Expression.literal;
import static io.datamesh.api.read.Expression.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionTest {
  @Test
  void the_fluent_factories_build_the_tree_they_read_as() {
    Expression e = Expression.and(column("amount").gt(literal(100)), column("region").eq(principal("region")));
    assertThat(e).isEqualTo(new And(List.of(
        new Comparison(ComparisonOp.GT, new ColumnRef("amount"), new Literal(100L)),
        new Comparison(ComparisonOp.EQ, new ColumnRef("region"), new PrincipalRef("region")))));
  }

  @Test
  void an_expression_reads_as_sql_in_logs() {
    Expression e = Expression.or(
        Expression.and(column("amount").gt(literal(100)), column("region").eq(principal("region"))),
        Expression.not(column("deleted")),
        column("country").in(literal("DE"), literal("it's")),
        column("email").isNull(),
        column("order date").ge(literal(LocalDate.of(2024, 1, 1))));
    assertThat(e).hasToString("(amount > 100 AND region = $principal.region) OR NOT deleted"
        + " OR country IN ('DE', 'it''s') OR email IS NULL OR \"order date\" >= DATE '2024-01-01'");
  }

  @Test
  void the_sql_rendering_shows_the_shape_of_the_tree() {
    assertThat(Expression.not(column("a").lt(literal(1.5)))).hasToString("NOT (a < 1.5)");
    assertThat(Expression.and(Expression.and(column("a"), column("b")), column("c"))).hasToString("(a AND b) AND c");
    assertThat(column("a").isNotNull()).hasToString("NOT (a IS NULL)");
    assertThat(column("a").eq(literal(1)).eq(literal(true))).hasToString("(a = 1) = TRUE");
    assertThat(column("in").ne(column("x\"y"))).hasToString("\"in\" <> \"x\"\"y\"");
  }

  @Test
  void every_literal_type_reads_as_sql() {
    assertThat(Expression.nullLiteral()).hasToString("NULL");
    assertThat(literal(new BigDecimal("12.50"))).hasToString("DECIMAL '12.50'");
    assertThat(literal(Instant.EPOCH)).hasToString("TIMESTAMP '1970-01-01T00:00:00Z'");
    assertThat(literal(Double.NaN)).hasToString("DOUBLE 'NaN'");
    assertThat(literal(-7)).hasToString("-7");
  }

  @Test
  void control_characters_cannot_forge_log_lines() {
    assertThat(literal("a\nb\\c")).hasToString("U&'a\\000Ab\\\\c'");
    assertThat(column("x\ty")).hasToString("U&\"x\\0009y\"");
  }

  @Test
  void columns_and_principal_attributes_are_listed_once_in_order_of_appearance() {
    Expression e = Expression.and(column("b").eq(principal("p2")), column("a").in(principal("p1"), literal(1)),
        Expression.not(column("b").isNull()));
    assertThat(e.columns()).containsExactly("b", "a");
    assertThat(e.principalAttributes()).containsExactly("p2", "p1");
    assertThat(literal(1).columns()).isEmpty();
  }

  @Test
  void and_and_or_need_two_arguments() {
    assertThatThrownBy(() -> Expression.and(List.of(column("a"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AND needs two or more arguments");
    assertThatThrownBy(() -> Expression.or(List.of())).hasMessageContaining("OR needs two or more arguments");
  }

  @Test
  void in_needs_a_value() {
    assertThatThrownBy(() -> column("a").in(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IN needs one or more values");
  }

  @Test
  void a_tree_deeper_than_the_limit_cannot_be_built() {
    Expression e = column("a");
    for (int i = 1; i < Expression.MAX_DEPTH; i++) {
      e = Expression.not(e);
    }
    Expression deepest = e;
    assertThatThrownBy(() -> Expression.not(deepest)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65 nodes deep, at most 64");
    assertThatThrownBy(() -> Expression.and(column("b"), deepest)).hasMessageContaining("65 nodes deep");
    assertThatThrownBy(() -> deepest.in(literal(1))).hasMessageContaining("65 nodes deep");
  }

  @Test
  void a_literal_holds_only_the_supported_types() {
    assertThatThrownBy(() -> new Literal(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Integer '1'");
    assertThatThrownBy(() -> Literal.of(new Date(0))).hasMessageContaining("java.util.Date");
    assertThatThrownBy(() -> Literal.of(1.5f)).hasMessageContaining("java.lang.Float");
    assertThat(Literal.of(7)).isEqualTo(literal(7L));
    assertThat(Literal.of((short) 7)).isEqualTo(literal(7L));
    assertThat(Literal.of(BigInteger.TEN)).isEqualTo(literal(BigDecimal.TEN));
    assertThat(Literal.of(null)).isEqualTo(Expression.nullLiteral());
  }

  @Test
  void names_and_strings_must_be_valid_unicode() {
    assertThatThrownBy(() -> literal("a\ud800")).hasMessageContaining("unpaired surrogate U+D800 at index 1");
    assertThatThrownBy(() -> column("")).hasMessageContaining("column name must not be empty");
    assertThatThrownBy(() -> principal("\udc00")).hasMessageContaining("unpaired surrogate");
    assertThat(literal("😀").value()).isEqualTo("😀");
  }

  @Test
  void a_decimal_literal_is_bounded() {
    BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(Literal.MAX_DECIMAL_DIGITS));
    assertThatThrownBy(() -> literal(huge)).hasMessageContaining("1001 digits");
    assertThat(literal(huge.subtract(BigDecimal.ONE)).toJson()).hasSizeGreaterThan(1000);
  }
}
