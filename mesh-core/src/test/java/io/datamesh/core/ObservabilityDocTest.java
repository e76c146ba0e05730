package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.core.observe.PortStatus;
import io.datamesh.core.observe.SloState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/** Runs the example of docs/observability.md and checks the page still shows exactly this code. */
class ObservabilityDocTest {
  private static final Path DOC = Path.of("..", "docs", "observability.md");

  @Test
  void the_documented_example_catches_a_product_that_stops_publishing() throws Exception {
    List<MeshEvent> events = new CopyOnWriteArrayList<>();
    MutableClock clock = new MutableClock();
    try (RootAllocator leakCheck = new RootAllocator()) {
      try (Mesh mesh = Mesh.builder().setAllocator(leakCheck).setClock(clock).addEmitter(events::add).build()) {
        // doc:start
        mesh.register(Monitored.orders()); // latency: 1 h, frequency: 1 d, availability
        mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));

        clock.advance(Duration.ofMinutes(70)); // nothing published for 70 minutes
        PortStatus status = Monitored.await(mesh, s -> !s.slos().isEmpty()); // the next check, on the mesh clock

        System.out.println(status.snapshotId() + " " + status.rows() + " rows, published " + status.lastPublished());
        status.slos().forEach(s -> System.out.println(s.sla() + " " + s.state() + " " + s.observed() + "/" + s.allowed()));
        // doc:end
        assertThat(Monitored.state(status, "latency")).hasValue(SloState.BREACHED);
        assertThat(Monitored.state(status, "frequency")).hasValue(SloState.MET);
        assertThat(Monitored.state(status, "availability")).hasValue(SloState.MET);
        mesh.close(Duration.ofSeconds(5));
      }
      assertThat(leakCheck.getAllocatedMemory()).isZero();
    }
    assertThat(events).filteredOn(e -> e.type() == MeshEventType.SLO_STATE_CHANGED).singleElement()
        .satisfies(e -> assertThat(e.attributes()).containsEntry("from", "MET").containsEntry("to", "BREACHED")
            .containsEntry("observed", "PT1H10M").containsEntry("allowed", "PT1H"));
  }

  @Test
  void the_page_shows_the_tested_code() throws Exception {
    String test = Files.readString(Path.of("src/test/java/io/datamesh/core/ObservabilityDocTest.java"));
    String code = test.substring(test.indexOf("// doc:start") + "// doc:start".length(), test.indexOf("// doc:end"));
    String page = Files.readString(DOC);
    for (String line : code.strip().lines().map(String::strip).toList()) {
      assertThat(page).as("docs/observability.md shows the tested line").contains(line);
    }
  }
}
