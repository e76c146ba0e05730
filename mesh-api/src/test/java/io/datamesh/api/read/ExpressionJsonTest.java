package io.datamesh.api.read;

import static io.datamesh.api.read.Expression.column;
import static io.datamesh.api.read.Expression.literal;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionJsonTest {
  @Test
  void the_canonical_form_reads_like_the_documentation() {
    Expression e =
        Expression.and(column("amount").gt(literal(100)), column("region").eq(Expression.principal("region")));
    assertThat(e.toJson()).isEqualTo("{\"op\":\"and\",\"args\":["
        + "{\"op\":\"gt\",\"left\":{\"column\":\"amount\"},\"right\":{\"literal\":100}},"
        + "{\"op\":\"eq\",\"left\":{\"column\":\"region\"},\"right\":{\"principal\":\"region\"}}]}");
  }

  @Test
  void every_node_kind_has_its_documented_form() {
    assertThat(column("a").in(literal("x"), Expression.nullLiteral()).toJson())
        .isEqualTo("{\"op\":\"in\",\"expr\":{\"column\":\"a\"},\"values\":[{\"literal\":\"x\"},{\"literal\":null}]}");
    assertThat(Expression.not(column("a").isNull()).toJson())
        .isEqualTo("{\"op\":\"not\",\"expr\":{\"op\":\"is_null\",\"expr\":{\"column\":\"a\"}}}");
    assertThat(Expression.or(literal(true), literal(false)).toJson())
        .isEqualTo("{\"op\":\"or\",\"args\":[{\"literal\":true},{\"literal\":false}]}");
  }

  @Test
  void a_long_a_double_and_a_decimal_of_the_same_value_stay_distinct() {
    assertThat(literal(1).toJson()).isEqualTo("{\"literal\":1}");
    assertThat(literal(1.0).toJson()).isEqualTo("{\"literal\":{\"double\":1.0}}");
    assertThat(literal(new BigDecimal("1.0")).toJson()).isEqualTo("{\"literal\":{\"decimal\":\"1.0\"}}");
    assertThat(Expression.fromJson("{\"literal\":{\"double\":1}}")).isEqualTo(literal(1.0));
  }

  @Test
  void decimals_dates_and_timestamps_are_tagged_strings_that_keep_their_precision() {
    Expression e = column("d").in(literal(new BigDecimal("12.50")), literal(LocalDate.of(2024, 1, 31)),
        literal(Instant.parse("2024-01-31T10:15:30.123Z")));
    assertThat(e.toJson()).contains("{\"decimal\":\"12.50\"}", "{\"date\":\"2024-01-31\"}",
        "{\"timestamp\":\"2024-01-31T10:15:30.123Z\"}");
    assertThat(((InList) Expression.fromJson(e.toJson())).values().get(0))
        .isEqualTo(literal(new BigDecimal("12.50"))).isNotEqualTo(literal(new BigDecimal("12.5")));
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource(delimiter = '|', value = {
      "1.0 | 1.0", "0.1 | 0.1", "-2.5 | -2.5", "100.0 | 100.0", "123456.789 | 123456.789", "1e-6 | 0.000001",
      "1e-7 | 1.0E-7", "1e20 | 100000000000000000000.0", "1e21 | 1.0E21", "2e23 | 2.0E23",
      "-0.0 | -0.0", "0.0 | 0.0", "4.9E-324 | 5.0E-324", "1.7976931348623157E308 | 1.7976931348623157E308",
      "NaN | NaN", "Infinity | Infinity", "-Infinity | -Infinity"})
  void doubles_are_written_in_one_canonical_text(double d, String text) {
    assertThat(Doubles.format(d)).isEqualTo(text);
  }

  @Test
  void not_a_number_and_the_infinities_are_tagged_strings() {
    assertThat(literal(Double.NaN).toJson()).isEqualTo("{\"literal\":{\"double\":\"NaN\"}}");
    assertThat(Expression.fromJson("{\"literal\":{\"double\":\"-Infinity\"}}"))
        .isEqualTo(literal(Double.NEGATIVE_INFINITY));
  }

  @Test
  void strings_are_escaped_minimally() {
    assertThat(literal("q\"b\\s/\b\f\n\r\t\u0001\u001f\u007f é 😀").toJson())
        .isEqualTo("{\"literal\":\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001f\u007f é 😀\"}");
  }

  @Test
  void every_standard_escape_is_read_including_surrogate_pairs_and_upper_case_hex() {
    Expression e = Expression.fromJson(
        "{\"literal\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E9\\u00e9\\uD83D\\ude00\"}");
    assertThat(e).isEqualTo(literal("\"\\/\b\f\n\r\téé😀"));
  }

  @Test
  void json_whitespace_anywhere_between_tokens_is_accepted() {
    Expression e = Expression.fromJson(
        " \t\r\n{ \"right\" :\n{\"literal\" : 1 } , \"op\":\"lt\" ,\"left\":{\"column\":\"a\"}}\n");
    assertThat(e).isEqualTo(column("a").lt(literal(1)));
  }

  @Test
  void a_ten_megabyte_string_is_read_and_written_back() {
    String big = "x\"é😀".repeat(2_000_000);
    Expression e = column("notes").eq(literal(big));
    String json = e.toJson();
    assertThat(json.length()).isGreaterThan(10_000_000);
    assertThat(Expression.fromJson(json)).isEqualTo(e);
  }

  @Test
  void an_expression_of_the_greatest_depth_reads_back() {
    Expression e = column("a");
    for (int i = 1; i < Expression.MAX_DEPTH; i++) {
      e = i % 2 == 0 ? Expression.not(e) : Expression.and(e, literal(true));
    }
    assertThat(Expression.fromJson(e.toJson())).isEqualTo(e);
  }
}
