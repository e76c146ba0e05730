package io.datamesh.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.event.MeshEventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the events shown in {@code docs/metadata.md} real: they are what the mapper emits today. Run with
 * {@code -Ddatamesh.writeDocs=true} to rewrite the blocks after a deliberate change.
 */
class MetadataDocTest {
  private static final Path DOC = Path.of("..", "docs", "metadata.md");

  static Map<String, JsonNode> examples() throws IOException {
    Fixtures fx = new Fixtures();
    LineageMapper mapper = fx.mapper(false);
    var orders = Fixtures.orders("1.0.0");
    fx.registry.put(orders.urn(), orders);
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    examples.put("dataset", Fixtures.mapValid(mapper, Fixtures.product(MeshEventType.PRODUCT_REGISTERED, orders))
        .get(0));
    examples.put("publish", Fixtures.mapValid(mapper, Fixtures.port(MeshEventType.SNAPSHOT_PUBLISHED,
        Fixtures.LINES, Map.of("snapshotId", 42, "rows", 1000, "bytes", 65536, "mode", "REPLACE",
            "startedAt", "2026-03-01T10:15:00Z",
            "inputs", List.of(Map.of("port", Fixtures.CUSTOMERS, "snapshotId", 7)),
            "metrics", Map.of("amount", Map.of("nullCount", 2, "min", 0.5, "max", 99.0)),
            "columnLineage", Map.of("customer", List.of(Fixtures.CUSTOMERS + "#email"))))).get(1));
    examples.put("quality", Fixtures.mapValid(mapper, Fixtures.port(MeshEventType.QUALITY_CHECKED, Fixtures.LINES,
        Map.of("snapshotId", 42, "rows", 1000,
            "metrics", Map.of("order_id", Map.of("nullCount", 0, "distinctCount", 1000)),
            "checks", List.of(Map.of("name", "order_id_not_null", "outcome", "passed", "assertion", "not_null",
                "property", "order_id"))))).get(1));
    return examples;
  }

  @Test
  void the_events_in_the_metadata_guide_are_the_ones_the_mapper_emits() throws IOException {
    String doc = Files.readString(DOC);
    for (Map.Entry<String, JsonNode> e : examples().entrySet()) {
      String pretty = OpenLineageSchemas.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue());
      String start = "<!-- example:" + e.getKey() + " -->\n```json\n";
      int from = doc.indexOf(start);
      assertThat(from).as("marker %s in %s", start, DOC).isNotNegative();
      int to = doc.indexOf("```", from + start.length());
      if (Boolean.getBoolean("datamesh.writeDocs")) {
        doc = doc.substring(0, from + start.length()) + pretty + "\n" + doc.substring(to);
        Files.writeString(DOC, doc);
        continue;
      }
      assertThat(OpenLineageSchemas.JSON.readTree(doc.substring(from + start.length(), to)))
          .as("the %s example of %s; rerun with -Ddatamesh.writeDocs=true", e.getKey(), DOC)
          .isEqualTo(e.getValue());
    }
  }
}
