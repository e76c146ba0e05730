package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.ipc.ArrowIpc;
import io.datamesh.arrow.mask.MaskMethod;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

class ObservabilityPortProperties {
  /** One step of a random history: a good or rejected publish of n rows, a clock move, or an SLO check. */
  record Step(String kind, int n) {}

  @Property(tries = 25)
  void after_any_history_the_observability_port_serves_exactly_what_observe_reports(
      @ForAll("histories") List<Step> history) throws Exception {
    MutableClock clock = new MutableClock();
    try (RootAllocator leakCheck = new RootAllocator()) {
      try (Mesh mesh = Mesh.builder().setAllocator(leakCheck).setClock(clock).setSloCheckInterval(Duration.ZERO)
          .setQualityHistory(4).build()) {
        mesh.register(Health.product());
        for (Step step : history) {
          apply((DefaultMesh) mesh, clock, step);
          assertThat(Health.read(mesh, Health.ANA)).as("after %s", step)
              .isEqualTo(Health.observed(mesh, Health.product()));
        }
      }
      assertThat(leakCheck.getAllocatedMemory()).isZero();
    }
  }

  private static void apply(DefaultMesh mesh, MutableClock clock, Step step) {
    switch (step.kind()) {
      case "publish" -> mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, step.n()));
      case "reject" -> {
        VectorSchemaRoot bad = Orders.batch(mesh.allocator(), 0, step.n());
        ((BigIntVector) bad.getVector("id")).setNull(0);
        assertThatThrownBy(() -> mesh.publish(Orders.PORT, bad)).isInstanceOf(MeshException.class);
      }
      case "advance" -> clock.advance(Duration.ofMinutes(step.n() * 7L));
      default -> mesh.checkSlos();
    }
  }

  @Provide
  Arbitrary<List<Step>> histories() {
    Arbitrary<Step> step = Arbitraries.of("publish", "reject", "advance", "check").flatMap(kind ->
        Arbitraries.integers().between(1, 20).map(n -> new Step(kind, n)));
    return step.list().ofMinSize(1).ofMaxSize(8);
  }

  /**
   * For random restricted values that a rejected publish's reason quotes, the observability port shows the reason
   * to a principal who reads the port in clear and to nobody else: neither the rows nor the IPC bytes a masked or
   * a denied principal reads carry the clear value.
   */
  @Property(tries = 20)
  void a_failure_reason_never_carries_a_masked_clear_value_to_the_observability_port(
      @ForAll("staleTimes") List<Instant> seen, @ForAll("methods") MaskMethod method) throws Exception {
    MutableClock clock = new MutableClock();
    Instant latest = seen.stream().max(Instant::compareTo).orElseThrow();
    try (RootAllocator leakCheck = new RootAllocator()) {
      try (Mesh mesh = Mesh.builder().setAllocator(leakCheck).setClock(clock)
          .setAccessPolicies(StatusContacts.policies(method).build()).build()) {
        mesh.register(StatusContacts.product());
        assertThatThrownBy(() -> mesh.publish(StatusContacts.PORT, StatusContacts.batch(mesh.allocator(), seen)))
            .isInstanceOf(MeshException.class);

        assertThat(Health.rows(mesh.read(ReadRequest.of(StatusContacts.HEALTH, StatusContacts.STEVE))).get(0)
            .lastFailureReason()).as("the oracle: the reason quotes the clear value").contains(latest.toString());
        List<String> served = new ArrayList<>();
        for (Principal p : List.of(StatusContacts.MIA, StatusContacts.SAM)) {
          served.add(String.valueOf(Health.rows(mesh.read(ReadRequest.of(StatusContacts.HEALTH, p)))));
          try (ArrowReader r = mesh.read(ReadRequest.of(StatusContacts.HEALTH, p))) {
            ByteArrayOutputStream ipc = new ByteArrayOutputStream();
            ArrowIpc.writeStream(r, ipc);
            served.add(ipc.toString(StandardCharsets.ISO_8859_1));
          }
        }
        for (Instant value : seen) {
          assertThat(served).allSatisfy(text -> assertThat(text).doesNotContain(value.toString()));
        }
      }
      assertThat(leakCheck.getAllocatedMemory()).isZero();
    }
  }

  @Provide
  Arbitrary<List<Instant>> staleTimes() {
    Instant now = new MutableClock().instant();
    return Arbitraries.longs().between(2 * 3600, 3 * 365 * 86_400L).map(s -> now.minusSeconds(s)).list()
        .ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<MaskMethod> methods() {
    return Arbitraries.of(MaskMethod.values());
  }
}
