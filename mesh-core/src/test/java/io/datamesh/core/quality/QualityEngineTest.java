package io.datamesh.core.quality;

import static io.datamesh.core.quality.Vectors.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.Operator;
import io.datamesh.api.contract.QualityDimension;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.QualityType;
import io.datamesh.api.contract.QualityUnit;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.contract.Threshold;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.quality.CheckResult;
import io.datamesh.api.quality.QualityReport;
import io.datamesh.arrow.quality.ColumnAggregate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityEngineTest {
  private final BufferAllocator allocator = allocator();

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  private VectorSchemaRoot orders(String[] ids, String[] emails, Integer[] qty, String[] status) {
    return root(strings(allocator, "order_id", ids), strings(allocator, "email", emails),
        ints(allocator, "qty", qty), strings(allocator, "status", status));
  }

  private VectorSchemaRoot goodOrders() {
    return orders(new String[] {"A", "B", "C", "D"}, new String[] {"a@x.io", "b@x.io", "c@x.io", "d@x.io"},
        new Integer[] {1, 2, 3, 4}, new String[] {"active", "active", "pending", "inactive"});
  }

  static QualityOutcome run(Contract c, QualitySettings s, VectorSchemaRoot... batches) {
    QualityPass pass = QualityEngine.forContract(c, "orders", s).start();
    for (VectorSchemaRoot b : batches) {
      try (b) {
        pass.accept(b);
      }
    }
    return pass.finish();
  }

  private static CheckResult check(QualityOutcome o, String id) {
    return o.report().check(id).orElseThrow(() -> new AssertionError(id + " not in " + o.report().checks().stream()
        .map(CheckResult::id).toList()));
  }

  @Test
  void a_clean_stream_passes_every_implied_check_and_the_gate() {
    QualityOutcome o = run(Contracts.contract(Contracts.orders().build()), QualitySettings.defaults(), goodOrders());
    assertThat(o.report().result()).isEqualTo(CheckOutcome.PASSED);
    assertThat(o.gate().accepted()).isTrue();
    assertThat(o.report().checks()).extracting(CheckResult::type).contains("field_is_present",
        "field_primary_key_required", "field_primary_key_unique", "field_required", "field_format",
        "field_minimum", "field_maximum");
    assertThat(o.report().statistics("qty").orElseThrow().sum()).contains(10L);
    assertThat(o.report().rowCount()).isEqualTo(4);
  }

  @Test
  void implied_checks_find_nulls_duplicates_bad_formats_and_out_of_range_values_with_samples() {
    QualityOutcome o = run(Contracts.contract(Contracts.orders().build()), QualitySettings.defaults(),
        orders(new String[] {"A", "A", null, "D"}, new String[] {"a@x.io", null, "nope", "d@x.io"},
            new Integer[] {1, -1, 3, 2000}, new String[] {"a", "b", "c", "d"}));
    CheckResult pkUnique = check(o, "orders__order_id__field_primary_key_unique");
    assertThat(pkUnique.outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(pkUnique.unexpectedCount()).hasValue(1);
    assertThat(pkUnique.samples()).singleElement().satisfies(s -> {
      assertThat(s.row()).isEqualTo(1);
      assertThat(s.key()).containsEntry("order_id", "A");
      assertThat(s.value()).contains("A");
    });
    assertThat(check(o, "orders__order_id__field_primary_key_required").unexpectedCount()).hasValue(1);
    assertThat(check(o, "orders__email__field_required").samples()).extracting(s -> s.row()).containsExactly(1L);
    assertThat(check(o, "orders__email__field_format").samples()).singleElement()
        .satisfies(s -> assertThat(s.value()).contains("nope"));
    assertThat(check(o, "orders__qty__field_minimum").unexpectedCount()).hasValue(1);
    assertThat(check(o, "orders__qty__field_maximum").unexpectedPercent()).hasValue(25.0);
    assertThat(o.gate().accepted()).isFalse();
    assertThat(o.rowSample()).extracting(RowVerdict::row).containsExactly(1L, 2L, 3L);
    assertThat(o.rowSample().get(0).checks()).contains("orders__order_id__field_primary_key_unique",
        "orders__email__field_required", "orders__qty__field_minimum");
  }

  @Test
  void a_rejected_gate_throws_quality_gate_failed_naming_the_checks() {
    QualityOutcome o = run(Contracts.contract(Contracts.orders().build()), QualitySettings.defaults(),
        orders(new String[] {"A", "A"}, new String[] {"a@x.io", "b@x.io"}, new Integer[] {1, 2},
            new String[] {"a", "b"}));
    assertThat(o.gate().blockingChecks()).containsExactly("orders__order_id__field_primary_key_unique");
    assertThatThrownBy(() -> o.gate().throwIfRejected()).isInstanceOf(MeshException.class)
        .satisfies(e -> assertThat(((MeshException) e).status()).isEqualTo(MeshStatus.QUALITY_GATE_FAILED))
        .hasMessageContaining("orders__order_id__field_primary_key_unique")
        .hasMessageContaining("last good snapshot stays current");
  }

  @Test
  void library_metrics_count_nulls_missing_invalid_and_duplicate_values() {
    SchemaObject o = Contracts.orders()
        .addProperty(SchemaProperty.builder("code", LogicalType.STRING)
            .addQualityRule(rule(QualityMetric.NULL_VALUES, Operator.MUST_BE_LESS_THAN, 30).setUnit(QualityUnit.PERCENT)
                .setId("code_nulls").setDimension(QualityDimension.COMPLETENESS).build())
            .addQualityRule(rule(QualityMetric.MISSING_VALUES, Operator.MUST_BE, 0).setId("code_missing")
                .setMissingValues(Arrays.asList(null, "", "N/A")).build())
            .addQualityRule(rule(QualityMetric.INVALID_VALUES, Operator.MUST_BE_LESS_OR_EQUAL_TO, 1).setId("code_invalid")
                .setValidValues(List.of("AA", "BB", "x")).setPattern("^[A-Z]+$").build())
            .addQualityRule(rule(QualityMetric.DUPLICATE_VALUES, Operator.MUST_BE, 0).setId("code_dups").build())
            .build())
        .addQualityRule(rule(QualityMetric.DUPLICATE_VALUES, Operator.MUST_BE, 0).setId("status_code_dups")
            .setArgumentProperties(List.of("status", "code")).build())
        .build();
    VectorSchemaRoot batch = root(strings(allocator, "order_id", "1", "2", "3", "4", "5"),
        strings(allocator, "email", "a@x.io", "a@x.io", "a@x.io", "a@x.io", "a@x.io"),
        ints(allocator, "qty", 1, 1, 1, 1, 1), strings(allocator, "status", "s", "s", "t", "t", "t"),
        strings(allocator, "code", "AA", "", null, "x", "AA"));
    QualityOutcome out = run(Contracts.contract(o), QualitySettings.defaults(), batch);
    CheckResult nulls = check(out, "code_nulls");
    assertThat(nulls.outcome()).isEqualTo(CheckOutcome.PASSED);
    assertThat(nulls.observedValue()).contains(20.0);
    assertThat(nulls.threshold()).contains("mustBeLessThan 30 percent");
    assertThat(nulls.dimension()).contains("completeness");
    assertThat(nulls.qualityId()).contains("code_nulls");
    assertThat(check(out, "code_missing").unexpectedCount()).hasValue(2);
    assertThat(check(out, "code_invalid").unexpectedCount()).hasValue(2);
    assertThat(check(out, "code_invalid").outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(check(out, "code_dups").unexpectedCount()).hasValue(1);
    assertThat(check(out, "status_code_dups").unexpectedCount()).hasValue(0);
    assertThat(check(out, "status_code_dups").type()).isEqualTo("model_duplicate_values");
  }

  @ParameterizedTest(name = "{0} {1} on 4 rows is {2}")
  @CsvSource({
      "mustBe, 4, passed", "mustBe, 5, failed",
      "mustNotBe, 4, failed", "mustNotBe, 5, passed",
      "mustBeGreaterThan, 3, passed", "mustBeGreaterThan, 4, failed",
      "mustBeGreaterOrEqualTo, 4, passed", "mustBeGreaterOrEqualTo, 5, failed",
      "mustBeLessThan, 5, passed", "mustBeLessThan, 4, failed",
      "mustBeLessOrEqualTo, 4, passed", "mustBeLessOrEqualTo, 3, failed",
      "mustBeBetween, 4, passed", "mustBeBetween, 5, failed",
      "mustNotBeBetween, 5, passed", "mustNotBeBetween, 3, failed"})
  void every_operator_judges_the_row_count(String op, int operand, String expected) {
    Operator operator = Operator.fromText(op);
    Threshold t = operator.arity() == 2 ? Threshold.of(operator, operand, operand + 10) : Threshold.of(operator, operand);
    QualityRule rowCount = QualityRule.builder().setMetric(QualityMetric.ROW_COUNT).setThreshold(t).setId("rc").build();
    QualityOutcome o = run(Contracts.withRules(List.of(rowCount)), QualitySettings.defaults(), goodOrders());
    assertThat(check(o, "rc").outcome().text()).isEqualTo(expected);
    assertThat(check(o, "rc").observedValue()).contains(4L);
  }

  @Test
  void severities_map_like_datacontract_cli_and_the_mapping_is_configurable() {
    QualityRule info = QualityRule.builder().setMetric(QualityMetric.ROW_COUNT)
        .setThreshold(Threshold.of(Operator.MUST_BE_GREATER_THAN, 100)).setSeverity("minor").setId("rc").build();
    Contract c = Contracts.withRules(List.of(info));
    QualityOutcome warned = run(c, QualitySettings.defaults(), goodOrders());
    assertThat(check(warned, "rc").outcome()).isEqualTo(CheckOutcome.WARNING);
    assertThat(warned.gate().accepted()).isTrue();
    QualityOutcome strict = run(c, QualitySettings.builder().setSeverityMapping(SeverityMapping.warningFor(Set.of("info")))
        .build(), goodOrders());
    assertThat(check(strict, "rc").outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(strict.gate().accepted()).isFalse();
    assertThat(SeverityMapping.datacontractCli().onFailure(Optional.of("TRIVIAL"))).isEqualTo(CheckOutcome.WARNING);
    assertThat(SeverityMapping.datacontractCli().onFailure(Optional.empty())).isEqualTo(CheckOutcome.FAILED);
  }

  @Test
  void sql_and_other_engines_rules_are_skipped_with_the_reason_and_never_block() {
    QualityRule sql = QualityRule.builder().setType(QualityType.SQL).setQuery("SELECT COUNT(*) FROM {object}")
        .setThreshold(Threshold.of(Operator.MUST_BE_GREATER_THAN, 0)).setId("sql_rule").build();
    QualityRule soda = QualityRule.builder().setType(QualityType.CUSTOM).setEngine("soda")
        .setImplementation("checks: []").setId("soda_rule").build();
    QualityOutcome o = run(Contracts.withRules(List.of(sql, soda)), QualitySettings.defaults(), goodOrders());
    assertThat(check(o, "sql_rule").outcome()).isEqualTo(CheckOutcome.SKIPPED);
    assertThat(check(o, "sql_rule").reason()).contains("DuckDB");
    assertThat(check(o, "soda_rule").outcome()).isEqualTo(CheckOutcome.SKIPPED);
    assertThat(o.gate().accepted()).isTrue();
  }

  @Test
  void custom_java_rules_run_as_row_predicates_and_column_aggregates() {
    CustomRule even = CustomRule.rowPredicate("qty_even", "qty", "is even",
        (v, row) -> v.isNull(row) || ((IntVector) v).get(row) % 2 == 0);
    CustomRule sum = CustomRule.columnAggregate("qty_sum", "qty", Sum::new,
        Threshold.of(Operator.MUST_BE_GREATER_THAN, 100)).withSeverity("warning");
    QualityOutcome o = run(Contracts.contract(Contracts.orders().build()),
        QualitySettings.builder().addCustomRule(even).addCustomRule(sum).build(), goodOrders());
    assertThat(check(o, "qty_even").unexpectedCount()).hasValue(2);
    assertThat(check(o, "qty_even").outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(check(o, "qty_sum").observedValue()).contains(10.0);
    assertThat(check(o, "qty_sum").outcome()).isEqualTo(CheckOutcome.WARNING);
    assertThat(check(o, "qty_sum").category()).isEqualTo("custom");
  }

  static final class Sum implements ColumnAggregate {
    double sum;

    @Override
    public void accept(FieldVector v, int rows) {
      for (int i = 0; i < rows; i++) {
        if (!v.isNull(i)) {
          sum += ((IntVector) v).get(i);
        }
      }
    }

    @Override
    public void merge(ColumnAggregate other) {
      sum += ((Sum) other).sum;
    }

    @Override
    public double value() {
      return sum;
    }
  }

  @Test
  void freshness_latency_and_retention_compare_a_timestamp_with_the_clock() {
    SchemaObject o = SchemaObject.builder("orders")
        .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING).build())
        .addProperty(SchemaProperty.builder("created_at", LogicalType.TIMESTAMP).build()).build();
    Contract c = Contracts.contract(o,
        SlaProperty.builder("latency", 4).setUnit("h").setElement("orders.created_at").setId("lat").build(),
        SlaProperty.builder("freshness", 1).setUnit("h").setElement("orders.created_at").setId("fresh").build(),
        SlaProperty.builder("retention", 30).setUnit("d").setElement("orders.created_at").setId("ret").build(),
        SlaProperty.builder("availability", "99.9%").build());
    Clock clock = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);
    VectorSchemaRoot batch = root(strings(allocator, "order_id", "a", "b"), timestamps(allocator, "created_at",
        Instant.parse("2025-12-01T00:00:00Z"), Instant.parse("2026-01-10T10:00:00Z")));
    QualityPass pass = QualityEngine.forContract(c, "orders", QualitySettings.builder().setClock(clock).build()).start();
    try (batch) {
      pass.accept(batch);
    }
    QualityOutcome out = pass.finish();
    assertThat(check(out, "lat").outcome()).isEqualTo(CheckOutcome.PASSED);
    assertThat(check(out, "lat").type()).isEqualTo("servicelevel_freshness");
    assertThat(check(out, "lat").observedValue()).contains(7200.0);
    assertThat(check(out, "fresh").outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(check(out, "ret").outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(check(out, "ret").reason()).contains("2025-12-01T00:00:00Z");
    assertThat(out.report().checks()).noneMatch(ch -> ch.type().contains("availability"));
  }

  @Test
  void over_the_uniqueness_budget_the_check_errors_and_blocks() {
    Integer[] qty = new Integer[4000];
    String[] ids = new String[4000];
    String[] emails = new String[4000];
    String[] status = new String[4000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = "id-" + i;
      emails[i] = "a@x.io";
      qty[i] = 1;
      status[i] = "s";
    }
    QualityOutcome o = run(Contracts.contract(Contracts.orders().build()),
        QualitySettings.builder().setUniquenessBudgetBytes(16 * 1024).build(), orders(ids, emails, qty, status));
    CheckResult unique = check(o, "orders__order_id__field_primary_key_unique");
    assertThat(unique.outcome()).isEqualTo(CheckOutcome.ERROR);
    assertThat(unique.reason()).startsWith("uniqueness budget exceeded");
    assertThat(o.gate().accepted()).isFalse();
  }

  @Test
  void logical_type_options_cover_lengths_patterns_exclusive_bounds_and_multiples() {
    SchemaObject o = SchemaObject.builder("orders")
        .addProperty(SchemaProperty.builder("code", LogicalType.STRING).setLogicalTypeOptions(LogicalTypeOptions
            .builder().setMinLength(2).setMaxLength(3).setPattern("^[A-Z]+$").build()).build())
        .addProperty(SchemaProperty.builder("price", LogicalType.NUMBER).setLogicalTypeOptions(LogicalTypeOptions
            .builder().setExclusiveMinimum(0).setExclusiveMaximum(100).setMultipleOf(0.5).build()).build())
        .build();
    QualityOutcome out = run(Contracts.contract(o), QualitySettings.defaults(), root(
        strings(allocator, "code", "AB", "A", "ABCD", "ab"), doubles(allocator, "price", 0.0, 99.5, 100.0, 1.25)));
    Map<String, Long> unexpected = new java.util.HashMap<>();
    out.report().checks().forEach(c -> c.unexpectedCount().ifPresent(u -> unexpected.put(c.type(), u)));
    assertThat(unexpected).containsEntry("field_min_length", 1L).containsEntry("field_max_length", 1L)
        .containsEntry("field_regex", 1L).containsEntry("field_exclusive_minimum", 1L)
        .containsEntry("field_exclusive_maximum", 1L).containsEntry("field_multiple_of", 1L);
  }

  @Test
  void a_contract_error_becomes_an_error_check_not_an_exception() {
    SchemaObject o = SchemaObject.builder("orders").addProperty(SchemaProperty.builder("code", LogicalType.STRING)
        .setLogicalTypeOptions(LogicalTypeOptions.builder().setPattern("^(?=x).*").build()).build()).build();
    QualityOutcome out = run(Contracts.contract(o), QualitySettings.defaults(), root(strings(allocator, "code", "x")));
    assertThat(check(out, "orders__code__field_regex").outcome()).isEqualTo(CheckOutcome.ERROR);
    assertThat(check(out, "orders__code__field_regex").reason()).contains("look-around");
  }

  @Test
  void a_missing_column_fails_presence_and_errors_its_other_checks() {
    QualityOutcome o = run(Contracts.contract(Contracts.orders().build()), QualitySettings.defaults(),
        root(strings(allocator, "order_id", "A"), strings(allocator, "email", "a@x.io"),
            strings(allocator, "status", "s")));
    assertThat(check(o, "orders__qty__field_is_present").outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(check(o, "orders__qty__field_minimum").outcome()).isEqualTo(CheckOutcome.ERROR);
    assertThat(check(o, "orders__qty__field_minimum").reason()).contains("column 'qty' is not in the batch");
  }

  @Test
  void passes_of_partitions_merge_into_the_result_of_one_pass() {
    Contract c = Contracts.contract(Contracts.orders().build());
    QualityEngine engine = QualityEngine.forContract(c, "orders", QualitySettings.defaults());
    QualityPass left = engine.start();
    QualityPass right = engine.start();
    try (VectorSchemaRoot a = orders(new String[] {"A", "B"}, new String[] {"a@x.io", null}, new Integer[] {1, 2},
        new String[] {"s", "s"});
         VectorSchemaRoot b = orders(new String[] {"A", "C"}, new String[] {"c@x.io", "d@x.io"}, new Integer[] {3, 4},
             new String[] {"s", "t"})) {
      left.accept(a);
      right.accept(b);
    }
    left.merge(right);
    QualityReport r = left.finish().report();
    assertThat(r.rowCount()).isEqualTo(4);
    assertThat(r.check("orders__order_id__field_primary_key_unique").orElseThrow().unexpectedCount()).hasValue(1);
    assertThat(r.check("orders__email__field_required").orElseThrow().samples()).extracting(s -> s.row())
        .containsExactly(1L);
    assertThat(r.statistics("qty").orElseThrow().sum()).contains(10L);
  }

  @Test
  void an_unknown_schema_object_is_not_found_with_the_names_to_choose_from() {
    assertThatThrownBy(() -> QualityEngine.forContract(Contracts.contract(Contracts.orders().build()), "nope",
        QualitySettings.defaults())).isInstanceOf(MeshException.class).hasMessageContaining("[orders]");
  }

  private static io.datamesh.api.contract.QualityRuleBuilder rule(QualityMetric m, Operator op, int operand) {
    return QualityRule.builder().setMetric(m).setThreshold(Threshold.of(op, operand));
  }
}
