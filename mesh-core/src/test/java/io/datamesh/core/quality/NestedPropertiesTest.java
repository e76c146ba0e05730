package io.datamesh.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.Threshold;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.quality.CheckResult;
import io.datamesh.api.quality.ColumnStatistics;
import io.datamesh.arrow.ArrowSchemas;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.complex.impl.UnionListWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Checks of properties nested in objects run on the Struct children, and rules on array items on the items. */
class NestedPropertiesTest {
  private static final Path SCHEMA = Path.of("..", "docs", "schemas", "run.schema.json");

  private final BufferAllocator allocator = Vectors.allocator();

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  /**
   * orders(id, address object{zip string required maxLength 5, geo object{floor integer maximum 50}}, tags array of
   * string items with maxLength 3 and a nullValues rule).
   */
  static Contract contract() {
    SchemaProperty geo = SchemaProperty.builder("geo", LogicalType.OBJECT)
        .addProperty(SchemaProperty.builder("floor", LogicalType.INTEGER)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMaximum(50).build()).build())
        .build();
    SchemaProperty address = SchemaProperty.builder("address", LogicalType.OBJECT)
        .addProperty(SchemaProperty.builder("zip", LogicalType.STRING).setRequired(true)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMaxLength(5).build())
            .addQualityRule(QualityRule.builder().setMetric(QualityMetric.NULL_VALUES).setId("zip_nulls")
                .setThreshold(Threshold.of(Operator.MUST_BE, 0))
                .setSeverity("warning").build())
            .build())
        .addProperty(geo)
        .build();
    SchemaProperty tags = SchemaProperty.builder("tags", LogicalType.ARRAY)
        .setItems(SchemaProperty.builder("item", LogicalType.STRING)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMaxLength(3).build())
            .addQualityRule(QualityRule.builder().setMetric(QualityMetric.NULL_VALUES)
                .setThreshold(Threshold.of(Operator.MUST_BE, 0)).build()).build())
        .build();
    SchemaObject o = SchemaObject.builder("orders")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(address).addProperty(tags).build();
    return Contract.builder().setId("orders-contract").setVersion("1.0.0").addSchemaObject(o).build();
  }

  /** One order: address null when {@code zip == "-"}, geo null when floor is null. */
  record Order(long id, String zip, Long floor, List<String> tags) {}

  static VectorSchemaRoot batch(BufferAllocator a, Order... orders) {
    VectorSchemaRoot root = VectorSchemaRoot.create(ArrowSchemas.of(contract(), "orders"), a);
    root.allocateNew();
    BigIntVector id = (BigIntVector) root.getVector("id");
    StructVector address = (StructVector) root.getVector("address");
    VarCharVector zip = (VarCharVector) address.getChild("zip");
    StructVector geo = (StructVector) address.getChild("geo");
    BigIntVector floor = (BigIntVector) geo.getChild("floor");
    ListVector tags = (ListVector) root.getVector("tags");
    UnionListWriter w = tags.getWriter();
    for (int r = 0; r < orders.length; r++) {
      Order o = orders[r];
      id.setSafe(r, o.id());
      boolean present = !"-".equals(o.zip());
      if (present) {
        address.setIndexDefined(r);
      } else {
        address.setNull(r);
      }
      // Under a null address the child slots hold values that would break every rule: they must not count.
      if (o.zip() == null) {
        zip.setNull(r);
      } else {
        zip.setSafe(r, (present ? o.zip() : "toolong").getBytes(StandardCharsets.UTF_8));
      }
      if (o.floor() == null) {
        geo.setNull(r);
        floor.setSafe(r, 999);
      } else {
        geo.setIndexDefined(r);
        floor.setSafe(r, present ? o.floor() : 999);
      }
      w.setPosition(r);
      w.startList();
      for (String t : o.tags()) {
        byte[] b = t.getBytes(StandardCharsets.UTF_8);
        try (var buf = a.buffer(b.length)) {
          buf.setBytes(0, b);
          w.varChar().writeVarChar(0, b.length, buf);
        }
      }
      w.endList();
    }
    root.setRowCount(orders.length);
    return root;
  }

  private static QualityOutcome run(QualitySettings s, VectorSchemaRoot batch) {
    QualityPass pass = QualityEngine.forContract(contract(), "orders", s).start();
    try (batch) {
      pass.accept(batch);
    }
    return pass.finish();
  }

  private static CheckResult check(QualityOutcome o, String id) {
    return o.report().check(id).orElseThrow(() -> new AssertionError(id + " not in " + o.report().checks().stream()
        .map(CheckResult::id).toList()));
  }

  @Test
  void nested_required_and_options_run_on_the_struct_children_by_dotted_path() {
    QualityOutcome o = run(QualitySettings.defaults(), batch(allocator,
        new Order(1, "12345", 3L, List.of("a")),
        new Order(2, null, 7L, List.of()),          // zip null inside a present address: breaks required
        new Order(3, "-", null, List.of("abcd")),     // no address: zip and floor absent, garbage beneath
        new Order(4, "123456", 51L, List.of()),     // too long, floor above 50
        new Order(5, "54321", null, List.of())));    // geo null: floor absent, not above 50

    CheckResult required = check(o, "orders__address_zip__field_required");
    assertThat(required.outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(required.property()).hasValue("address.zip");
    assertThat(required.unexpectedCount()).hasValue(1);
    assertThat(required.samples()).extracting(s -> s.row()).containsExactly(1L);
    assertThat(required.reason()).contains("on 'address.zip'");
    assertThat(check(o, "orders__address_zip__field_max_length").unexpectedCount()).hasValue(1);
    CheckResult max = check(o, "orders__address_geo_floor__field_maximum");
    assertThat(max.outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(max.property()).hasValue("address.geo.floor");
    assertThat(max.samples()).extracting(s -> s.row() + "=" + s.value().orElse("")).containsExactly("3=51");
    // nullValues counts a zip under a null address as null: rows 1 and 2
    assertThat(check(o, "zip_nulls").unexpectedCount()).hasValue(2);
    assertThat(check(o, "orders__address_geo_floor__field_is_present").outcome()).isEqualTo(CheckOutcome.PASSED);
    assertThat(o.gate().accepted()).isFalse();
    assertThat(o.gate().reason()).contains("address.zip").contains("address.geo.floor");

    ColumnStatistics floor = o.report().statistics().stream().filter(s -> s.column().equals("address.geo.floor"))
        .findFirst().orElseThrow();
    assertThat(floor.count()).isEqualTo(5);
    assertThat(floor.nulls()).isEqualTo(2);
    assertThat(floor.max()).contains(51L);
    assertThat(o.report().statistics()).extracting(ColumnStatistics::column)
        .contains("address", "address.zip", "address.geo", "address.geo.floor", "tags");
  }

  @Test
  void rules_inside_array_items_run_on_the_items() {
    QualityOutcome o = run(QualitySettings.defaults(), batch(allocator, new Order(1, "12345", 3L,
        List.of("abc", "abcd")), new Order(2, "12345", 3L, List.of("ab"))));

    CheckResult max = check(o, "orders__tags____field_max_length");
    assertThat(max.property()).hasValue("tags[]");
    assertThat(max.outcome()).isEqualTo(CheckOutcome.FAILED);
    assertThat(max.unexpectedCount()).hasValue(1);
    assertThat(max.reason()).startsWith("1 of 2 rows (50%) break maxLength on 'tags[]' in at least one item");
    assertThat(max.samples()).extracting(s -> s.row() + "=" + s.value().orElse("")).containsExactly(
        "0=[abc, abcd]");
    assertThat(check(o, "orders__tags____field_null_values").outcome()).isEqualTo(CheckOutcome.PASSED);
    assertThat(check(o, "orders__tags____field_is_present").outcome()).isEqualTo(CheckOutcome.PASSED);
    assertThat(o.gate().accepted()).isFalse();
    assertThat(o.report().statistics()).extracting(ColumnStatistics::column).doesNotContain("tags[]");
  }

  @Test
  void a_nested_report_still_validates_against_the_run_schema() throws Exception {
    QualityOutcome o = run(QualitySettings.defaults(), batch(allocator,
        new Order(1, null, 99L, List.of("a")), new Order(2, "-", null, List.of())));
    String json = QualityReports.toJson(o.report());
    Schema schema;
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    JsonNode run = new ObjectMapper().readTree(json);
    JsonNode required = null;
    for (JsonNode c : run.get("checks")) {
      if (c.get("key").asText().equals("orders__address_zip__field_required")) {
        required = c;
      }
    }
    assertThat(required).isNotNull();
    assertThat(required.get("field").asText()).isEqualTo("address.zip");
    assertThat(required.get("result").asText()).isEqualTo("failed");
    assertThat(QualityReports.toJunitXml(o.report())).contains("address.zip");
  }
}
