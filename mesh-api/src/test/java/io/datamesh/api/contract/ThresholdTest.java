package io.datamesh.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ThresholdTest {

  @Test
  void between_includes_both_bounds_and_not_between_excludes_them() {
    Threshold between = Threshold.of(Operator.MUST_BE_BETWEEN, 0, 100);
    assertThat(between.test(BigDecimal.ZERO)).isTrue();
    assertThat(between.test(BigDecimal.valueOf(100))).isTrue();
    assertThat(between.test(BigDecimal.valueOf(101))).isFalse();
    Threshold outside = Threshold.of(Operator.MUST_NOT_BE_BETWEEN, 0, 100);
    assertThat(outside.test(BigDecimal.ZERO)).isFalse();
    assertThat(outside.test(BigDecimal.valueOf(-1))).isTrue();
  }

  @Test
  void between_bounds_must_ascend() {
    assertThatThrownBy(() -> Threshold.of(Operator.MUST_BE_BETWEEN, 10, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[10, 0]");
    assertThatThrownBy(() -> Threshold.of(Operator.MUST_BE_BETWEEN, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes 2");
  }

  @Test
  void ordering_operators_need_numbers() {
    assertThatThrownBy(() -> Threshold.of(Operator.MUST_BE_LESS_THAN, "ten"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ten'");
    assertThat(Threshold.of(Operator.MUST_BE, 1).equals(Threshold.of(Operator.MUST_BE, 1.0))).isTrue();
  }

  @Property
  void each_operator_agrees_with_plain_comparison(@ForAll @IntRange(min = -5, max = 5) int value,
      @ForAll @IntRange(min = -5, max = 5) int bound) {
    BigDecimal v = BigDecimal.valueOf(value);
    assertThat(Threshold.of(Operator.MUST_BE, bound).test(v)).isEqualTo(value == bound);
    assertThat(Threshold.of(Operator.MUST_NOT_BE, bound).test(v)).isEqualTo(value != bound);
    assertThat(Threshold.of(Operator.MUST_BE_GREATER_THAN, bound).test(v)).isEqualTo(value > bound);
    assertThat(Threshold.of(Operator.MUST_BE_GREATER_OR_EQUAL_TO, bound).test(v)).isEqualTo(value >= bound);
    assertThat(Threshold.of(Operator.MUST_BE_LESS_THAN, bound).test(v)).isEqualTo(value < bound);
    assertThat(Threshold.of(Operator.MUST_BE_LESS_OR_EQUAL_TO, bound).test(v)).isEqualTo(value <= bound);
  }
}
