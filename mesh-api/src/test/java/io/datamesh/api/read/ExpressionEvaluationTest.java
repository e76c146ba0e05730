package io.datamesh.api.read;

import static io.datamesh.api.read.Expression.column;
import static io.datamesh.api.read.Expression.literal;
import static io.datamesh.api.read.Expression.nullLiteral;
import static io.datamesh.api.read.Expression.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExpressionEvaluationTest {
  private static final Principal EMEA = Principal.builder("ana").putAttribute("region", "EMEA").build();
  private static final Row NO_COLUMNS = Row.of(Map.of());

  /** T, F or U (unknown) as a literal. */
  private static Literal truth(String v) {
    return v.equals("U") ? nullLiteral() : literal(v.equals("T"));
  }

  private static String eval(Expression e) {
    return e.evaluate(NO_COLUMNS, EMEA).map(b -> b ? "T" : "F").orElse("U");
  }

  @ParameterizedTest(name = "{0} AND {1} = {2}, {0} OR {1} = {3}")
  @CsvSource({
      "T,T,T,T", "T,F,F,T", "T,U,U,T", "F,T,F,T", "F,F,F,F", "F,U,F,U", "U,T,U,T", "U,F,F,U", "U,U,U,U"})
  void and_and_or_follow_sql_three_valued_logic(String a, String b, String and, String or) {
    assertThat(eval(Expression.and(truth(a), truth(b)))).isEqualTo(and);
    assertThat(eval(Expression.or(truth(a), truth(b)))).isEqualTo(or);
  }

  @ParameterizedTest(name = "NOT {0} = {1}, {0} IS NULL = {2}")
  @CsvSource({"T,F,F", "F,T,F", "U,U,T"})
  void not_keeps_unknown_and_is_null_is_never_unknown(String a, String not, String isNull) {
    assertThat(eval(Expression.not(truth(a)))).isEqualTo(not);
    assertThat(eval(truth(a).isNull())).isEqualTo(isNull);
  }

  @Test
  void a_comparison_with_null_is_unknown() {
    assertThat(eval(literal(1).eq(nullLiteral()))).isEqualTo("U");
    assertThat(eval(nullLiteral().eq(nullLiteral()))).isEqualTo("U");
    assertThat(eval(nullLiteral().ne(literal("a")))).isEqualTo("U");
    assertThat(eval(literal(1).eq(nullLiteral()).isNull())).isEqualTo("T");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1 IN (1, NULL) is true | T", "2 IN (1, NULL) is unknown | U", "NULL IN (1) is unknown | U",
      "2 IN (1, 3) is false | F"})
  void in_follows_sql_with_nulls(String description, String expected) {
    String[] parts = description.split(" IN \\(|\\) is ");
    Constant[] values = java.util.Arrays.stream(parts[1].split(", ")).map(ExpressionEvaluationTest::number)
        .toArray(Constant[]::new);
    Expression e = number(parts[0]).in(values[0], java.util.Arrays.copyOfRange(values, 1, values.length));
    assertThat(eval(e)).isEqualTo(expected);
  }

  private static Literal number(String text) {
    return text.equals("NULL") ? nullLiteral() : literal(Long.parseLong(text));
  }

  @Test
  void numbers_compare_by_exact_value_across_types() {
    assertThat(eval(literal(1).eq(literal(1.0)))).isEqualTo("T");
    assertThat(eval(literal(1).eq(literal(new BigDecimal("1.00"))))).isEqualTo("T");
    assertThat(eval(literal(0.1).eq(literal(new BigDecimal("0.1"))))).isEqualTo("F");
    assertThat(eval(literal(9_007_199_254_740_993L).gt(literal(9_007_199_254_740_992.0)))).isEqualTo("T");
    assertThat(eval(literal(Long.MAX_VALUE).lt(literal(new BigDecimal("9223372036854775808"))))).isEqualTo("T");
  }

  @Test
  void zero_signs_are_equal_and_nan_is_greatest_and_equal_to_itself() {
    assertThat(eval(literal(-0.0).eq(literal(0.0)))).isEqualTo("T");
    assertThat(eval(literal(Double.NaN).eq(literal(Double.NaN)))).isEqualTo("T");
    assertThat(eval(literal(Double.NaN).gt(literal(Double.POSITIVE_INFINITY)))).isEqualTo("T");
    assertThat(eval(literal(Double.NEGATIVE_INFINITY).lt(literal(Long.MIN_VALUE)))).isEqualTo("T");
    assertThat(eval(literal(Double.POSITIVE_INFINITY).gt(literal(new BigDecimal("1e400"))))).isEqualTo("T");
  }

  @Test
  void strings_compare_by_code_point_like_their_utf8_bytes() {
    assertThat(eval(literal("\uffff").lt(literal("😀")))).isEqualTo("T");
    assertThat(eval(literal("a").lt(literal("ab")))).isEqualTo("T");
    assertThat(eval(literal("B").lt(literal("a")))).isEqualTo("T");
  }

  @Test
  void dates_timestamps_and_booleans_compare_within_their_kind() {
    assertThat(eval(literal(LocalDate.of(2024, 1, 31)).lt(literal(LocalDate.of(2024, 2, 1))))).isEqualTo("T");
    assertThat(eval(literal(Instant.EPOCH).lt(literal(Instant.ofEpochSecond(0, 1))))).isEqualTo("T");
    assertThat(eval(literal(false).lt(literal(true)))).isEqualTo("T");
  }

  @Test
  void principal_attributes_are_read_and_a_missing_one_is_null() {
    Expression mine = column("region").eq(principal("region"));
    Row row = Row.of(Map.of("region", "EMEA"));
    assertThat(mine.evaluate(row, EMEA)).contains(true);
    assertThat(mine.evaluate(row, Principal.anonymous())).isEmpty();
    assertThat(principal("region").isNull().evaluate(row, Principal.anonymous())).contains(true);
  }

  @Test
  void row_values_of_narrower_number_types_are_widened() {
    Map<String, Object> values = new HashMap<>();
    values.put("i", 150);
    values.put("f", 1.5f);
    values.put("big", BigInteger.TWO.pow(70));
    values.put("none", null);
    Row row = Row.of(values);
    assertThat(column("i").gt(literal(100)).evaluate(row, EMEA)).contains(true);
    assertThat(column("f").eq(literal(1.5)).evaluate(row, EMEA)).contains(true);
    assertThat(column("big").gt(literal(Long.MAX_VALUE)).evaluate(row, EMEA)).contains(true);
    assertThat(column("none").gt(literal(1)).evaluate(row, EMEA)).isEmpty();
  }

  @Test
  void values_of_different_kinds_cannot_be_compared() {
    assertThatThrownBy(() -> eval(literal("a").gt(literal(1))))
        .isInstanceOfSatisfying(MeshException.class, e -> assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT))
        .hasMessageContaining("cannot compare the string 'a' with the number 1 in ''a' > 1'");
    assertThatThrownBy(() -> eval(literal(LocalDate.EPOCH).eq(literal(Instant.EPOCH))))
        .hasMessageContaining("cannot compare the date");
    assertThatThrownBy(() -> eval(literal(1).in(literal(1), literal("x")))).hasMessageContaining("cannot compare");
  }

  @Test
  void a_filter_must_be_a_condition() {
    assertThatThrownBy(() -> eval(literal(1))).isInstanceOf(MeshException.class)
        .hasMessageContaining("a filter must be a condition, but '1' is the number 1");
    assertThatThrownBy(() -> eval(Expression.and(literal(true), literal("x"))))
        .hasMessageContaining("an operand of AND must be a condition");
    assertThatThrownBy(() -> eval(Expression.not(literal(2.5)))).hasMessageContaining("the operand of NOT");
  }

  @Test
  void a_row_must_hold_supported_types_and_the_columns_the_filter_reads() {
    Row row = Row.of(Map.of("when", new Date(0)));
    assertThatThrownBy(() -> column("when").isNull().evaluate(row, EMEA))
        .isInstanceOf(MeshException.class).hasMessageContaining("column 'when' holds a java.util.Date");
    assertThatThrownBy(() -> column("other").isNull().evaluate(row, EMEA))
        .isInstanceOf(MeshException.class).hasMessageContaining("reads column 'other', which the row does not have");
  }

  @Test
  void a_lambda_serves_as_a_row() {
    Expression e = column("amount").gt(literal(100));
    assertThat(e.evaluate(c -> 150L, Principal.anonymous())).isEqualTo(Optional.of(true));
  }
}
