package io.datamesh.samples.retail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the demo in short mode and checks what it prints and writes, as the README's CI check does. */
class RetailMeshTest {
  @Test
  void the_short_demo_registers_quarantines_governs_denies_and_writes_lineage() throws Exception {
    Path dir = Path.of("target", "retail-mesh-test");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RetailMesh.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), RetailMesh.SHORT_ROWS, dir, dir);
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
    assertThat(out).contains("published 10,000 / 10,000 rows (100%)",
        "run customer-lifetime-value  SUCCEEDED UPSTREAM_PUBLISH", "run campaign-segments        SUCCEEDED MANUAL",
        "read as mallory: PERMISSION_DENIED", "customer1@example.com")
        .containsPattern("\\n  1 +[0-9a-f]{64} +customer1@example.com\\n");

    // Governance: the grace policy warns without blocking; propagation passes, and the variant shows the finding.
    assertThat(out).contains(
        "WARNING retail.restricted-retention on customer-lifetime-value (grace until 2026-06-30T00:00:00Z)",
        "policy sets: [global retail-global 1.0.0, domain marketing marketing-governance 1.0.0]",
        "1 failed without blocking, 1 blocking",
        "mesh.classification-propagation on customer-lifetime-value: PASSED",
        "BLOCKING mesh.classification-propagation: field 'customer_lifetime_value.email' derives from",
        "orders --orders--> customer-lifetime-value", "latency MET");
    assertThat(Files.readString(dir.resolve("lineage.mmd"))).startsWith("flowchart LR");
    assertThat(Files.readString(dir.resolve("governance.md"))).contains("retail.restricted-retention");

    assertTourLinesAppearIn(out);

    Path events = dir.resolve("lineage.jsonl");
    assertThat(out).contains("Events file: " + events.toAbsolutePath());
    List<String> lines = Files.readAllLines(events);
    assertThat(lines).isNotEmpty();
    assertThat(out).contains("  " + lines.size() + " events, one JSON object per line");
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode event = json.readTree(line);
      assertThat(event.isObject()).as(line).isTrue();
    }
  }

  /**
   * Checks the README's tour against the output: every excerpt line that does not depend on the number of orders
   * (no counts, timings or elisions) must be a line the short demo printed.
   */
  private static void assertTourLinesAppearIn(String out) throws Exception {
    String readme = Files.readString(Path.of("..", "..", "README.md"));
    String tour = readme.substring(readme.indexOf("## What the demo shows"), readme.indexOf("## Declare and register"));
    List<String> printed = out.lines().toList();
    List<String> stable = new ArrayList<>();
    boolean inCode = false;
    for (String line : tour.lines().toList()) {
      if (line.startsWith("```")) {
        inCode = !inCode;
      } else if (inCode && !line.matches(".*(…|\\d,\\d|\\d+ rows| ms|PT\\d|o-000).*")) {
        stable.add(line);
      }
    }
    assertThat(stable).hasSizeGreaterThan(10);
    assertThat(printed).as(out).containsAll(stable);
  }
}
