package io.datamesh.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SchemaPropertyBuilderTest {

  @Test
  void a_key_position_makes_the_property_part_of_the_primary_key() {
    SchemaProperty p = SchemaProperty.builder("order_id", LogicalType.STRING).setPrimaryKeyPosition(1).build();
    assertThat(p.primaryKey()).isTrue();
    assertThat(p.primaryKeyPosition()).hasValue(1);
    assertThat(SchemaProperty.builder("x", LogicalType.STRING).build().primaryKeyPosition()).isEmpty();
  }

  @Test
  void key_positions_start_at_one() {
    assertThatThrownBy(() -> SchemaProperty.builder("x", LogicalType.STRING).setPrimaryKeyPosition(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
  }

  @Test
  void options_must_fit_the_logical_type() {
    LogicalTypeOptions email = LogicalTypeOptions.builder().setFormat("email").setMaxLength(254).build();
    assertThat(SchemaProperty.builder("e", LogicalType.STRING).setLogicalTypeOptions(email).build()
        .logicalTypeOptions().maxLength()).hasValue(254);

    assertThatThrownBy(() -> SchemaProperty.builder("n", LogicalType.INTEGER).setLogicalTypeOptions(email).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'maxLength'").hasMessageContaining("'n'");
    LogicalTypeOptions i99 = LogicalTypeOptions.builder().setFormat("i99").build();
    assertThatThrownBy(() -> SchemaProperty.builder("n", LogicalType.INTEGER).setLogicalTypeOptions(i99).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'i99'");
    LogicalTypeOptions numericBound = LogicalTypeOptions.builder().setMinimum(0).build();
    assertThatThrownBy(() -> SchemaProperty.builder("d", LogicalType.DATE).setLogicalTypeOptions(numericBound)
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date/time text");
  }

  @Test
  void option_values_are_checked_when_set() {
    assertThatThrownBy(() -> LogicalTypeOptions.builder().setMaxLength(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> LogicalTypeOptions.builder().setMinLength(5).setMaxLength(2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minLength 5");
    assertThatThrownBy(() -> LogicalTypeOptions.builder().setDefaultTimezone("Mars/Olympus"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Mars/Olympus'");
    assertThatThrownBy(() -> LogicalTypeOptions.builder().setMultipleOf(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0'");
    assertThat(LogicalTypeOptions.builder().setMinimum(0.5).build().minimum()).contains(new BigDecimal("0.5"));
  }

  @Test
  void only_arrays_have_items_and_only_objects_have_nested_properties() {
    SchemaProperty lines = SchemaProperty.builder("lines", LogicalType.ARRAY)
        .setItems(SchemaProperty.itemsBuilder(LogicalType.STRING).build()).build();
    assertThat(lines.items().orElseThrow().logicalType()).contains(LogicalType.STRING);

    assertThatThrownBy(() -> SchemaProperty.builder("s", LogicalType.STRING)
        .setItems(SchemaProperty.itemsBuilder(LogicalType.STRING).build()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'s' has items");
    assertThatThrownBy(() -> SchemaProperty.builder("s", LogicalType.STRING)
        .addProperty(SchemaProperty.builder("x", LogicalType.STRING).build()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested properties");
  }

  @Test
  void row_counts_belong_to_schema_objects() {
    QualityRule rowCount = QualityRule.builder().setMetric(QualityMetric.ROW_COUNT)
        .setThreshold(Threshold.of(Operator.MUST_BE_GREATER_THAN, 0)).build();
    assertThatThrownBy(() -> SchemaProperty.builder("x", LogicalType.STRING).addQualityRule(rowCount).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema object");
    QualityRule nulls = QualityRule.builder().setMetric(QualityMetric.NULL_VALUES)
        .setThreshold(Threshold.of(Operator.MUST_BE, 0)).build();
    assertThatThrownBy(() -> SchemaObject.builder("t").addQualityRule(nulls).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nullValues");
  }

  @Test
  void primary_key_positions_are_unique_and_contiguous() {
    SchemaProperty a = SchemaProperty.builder("a", LogicalType.STRING).setPrimaryKeyPosition(1).build();
    SchemaProperty b = SchemaProperty.builder("b", LogicalType.STRING).setPrimaryKeyPosition(3).build();
    SchemaProperty c = SchemaProperty.builder("c", LogicalType.STRING).setPrimaryKeyPosition(1).build();
    assertThatThrownBy(() -> SchemaObject.builder("t").addProperty(a).addProperty(b).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 3]");
    assertThatThrownBy(() -> SchemaObject.builder("t").addProperty(a).addProperty(c).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("used twice");
  }
}
