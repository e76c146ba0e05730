package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.Test;

/** Runs the observability port example of docs/observability.md; the page shows this code and its output. */
class ObservabilityPortDocTest {
  private static final Path DOC = Path.of("..", "docs", "observability.md");
  private static final Path SELF = Path.of("src/test/java/io/datamesh/core/ObservabilityPortDocTest.java");

  @Test
  void the_documented_example_reads_slo_states_from_the_observability_port() throws Exception {
    MutableClock clock = new MutableClock();
    Principal principal = Principal.builder("ana").setDomain("sales").build();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try (RootAllocator leakCheck = new RootAllocator()) {
      try (Mesh mesh = Mesh.builder().setAllocator(leakCheck).setClock(clock).build()) {
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        // doc:start
        mesh.register(Health.product()); // ports orders and refunds, and .addPort(PortKind.OBSERVABILITY, "health", ...)
        mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
        clock.advance(Duration.ofMinutes(70));
        Monitored.await(mesh, s -> !s.slos().isEmpty()); // the SLO monitor's next check

        ReadRequest request = ReadRequest.builder(Health.HEALTH, principal) // ...:observabilityports:health
            .setColumns(List.of("port", "snapshot_id", "rows", "quality_result", "slos")).build();
        try (ArrowReader reader = mesh.read(request)) {
          while (reader.loadNextBatch()) {
            System.out.print(reader.getVectorSchemaRoot().contentToTSVString());
          }
        }
        // doc:end
        mesh.close(Duration.ofSeconds(5));
      } finally {
        System.setOut(out);
      }
      assertThat(leakCheck.getAllocatedMemory()).isZero();
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    System.out.print(output);
    assertThat(output).contains("orders\t1\t10\tpassed\t").contains("\"sla\":\"latency\",\"state\":\"BREACHED\"")
        .contains("refunds\tnull\t0\tnull\t[]");
    String page = Files.readString(DOC);
    for (String line : output.strip().lines().toList()) {
      assertThat(page).as("docs/observability.md shows the printed line").contains(line);
    }
  }

  @Test
  void the_page_shows_the_tested_code() throws Exception {
    String test = Files.readString(SELF);
    String code = test.substring(test.indexOf("// doc:start") + "// doc:start".length(), test.indexOf("// doc:end"));
    String page = Files.readString(DOC);
    for (String line : code.strip().lines().map(String::strip).toList()) {
      assertThat(page).as("docs/observability.md shows the tested line").contains(line);
    }
  }
}
