package io.datamesh.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.Operator;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.QualityUnit;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.Threshold;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.quality.CheckResult;
import io.datamesh.arrow.ArrowSchemas;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rules on array items, through the engine: a row breaks an item rule when any of its items does; metrics count
 * such rows; what stays unsupported inside items is reported skipped with the reason.
 */
class ItemPropertiesTest {
  private static final Path SCHEMA = Path.of("..", "docs", "schemas", "run.schema.json");

  private final BufferAllocator allocator = Vectors.allocator();

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  /**
   * orders(id, lines array of {sku string required pattern S[0-9]+ unique, qty integer maximum 10, sku
   * missingValues below 30 percent}, tags array of string {maxLength 3, invalidValues in a/b/cc, duplicateValues,
   * primaryKey}, matrix array of array of integer maximum 5).
   */
  static Contract contract() {
    SchemaProperty line = SchemaProperty.builder("line", LogicalType.OBJECT)
        .addProperty(SchemaProperty.builder("sku", LogicalType.STRING).setRequired(true).setUnique(true)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setPattern("^S[0-9]+$").build())
            .addQualityRule(QualityRule.builder().setMetric(QualityMetric.MISSING_VALUES).setId("sku_missing")
                .setMissingValues(Arrays.asList("", "N/A")).setUnit(QualityUnit.PERCENT)
                .setThreshold(Threshold.of(Operator.MUST_BE_LESS_THAN, 30)).build())
            .build())
        .addProperty(SchemaProperty.builder("qty", LogicalType.INTEGER)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMaximum(10).build()).build())
        .build();
    SchemaProperty tags = SchemaProperty.builder("tags", LogicalType.ARRAY)
        .setItems(SchemaProperty.builder("item", LogicalType.STRING).setPrimaryKey(true)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMaxLength(3).build())
            .addQualityRule(QualityRule.builder().setMetric(QualityMetric.INVALID_VALUES).setId("tags_valid")
                .setValidValues(List.of("a", "b", "cc")).setThreshold(Threshold.of(Operator.MUST_BE, 0)).build())
            .addQualityRule(QualityRule.builder().setMetric(QualityMetric.DUPLICATE_VALUES).setId("tags_dup")
                .setThreshold(Threshold.of(Operator.MUST_BE, 0)).build())
            .build())
        .build();
    SchemaProperty matrix = SchemaProperty.builder("matrix", LogicalType.ARRAY)
        .setItems(SchemaProperty.builder("row", LogicalType.ARRAY)
            .setItems(SchemaProperty.builder("cell", LogicalType.INTEGER)
                .setLogicalTypeOptions(LogicalTypeOptions.builder().setMaximum(5).build()).build())
            .build())
        .build();
    SchemaObject o = SchemaObject.builder("orders")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(SchemaProperty.builder("lines", LogicalType.ARRAY).setItems(line).build())
        .addProperty(tags).addProperty(matrix).build();
    return Contract.builder().setId("orders-items").setVersion("1.0.0").addSchemaObject(o).build();
  }

  /** A line item: null when {@code sku == "-"} (its child slots then hold values that break every rule). */
  record Line(String sku, Long qty) {}

  /** One order; a null list is a null row slot. */
  record Order(List<Line> lines, List<String> tags) {}

  static VectorSchemaRoot batch(BufferAllocator a, Order... orders) {
    VectorSchemaRoot root = VectorSchemaRoot.create(ArrowSchemas.of(contract(), "orders"), a);
    root.allocateNew();
    BigIntVector id = (BigIntVector) root.getVector("id");
    ListVector lines = (ListVector) root.getVector("lines");
    StructVector line = (StructVector) lines.getDataVector();
    VarCharVector sku = (VarCharVector) line.getChild("sku");
    BigIntVector qty = (BigIntVector) line.getChild("qty");
    ListVector tags = (ListVector) root.getVector("tags");
    VarCharVector tag = (VarCharVector) tags.getDataVector();
    ListVector matrix = (ListVector) root.getVector("matrix");
    for (int r = 0; r < orders.length; r++) {
      Order o = orders[r];
      id.setSafe(r, r);
      if (o.lines() == null) {
        lines.setNull(r);
      } else {
        int at = lines.startNewValue(r);
        for (Line l : o.lines()) {
          boolean present = !"-".equals(l.sku());
          if (present) {
            line.setIndexDefined(at);
          } else {
            line.setNull(at);
          }
          if (l.sku() == null) {
            sku.setNull(at);
          } else {
            sku.setSafe(at, (present ? l.sku() : "bad").getBytes(StandardCharsets.UTF_8));
          }
          qty.setSafe(at, present && l.qty() != null ? l.qty() : 999);
          if (present && l.qty() == null) {
            qty.setNull(at);
          }
          at++;
        }
        lines.endValue(r, o.lines().size());
      }
      if (o.tags() == null) {
        tags.setNull(r);
      } else {
        int at = tags.startNewValue(r);
        for (String t : o.tags()) {
          if (t == null) {
            tag.setNull(at++);
          } else {
            tag.setSafe(at++, t.getBytes(StandardCharsets.UTF_8));
          }
        }
        tags.endValue(r, o.tags().size());
      }
      matrix.startNewValue(r);
      matrix.endValue(r, 0);
    }
    lines.setValueCount(orders.length);
    tags.setValueCount(orders.length);
    matrix.setValueCount(orders.length);
    root.setRowCount(orders.length);
    return root;
  }

  private static QualityOutcome run(VectorSchemaRoot batch) {
    QualityPass pass = QualityEngine.forContract(contract(), "orders", QualitySettings.defaults()).start();
    try (batch) {
      pass.accept(batch);
    }
    return pass.finish();
  }

  private static CheckResult check(QualityOutcome o, String id) {
    return o.report().check(id).orElseThrow(() -> new AssertionError(id + " not in " + o.report().checks().stream()
        .map(CheckResult::id).toList()));
  }

  private QualityOutcome sample() {
    return run(batch(allocator,
        new Order(List.of(new Line("S1", 2L), new Line("S2", 11L)), List.of("a", "b")), // qty 11 > 10
        new Order(List.of(), List.of()),                                               // empty lists
        new Order(null, null),                                                         // null lists
        new Order(List.of(new Line("-", null)), Arrays.asList("a", null)),             // a null item
        new Order(List.of(new Line(null, 3L), new Line("X9", 1L)), List.of("dddd")),   // sku null, bad sku
        new Order(List.of(new Line("N/A", 99L), new Line("", 1L)), List.of("cc", "b")))); // missing skus, 99
  }

  @Test
  void item_options_and_required_break_the_rows_holding_a_bad_item() {
    QualityOutcome o = sample();

    CheckResult max = check(o, "orders__lines___qty__field_maximum");
    assertThat(max.property()).hasValue("lines[].qty");
    assertThat(max.outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(max.unexpectedCount()).hasValue(2);
    assertThat(max.reason()).startsWith("2 of 6 rows (33.33%) break maximum on 'lines[].qty' in at least one item");
    assertThat(max.samples()).extracting(s -> s.row() + "=" + s.value().orElse(""))
        .containsExactly("0=[2, 11]", "5=[99, 1]");
    CheckResult required = check(o, "orders__lines___sku__field_required");
    assertThat(required.unexpectedCount()).hasValue(1); // row 4; the null item of row 3 is not a present line
    assertThat(required.samples()).extracting(s -> s.row()).containsExactly(4L);
    assertThat(check(o, "orders__lines___sku__field_regex").unexpectedCount()).hasValue(2); // X9; N/A and ""
    assertThat(check(o, "orders__tags____field_max_length").unexpectedCount()).hasValue(1);
    assertThat(check(o, "orders__lines___sku__field_is_present").outcome()).isEqualTo(CheckOutcome.PASSED);
    assertThat(o.gate().accepted()).isFalse();
    assertThat(o.gate().reason()).contains("lines[].qty");
  }

  @Test
  void item_metrics_count_rows_with_an_offending_item_against_the_threshold() {
    QualityOutcome o = sample();

    CheckResult missing = check(o, "sku_missing"); // rows 3 (null item), 4 (null sku), 5 (N/A, "")
    assertThat(missing.unexpectedCount()).hasValue(3);
    assertThat(missing.observedValue()).hasValue(50.0);
    assertThat(missing.outcome()).isEqualTo(CheckOutcome.FAILED);
    CheckResult invalid = check(o, "tags_valid"); // row 4 (dddd); null items are not invalid
    assertThat(invalid.unexpectedCount()).hasValue(1);
    assertThat(invalid.samples()).extracting(s -> s.value().orElse("")).containsExactly("[dddd]");
  }

  @Test
  void keys_primary_keys_and_arrays_inside_items_are_skipped_with_the_reason() {
    QualityOutcome o = sample();

    CheckResult unique = check(o, "orders__lines___sku__field_unique");
    assertThat(unique.outcome()).isEqualTo(CheckOutcome.SKIPPED);
    assertThat(unique.reason()).isEqualTo("unique inside array items is not supported: orders.lines[].sku was not"
        + " evaluated; check uniqueness on a top-level or object property");
    CheckResult dup = check(o, "tags_dup");
    assertThat(dup.outcome()).isEqualTo(CheckOutcome.SKIPPED);
    assertThat(dup.type()).isEqualTo("field_duplicate_values");
    assertThat(dup.reason()).startsWith("duplicateValues inside array items is not supported: orders.tags[]");
    assertThat(check(o, "orders__tags____field_primary_key").reason())
        .startsWith("a primary key cannot lie inside array items: orders.tags[]");
    CheckResult cell = check(o, "orders__matrix______field_maximum");
    assertThat(cell.outcome()).isEqualTo(CheckOutcome.SKIPPED);
    assertThat(cell.reason()).isEqualTo("checks inside arrays nested in array items are not supported yet:"
        + " orders.matrix[][] was not evaluated");
    assertThat(o.report().statistics()).extracting(s -> s.column()).contains("lines", "tags")
        .noneMatch(c -> c.contains("[]"));
  }

  @Test
  void an_items_report_validates_against_the_run_schema() throws Exception {
    String json = QualityReports.toJson(sample().report());
    Schema schema;
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    List<String> fields = new java.util.ArrayList<>();
    new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("checks")
        .forEach(c -> fields.add(c.path("field").asText()));
    assertThat(fields).contains("lines[].qty", "lines[].sku", "tags[]", "matrix[][]");
  }
}
