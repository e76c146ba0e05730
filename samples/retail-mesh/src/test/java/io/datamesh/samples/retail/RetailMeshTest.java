package io.datamesh.samples.retail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the demo in short mode and checks what it prints and writes, as the README's CI check does. */
class RetailMeshTest {
  @Test
  void the_short_demo_registers_quarantines_denies_and_writes_lineage() throws Exception {
    Path dir = Path.of("target", "retail-mesh-test");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RetailMesh.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), RetailMesh.SHORT_ROWS, dir);
    String out = bytes.toString(StandardCharsets.UTF_8);

    for (var p : List.of(RetailProducts.ORDERS, RetailProducts.CUSTOMERS, RetailProducts.CLV,
        RetailProducts.SEGMENTS)) {
      assertThat(out).as(out).contains(RetailProducts.port(p).toString());
    }
    Matcher published = Pattern.compile("snapshot 1: ([\\d,]+) rows published, ([\\d,]+) quarantined").matcher(out);
    assertThat(published.find()).as(out).isTrue();
    long quarantined = Long.parseLong(published.group(2).replace(",", ""));
    assertThat(quarantined).isPositive();
    assertThat(Long.parseLong(published.group(1).replace(",", "")) + quarantined).isEqualTo(RetailMesh.SHORT_ROWS);
    assertThat(out).contains("customer-lifetime-value  SUCCEEDED", "campaign-segments        SUCCEEDED",
        "customers/customers as mallory: PERMISSION_DENIED", "email=customer1@example.com")
        .containsPattern("email=[0-9a-f]{64}");

    assertThat(out).contains("orders --orders--> customer-lifetime-value", "48 passed", "1 blocking", "latency MET");
    assertThat(Files.readString(dir.resolve("lineage.mmd"))).startsWith("flowchart LR");
    assertThat(dir.resolve("governance.md")).isNotEmptyFile();

    Path events = dir.resolve("lineage.jsonl");
    List<String> lines = Files.readAllLines(events);
    assertThat(out).contains("Lineage: " + lines.size() + " OpenLineage events");
    assertThat(lines).isNotEmpty();
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode event = json.readTree(line);
      assertThat(event.isObject()).as(line).isTrue();
    }
  }
}
