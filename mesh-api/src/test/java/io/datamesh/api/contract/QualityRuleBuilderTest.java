package io.datamesh.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityRuleBuilderTest {

  @Test
  void a_library_rule_exposes_metric_arguments_and_threshold() {
    QualityRule r = QualityRule.builder().setId("status_valid").setMetric(QualityMetric.INVALID_VALUES)
        .setValidValues(Arrays.asList("pending", "shipped", null)).setThreshold(Threshold.of(Operator.MUST_BE, 0))
        .setUnit(QualityUnit.PERCENT).setDimension(QualityDimension.CONFORMITY).build();

    assertThat(r.type()).isEqualTo(QualityType.LIBRARY);
    assertThat(r.validValues()).containsExactly("pending", "shipped", null);
    assertThat(r.threshold().orElseThrow().operand()).isEqualTo(BigDecimal.ZERO);
    assertThat(r.unit()).isEqualTo(QualityUnit.PERCENT);
  }

  @Test
  void library_and_sql_rules_need_exactly_one_operator() {
    assertThatThrownBy(() -> QualityRule.builder().setMetric(QualityMetric.ROW_COUNT).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one operator");
    assertThatThrownBy(() -> QualityRule.builder().setQuery("SELECT COUNT(*) FROM {object}").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sql rule");
    assertThat(QualityRule.builder().setQuery("SELECT 1").setThreshold(Threshold.of(Operator.MUST_BE, 1)).build()
        .type()).isEqualTo(QualityType.SQL);
  }

  @Test
  void arguments_must_fit_the_metric() {
    assertThatThrownBy(() -> QualityRule.builder().setMetric(QualityMetric.NULL_VALUES).setPattern("^a")
        .setThreshold(Threshold.of(Operator.MUST_BE, 0)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'pattern'")
        .hasMessageContaining("nullValues");
    assertThatThrownBy(() -> QualityRule.builder().setMetric(QualityMetric.INVALID_VALUES)
        .setThreshold(Threshold.of(Operator.MUST_BE, 0)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validValues or a pattern");
    assertThatThrownBy(() -> QualityRule.builder().setMetric(QualityMetric.MISSING_VALUES)
        .setArgument("missingValues", "N/A").setThreshold(Threshold.of(Operator.MUST_BE, 0)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'N/A'");
  }

  @Test
  void custom_rules_carry_an_engine_and_an_implementation_and_text_rules_a_description() {
    QualityRule soda = QualityRule.builder().setEngine("soda")
        .setImplementation(Map.of("type", "duplicate_percent")).build();
    assertThat(soda.type()).isEqualTo(QualityType.CUSTOM);
    assertThatThrownBy(() -> QualityRule.builder().setType(QualityType.CUSTOM).setEngine("soda").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("implementation");
    assertThat(QualityRule.builder().setDescription("Orders are reconciled daily.").build().type())
        .isEqualTo(QualityType.TEXT);
    assertThatThrownBy(() -> QualityRule.builder().setType(QualityType.TEXT).setMetric(QualityMetric.ROW_COUNT)
        .setDescription("x").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text rule");
  }

  @Test
  void schema_level_duplicates_name_their_properties() {
    QualityRule r = QualityRule.builder().setMetric(QualityMetric.DUPLICATE_VALUES)
        .setArgumentProperties(List.of("tenant_id", "order_id")).setThreshold(Threshold.of(Operator.MUST_BE, 0))
        .build();
    assertThat(SchemaObject.builder("orders").addQualityRule(r).build().quality().get(0).argumentProperties())
        .containsExactly("tenant_id", "order_id");
    assertThatThrownBy(() -> SchemaProperty.builder("x", LogicalType.STRING).addQualityRule(r).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema-level");
  }

  @Test
  void enum_texts_round_trip_and_unknown_texts_list_the_valid_ones() {
    for (QualityMetric m : QualityMetric.values()) {
      assertThat(QualityMetric.fromText(m.text())).isEqualTo(m);
    }
    assertThat(LogicalType.find("varchar")).isEmpty();
    assertThatThrownBy(() -> LogicalType.fromText("varchar"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'varchar'")
        .hasMessageContaining("timestamp");
  }
}
