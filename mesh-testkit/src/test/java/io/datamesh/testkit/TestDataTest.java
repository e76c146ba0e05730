package io.datamesh.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestDataTest {
  private final LeakCheck leaks = LeakCheck.create("TestDataTest");

  @AfterEach
  void no_leaks() {
    leaks.close();
  }

  private List<Map<String, Object>> roundTrip(TestData data) {
    try (VectorSchemaRoot batch = data.build(leaks.allocator())) {
      return Rows.of(batch);
    }
  }

  @Test
  void a_text_table_becomes_a_batch_with_values_parsed_per_column_type() {
    TestData data = TestData.of(Fixtures.orders()).table("""
        order_id | amount | placed_at
        o-1      | 12.50  | 2026-01-01T10:00:00Z
        o-2      | null   | 2026-01-01T13:00:00+02:00
        """);

    List<Map<String, Object>> rows = roundTrip(data);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsEntry("order_id", "o-1").containsEntry("amount", new BigDecimal("12.50"))
        .containsEntry("placed_at", Instant.parse("2026-01-01T10:00:00Z"));
    assertThat(rows.get(1)).containsEntry("amount", null)
        .containsEntry("placed_at", Instant.parse("2026-01-01T11:00:00Z"));
    assertThat(rows).isEqualTo(data.toMaps());
  }

  @Test
  void literal_rows_of_every_supported_type_read_back_as_the_same_java_values() {
    List<Object> values = List.of((byte) -128, (short) 32767, Integer.MIN_VALUE, Long.MAX_VALUE, 255, 65535,
        4294967295L, new BigInteger("18446744073709551615"), 1.5f, -0.25, new BigDecimal("-9999999999.99"),
        new BigDecimal("12345678901234567890.0123456789"), "naïve €", LocalDate.of(1969, 12, 31),
        Instant.parse("1969-12-31T23:59:59.999999Z"), LocalDateTime.parse("2026-03-01T12:34:56.000001"),
        LocalTime.parse("23:59:59.999999"), true);
    List<Object> row = new java.util.ArrayList<>(Arrays.asList(new Object[values.size()])); // nullable half
    row.addAll(values);

    Map<String, Object> read = roundTrip(TestData.of(Fixtures.allTypes()).rows(List.of(row))).get(0);

    assertThat(read.values()).containsExactlyElementsOf(row.stream().map(v -> v instanceof Byte || v instanceof Short
        ? (Object) ((Number) v).intValue() : v).toList());
  }

  @Test
  void integers_widen_to_the_column_type_and_decimals_take_integers_and_doubles() {
    Contract c = contract(SchemaProperty.builder("n", LogicalType.INTEGER).build(),
        SchemaProperty.builder("d", LogicalType.NUMBER).setPhysicalType("DECIMAL(5,2)").build());

    Map<String, Object> row = roundTrip(TestData.of(c).row(7, 12.5)).get(0);

    assertThat(row).containsEntry("n", 7L).containsEntry("d", new BigDecimal("12.50"));
  }

  @Test
  void a_value_of_the_wrong_type_names_the_row_the_column_and_the_expected_type() {
    TestData data = TestData.of(Fixtures.orders()).row("o-1", 1, Instant.EPOCH);

    assertThatThrownBy(() -> data.row("o-2", "12.50", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 2, column 'amount': expected decimal(12,2) (a BigDecimal, integer or Double with at most 2"
            + " decimal places), got String \"12.50\"");
  }

  @Test
  void values_out_of_the_column_range_or_precision_are_rejected() {
    Contract c = contract(SchemaProperty.builder("b", LogicalType.INTEGER)
        .setLogicalTypeOptions(io.datamesh.api.contract.LogicalTypeOptions.builder().setFormat("u8").build()).build(),
        SchemaProperty.builder("d", LogicalType.NUMBER).setPhysicalType("DECIMAL(4,2)").build());
    TestData data = TestData.of(c);

    assertThatThrownBy(() -> data.row(256, null)).hasMessageContaining("column 'b': expected u8 (an integer from 0"
        + " to 255), got Integer 256");
    assertThatThrownBy(() -> data.row(-1, null)).hasMessageContaining("column 'b'");
    assertThatThrownBy(() -> data.row(null, new BigDecimal("1.234"))).hasMessageContaining("column 'd'",
        "decimal(4,2)");
    assertThatThrownBy(() -> data.row(null, new BigDecimal("123.4"))).hasMessageContaining("column 'd'");
    assertThatThrownBy(() -> TestData.of(Fixtures.orders()).table("order_id | placed_at\no | 2026-01-01T00:00:00.0000001Z"))
        .hasMessageContaining("column 'placed_at'", "got \"2026-01-01T00:00:00.0000001Z\"");
  }

  @Test
  void a_row_of_the_wrong_length_names_the_row_and_the_columns() {
    assertThatThrownBy(() -> TestData.of(Fixtures.orders()).row("o-1", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 1 has 2 values but orders has 3 columns [order_id, amount, placed_at]");
  }

  @Test
  void a_null_in_a_required_column_is_rejected_in_rows_and_tables() {
    assertThatThrownBy(() -> TestData.of(Fixtures.orders()).row(null, 1, Instant.EPOCH))
        .hasMessage("row 1, column 'order_id': null in a required column of type utf8 (a String)");
    assertThatThrownBy(() -> TestData.of(Fixtures.orders()).table("""
        order_id | placed_at
        o-1      | null
        """)).hasMessageStartingWith("table line 2 (row 1), column 'placed_at': null in a required column");
  }

  @Test
  void a_table_may_leave_out_nullable_columns_and_list_columns_in_any_order() {
    List<Map<String, Object>> rows = roundTrip(TestData.of(Fixtures.orders()).table("""
        | placed_at            | order_id |
        |----------------------|----------|
        | 2026-01-01T10:00:00Z | o-1      |
        """));

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsExactly(Map.entry("order_id", "o-1"), new java.util.AbstractMap.SimpleEntry<>(
        "amount", null), Map.entry("placed_at", Instant.parse("2026-01-01T10:00:00Z")));
  }

  @Test
  void a_table_must_not_leave_out_required_columns_or_name_unknown_ones() {
    assertThatThrownBy(() -> TestData.of(Fixtures.orders()).table("order_id | amount\no-1 | 1"))
        .hasMessage("table header leaves out column 'placed_at', which is required; only nullable columns may be"
            + " left out");
    assertThatThrownBy(() -> TestData.of(Fixtures.orders()).table("order_id | placed_at | total\n"))
        .hasMessageContaining("'total'", "[order_id, amount, placed_at]");
  }

  @Test
  void a_table_cell_that_does_not_parse_names_the_line_the_column_and_the_type() {
    assertThatThrownBy(() -> TestData.of(Fixtures.orders()).table("""
        order_id | amount | placed_at
        o-1      | 1.00   | 2026-01-01T10:00:00Z
        o-2      | lots   | 2026-01-01T10:00:00Z
        """)).hasMessage("table line 3 (row 2), column 'amount': expected decimal(12,2) (a BigDecimal, integer or"
            + " Double with at most 2 decimal places), got \"lots\"");
  }

  @Test
  void quoted_cells_are_literal_strings() {
    List<Map<String, Object>> rows = roundTrip(TestData.of(Fixtures.orders()).table("""
        order_id    | placed_at
        "null"      | 2026-01-01T10:00:00Z
        ""          | 2026-01-01T10:00:00Z
        "a | ""b"" " | 2026-01-01T10:00:00Z
        """));

    assertThat(rows).extracting(r -> r.get("order_id")).containsExactly("null", "", "a | \"b\" ");
  }

  @Test
  void every_type_parses_from_table_text() {
    Map<String, Object> row = roundTrip(TestData.of(Fixtures.allTypes()).table("""
        i8_req | u64_req              | f32_req | f64_req | dec_req | dec256_req | text_req | day_req    | at_req               | local_at_req        | time_req | flag_req | i16_req | i32_req | i64_req | u8_req | u16_req | u32_req
        -5     | 18446744073709551615 | 1.5     | NaN     | 3       | -0.5       | hi       | 2026-02-28 | 2026-01-01T10:00:00Z | 2026-01-01T10:00:00 | 10:15:30 | TRUE     | 1       | 2       | 3       | 4      | 5       | 6
        """)).get(0);

    assertThat(row).containsEntry("i8_req", -5).containsEntry("u64_req", new BigInteger("18446744073709551615"))
        .containsEntry("f32_req", 1.5f).containsEntry("f64_req", Double.NaN)
        .containsEntry("dec_req", new BigDecimal("3.00")).containsEntry("dec256_req", new BigDecimal("-0.5000000000"))
        .containsEntry("text_req", "hi").containsEntry("day_req", LocalDate.of(2026, 2, 28))
        .containsEntry("local_at_req", LocalDateTime.of(2026, 1, 1, 10, 0))
        .containsEntry("time_req", LocalTime.of(10, 15, 30)).containsEntry("flag_req", true)
        .containsEntry("i64_req", 3L).containsEntry("u32_req", 6L).containsEntry("i8", null);
  }

  @Test
  void nested_columns_are_rejected_with_a_clear_message_when_required_and_stay_null_when_nullable() {
    SchemaProperty nested = SchemaProperty.builder("address", LogicalType.OBJECT)
        .addProperty(SchemaProperty.builder("city", LogicalType.STRING).build()).build();
    SchemaProperty id = SchemaProperty.builder("id", LogicalType.STRING).build();

    assertThatThrownBy(() -> TestData.of(contract(id, SchemaProperty.builder("address", LogicalType.OBJECT)
        .setRequired(true).addProperty(SchemaProperty.builder("city", LogicalType.STRING).build()).build())))
        .hasMessageContaining("column 'address'", "is required", "not supported");
    TestData data = TestData.of(contract(id, nested));
    assertThatThrownBy(() -> data.row("a", Map.of("city", "x"))).hasMessageContaining("column 'address'",
        "which test data does not support");
    assertThat(roundTrip(data.row("a", null)).get(0)).containsEntry("address", null);
  }

  @Test
  void a_contract_with_several_schema_objects_needs_the_object_named() {
    Contract two = Contract.builder().setId("two").setVersion("1.0.0")
        .addSchemaObject(SchemaObject.builder("a").addProperty(SchemaProperty.builder("x", LogicalType.STRING)
            .build()).build())
        .addSchemaObject(SchemaObject.builder("b").addProperty(SchemaProperty.builder("y", LogicalType.DATE)
            .build()).build())
        .build();

    assertThatThrownBy(() -> TestData.of(two)).hasMessageContaining("[a, b]", "TestData.of(contract, name)");
    assertThat(TestData.of(two, "b").schema().getFields()).extracting(f -> f.getName()).containsExactly("y");
  }

  @Test
  void test_data_is_immutable_so_a_shared_base_can_be_extended() {
    TestData base = TestData.of(Fixtures.orders()).row("o-1", null, Instant.EPOCH);
    TestData more = base.row("o-2", null, Instant.EPOCH);

    assertThat(base.rowCount()).isEqualTo(1);
    assertThat(more.rowCount()).isEqualTo(2);
  }

  private static Contract contract(SchemaProperty... properties) {
    var o = SchemaObject.builder("t");
    for (SchemaProperty p : properties) {
      o.addProperty(p);
    }
    return Contract.builder().setId("t").setVersion("1.0.0").addSchemaObject(o.build()).build();
  }
}
