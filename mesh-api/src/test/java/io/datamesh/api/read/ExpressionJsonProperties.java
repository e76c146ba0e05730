package io.datamesh.api.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExpressionJsonProperties {
  @Provide
  Arbitrary<Expression> expressions() {
    return ExpressionArbitraries.expressions(5);
  }

  @Provide
  Arbitrary<String> texts() {
    return ExpressionArbitraries.text(1);
  }

  @Provide
  Arbitrary<Double> doubles() {
    return ExpressionArbitraries.doubles();
  }

  @Property(tries = 500)
  void an_expression_reads_back_from_its_json_as_an_equal_expression(@ForAll("expressions") Expression e) {
    assertThat(Expression.fromJson(e.toJson())).isEqualTo(e);
  }

  @Property(tries = 300)
  void writing_what_was_read_gives_the_identical_text(@ForAll("expressions") Expression e) {
    String json = e.toJson();
    assertThat(Expression.fromJson(json).toJson()).isEqualTo(json);
  }

  @Property(tries = 500)
  void whitespace_key_order_and_optional_escapes_do_not_change_what_is_read(
      @ForAll("expressions") Expression e, @ForAll long seed) {
    String variant = JsonReformatter.reformat(e.toJson(), new Random(seed));
    Expression read = Expression.fromJson(variant);
    assertThat(read).isEqualTo(e);
    assertThat(read.toJson()).isEqualTo(e.toJson());
  }

  @Property(tries = 300)
  void the_canonical_text_has_no_whitespace_or_raw_control_character_outside_strings(
      @ForAll("expressions") Expression e) {
    String json = e.toJson();
    assertThat(json.chars()).noneMatch(c -> c < 0x20);
    assertThat(withoutStrings(json)).doesNotContain(" ");
  }

  @Property
  void any_unicode_text_survives_as_column_name_string_literal_and_principal_attribute(
      @ForAll("texts") String text) {
    Expression e = Expression.column(text).eq(Expression.literal(text)).isNull()
        .in(Expression.principal(text), Expression.literal(text));
    Expression read = Expression.fromJson(e.toJson());
    assertThat(read).isEqualTo(e);
    assertThat(read.columns()).containsExactly(text);
    assertThat(read.principalAttributes()).containsExactly(text);
  }

  @Property
  void a_double_reads_back_to_the_same_bits(@ForAll("doubles") double d) {
    Literal read = (Literal) Expression.fromJson(Expression.literal(d).toJson());
    assertThat(Double.doubleToLongBits((Double) read.value())).isEqualTo(Double.doubleToLongBits(d));
  }

  @Property
  void a_double_is_written_with_no_more_digits_than_java_needs_and_never_as_an_integer(
      @ForAll("doubles") double d) {
    String text = Doubles.format(d);
    if (Double.isFinite(d)) {
      assertThat(text).matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?(E-?[1-9][0-9]*)?").containsAnyOf(".", "E");
      assertThat(significantDigits(text)).isLessThanOrEqualTo(significantDigits(Double.toString(d)));
    }
    assertThat(Double.valueOf(Double.parseDouble(text))).isEqualTo(Double.valueOf(d));
  }

  private static int significantDigits(String number) {
    String mantissa = number.replace("-", "").split("E")[0].replace(".", "");
    return mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "").length();
  }

  /** Removes string contents (canonical escapes only), leaving the structure. */
  private static String withoutStrings(String json) {
    return json.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
  }
}
