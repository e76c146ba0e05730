package io.datamesh.api.read;

import static io.datamesh.api.read.Expression.and;
import static io.datamesh.api.read.Expression.not;
import static io.datamesh.api.read.Expression.or;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExpressionEvaluationProperties {
  @Provide
  Arbitrary<Expression> conditions() {
    return ConditionArbitraries.conditions(3);
  }

  @Provide
  Arbitrary<Map<String, Object>> rows() {
    return ConditionArbitraries.rows();
  }

  @Provide
  Arbitrary<Principal> principals() {
    return ConditionArbitraries.principals();
  }

  @Provide
  Arbitrary<Expression> numbers() {
    return ConditionArbitraries.numbers();
  }

  @Provide
  Arbitrary<List<Constant>> numberLists() {
    return ConditionArbitraries.numberConstants().list().ofMinSize(1).ofMaxSize(4);
  }

  @Property
  void not_negates_and_keeps_unknown_unknown(@ForAll("conditions") Expression e,
      @ForAll("rows") Map<String, Object> row, @ForAll("principals") Principal p) {
    assertThat(eval(not(e), row, p)).isEqualTo(eval(e, row, p).map(b -> !b));
  }

  @Property
  void de_morgan_holds(@ForAll("conditions") Expression a, @ForAll("conditions") Expression b,
      @ForAll("rows") Map<String, Object> row, @ForAll("principals") Principal p) {
    assertThat(eval(not(and(a, b)), row, p)).isEqualTo(eval(or(not(a), not(b)), row, p));
    assertThat(eval(not(or(a, b)), row, p)).isEqualTo(eval(and(not(a), not(b)), row, p));
  }

  @Property
  void and_and_or_do_not_depend_on_argument_order(@ForAll("conditions") Expression a,
      @ForAll("conditions") Expression b, @ForAll("rows") Map<String, Object> row, @ForAll("principals") Principal p) {
    assertThat(eval(and(a, b), row, p)).isEqualTo(eval(and(b, a), row, p));
    assertThat(eval(or(a, b), row, p)).isEqualTo(eval(or(b, a), row, p));
  }

  @Property
  void is_null_is_never_unknown_and_holds_exactly_when_the_condition_is_unknown(@ForAll("conditions") Expression e,
      @ForAll("rows") Map<String, Object> row, @ForAll("principals") Principal p) {
    assertThat(eval(e.isNull(), row, p)).contains(eval(e, row, p).isEmpty());
  }

  @Property
  void in_is_a_disjunction_of_equalities(@ForAll("numbers") Expression x, @ForAll("numberLists") List<Constant> values,
      @ForAll("rows") Map<String, Object> row) {
    List<Expression> equalities = values.stream().<Expression>map(x::eq).toList();
    Expression disjunction = equalities.size() == 1 ? equalities.get(0) : or(equalities);
    assertThat(eval(x.in(values), row, Principal.anonymous())).isEqualTo(eval(disjunction, row, Principal.anonymous()));
  }

  @Property
  void exactly_one_of_less_equal_and_greater_holds_for_two_numbers(@ForAll("numbers") Expression a,
      @ForAll("numbers") Expression b, @ForAll("rows") Map<String, Object> row) {
    List<Optional<Boolean>> results = List.of(eval(a.lt(b), row, Principal.anonymous()),
        eval(a.eq(b), row, Principal.anonymous()), eval(a.gt(b), row, Principal.anonymous()));
    if (results.get(0).isEmpty()) {
      assertThat(results).allMatch(Optional::isEmpty);
    } else {
      assertThat(results).filteredOn(r -> r.orElseThrow()).hasSize(1);
    }
  }

  @Property
  void swapping_operands_mirrors_the_operator(@ForAll("numbers") Expression a, @ForAll("numbers") Expression b,
      @ForAll("rows") Map<String, Object> row) {
    Principal p = Principal.anonymous();
    assertThat(eval(a.lt(b), row, p)).isEqualTo(eval(b.gt(a), row, p));
    assertThat(eval(a.le(b), row, p)).isEqualTo(eval(b.ge(a), row, p));
    assertThat(eval(a.ne(b), row, p)).isEqualTo(eval(not(a.eq(b)), row, p));
  }

  @Property
  void a_long_and_a_finite_double_compare_like_their_exact_decimals(@ForAll long l, @ForAll double d) {
    if (Double.isFinite(d)) {
      boolean expected = BigDecimal.valueOf(l).compareTo(new BigDecimal(d)) < 0;
      assertThat(eval(Expression.literal(l).lt(Expression.literal(d)), Map.of(), Principal.anonymous()))
          .contains(expected);
    }
  }

  @Property(tries = 200)
  void the_json_form_evaluates_like_the_original(@ForAll("conditions") Expression e,
      @ForAll("rows") Map<String, Object> row, @ForAll("principals") Principal p) {
    assertThat(eval(Expression.fromJson(e.toJson()), row, p)).isEqualTo(eval(e, row, p));
  }

  private static Optional<Boolean> eval(Expression e, Map<String, Object> row, Principal p) {
    return e.evaluate(Row.of(row), p);
  }
}
