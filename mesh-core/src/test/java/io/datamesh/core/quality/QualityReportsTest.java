package io.datamesh.core.quality;

import static io.datamesh.core.quality.Vectors.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.datamesh.api.contract.Operator;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.QualityType;
import io.datamesh.api.contract.Threshold;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.quality.QualityReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class QualityReportsTest {
  private static final Path SCHEMA = Path.of("..", "docs", "schemas", "run.schema.json");
  private final BufferAllocator allocator = allocator();

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  private QualityReport mixedReport() {
    QualityRule sql = QualityRule.builder().setType(QualityType.SQL).setQuery("SELECT 1")
        .setThreshold(Threshold.of(Operator.MUST_BE, 1)).setId("sql_rule").build();
    QualityRule warn = QualityRule.builder().setMetric(QualityMetric.ROW_COUNT)
        .setThreshold(Threshold.of(Operator.MUST_BE_GREATER_THAN, 10)).setSeverity("warning").setId("rc").build();
    return QualityEngineTest.run(Contracts.withRules(List.of(sql, warn)),
        QualitySettings.builder().setServer("local").build(),
        root(strings(allocator, "order_id", "A", "A & <B>"), strings(allocator, "email", "a@x.io", null),
            ints(allocator, "qty", 1, 5000), strings(allocator, "status", "s", "\"quoted\""))).report();
  }

  @Test
  void the_json_report_has_the_datacontract_cli_run_shape_and_validates_against_the_published_schema()
      throws Exception {
    QualityReport report = mixedReport();
    String json = QualityReports.toJson(report);
    Schema schema;
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertThat(errors).isEmpty();
    JsonNode run = new ObjectMapper().readTree(json);
    assertThat(run.get("result").asText()).isEqualTo("failed");
    assertThat(run.get("server").asText()).isEqualTo("local");
    JsonNode pk = find(run, "orders__order_id__field_primary_key_unique");
    assertThat(pk.get("result").asText()).isEqualTo("passed");
    assertThat(pk.get("field").asText()).isEqualTo("order_id");
    assertThat(pk.get("diagnostics").get("unexpectedCount").asLong()).isEqualTo(0);
    JsonNode max = find(run, "orders__qty__field_maximum");
    assertThat(max.get("result").asText()).isEqualTo("failed");
    assertThat(max.get("diagnostics").get("unexpectedPercent").asDouble()).isEqualTo(50.0);
    assertThat(max.get("failedSamples").get(0).get("value").asText()).isEqualTo("5000");
    assertThat(find(run, "sql_rule").get("result").asText()).isEqualTo("skipped");
    assertThat(find(run, "rc").get("result").asText()).isEqualTo("warning");
    assertThat(find(run, "orders__email__field_required").get("failedSamples").get(0).get("key").get("order_id")
        .asText()).isEqualTo("A & <B>");
    assertThat(run.get("statistics").get(2).get("sum").asLong()).isEqualTo(5001);
  }

  @Test
  void a_report_that_breaks_the_schema_is_caught_by_the_validator() throws Exception {
    String broken = QualityReports.toJson(mixedReport()).replace("\"result\" : \"failed\"", "\"result\" : \"bad\"");
    Schema schema;
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
  }

  private static JsonNode find(JsonNode run, String id) {
    for (JsonNode c : run.get("checks")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void the_junit_xml_parses_and_counts_failures_errors_and_skips() throws Exception {
    QualityReport report = mixedReport();
    String xml = QualityReports.toJunitXml(report);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(report.checks().size());
    long failed = report.checks().stream().filter(c -> c.outcome() == CheckOutcome.FAILED).count();
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo((int) failed).isPositive();
    assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(failed));
  }

  @Test
  void the_store_keeps_the_latest_report_and_a_bounded_metric_history() {
    QualityStore store = QualityStore.inMemory(2);
    QualityReport first = mixedReport();
    QualityReport second = mixedReport();
    QualityReport third = mixedReport();
    store.record("orders-v1", first);
    store.record("orders-v1", second);
    store.record("orders-v1", third);
    assertThat(store.latest("orders-v1")).contains(third);
    assertThat(store.history("orders-v1")).extracting(MetricPoint::runId).containsExactly(second.runId(), third.runId());
    assertThat(store.history("orders-v1").get(0).metrics()).containsEntry("rowCount", 2.0).containsEntry("rc", 2.0);
    assertThat(store.latest("other")).isEmpty();
    assertThat(store.history("other")).isEmpty();
  }
}
