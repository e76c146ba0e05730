package io.datamesh.core;

import static io.datamesh.core.Products.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.LifecycleStatus;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.Version;
import io.datamesh.core.governance.Deprecation;
import io.datamesh.core.governance.PolicySet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleTest {
  private final TestClock clock = new TestClock("2026-01-01T00:00:00Z");
  private final DefaultMesh mesh = (DefaultMesh) Mesh.builder().setClock(clock)
      .setRetireQuietPeriod(Duration.ofDays(30)).build();
  private final DataProduct v1 = source("orders", "1.0.0");
  private final DataProduct v2 = source("orders", "2.0.0");
  private final PortAddress port = v1.outputPorts().get(0).address();
  private final Instant sunset = Instant.parse("2026-03-01T00:00:00Z");

  @AfterEach
  void close() {
    mesh.close();
  }

  @Test
  void a_deprecated_product_warns_every_read_and_keeps_its_deprecation_across_new_versions() {
    mesh.register(v1);
    mesh.register(v2);
    assertThat(mesh.readWarning(port)).isEmpty();
    Deprecation d = mesh.deprecate(v1.urn(), sunset, v2.urn());
    assertThat(d.announced()).isEqualTo(clock.instant());
    assertThat(mesh.product(v1.urn())).hasValueSatisfying(p -> assertThat(p.status())
        .isEqualTo(LifecycleStatus.DEPRECATED));
    assertThat(mesh.readWarning(port)).hasValueSatisfying(w -> assertThat(w).contains("deprecated")
        .contains(sunset.toString()).contains("move to " + v2.urn()));
    assertThat(mesh.register(v1).action()).as("re-registering the descriptor").isEqualTo(
        RegistrationResult.Action.UNCHANGED);
    assertThat(mesh.register(source("orders", "1.0.1")).product().status()).isEqualTo(LifecycleStatus.DEPRECATED);
  }

  @Test
  void deprecation_needs_a_future_sunset_and_a_registered_replacement() {
    mesh.register(v1);
    assertThatThrownBy(() -> mesh.deprecate(v1.urn(), clock.instant())).hasMessageContaining("is not after now");
    assertThatThrownBy(() -> mesh.deprecate(v1.urn(), sunset, v2.urn())).hasMessageContaining("register it first");
    assertThatThrownBy(() -> mesh.deprecate(ProductUrn.parse("urn:dpds:com.example:dataproducts:nope:1"), sunset))
        .isInstanceOf(MeshException.class)
        .satisfies(e -> assertThat(((MeshException) e).status()).isEqualTo(MeshStatus.NOT_FOUND));
  }

  @Test
  void retire_is_refused_until_deprecated_past_the_sunset_and_unread_for_the_quiet_period() {
    mesh.register(v1);
    assertThatThrownBy(() -> mesh.retire(v1.urn())).hasMessageContaining("not deprecated");
    mesh.deprecate(v1.urn(), sunset);
    assertThatThrownBy(() -> mesh.retire(v1.urn())).hasMessageContaining("not before");
    clock.advance(Duration.ofDays(70));
    mesh.recordConsumer(port, "analytics-team");
    clock.advance(Duration.ofDays(29));
    assertThatThrownBy(() -> mesh.retire(v1.urn())).hasMessageContaining("1 consumer(s) read it within the last 30")
        .hasMessageContaining("analytics-team read " + port + " (1.0.0)");
    clock.advance(Duration.ofDays(2));
    DataProduct retired = mesh.retire(v1.urn());
    assertThat(retired.status()).isEqualTo(LifecycleStatus.RETIRED);
    assertThat(mesh.product(v1.urn())).contains(retired);
    assertThat(mesh.readWarning(port)).hasValueSatisfying(w -> assertThat(w).contains("retired"));
    assertThatThrownBy(() -> mesh.register(source("orders", "1.0.1"))).hasMessageContaining("is retired");
  }

  @Test
  void deprecating_an_upstream_blocks_new_consumers_under_the_built_ins() {
    try (Mesh governed = Mesh.builder().setClock(clock).setPolicies(PolicySet.builtIns()).build()) {
      governed.register(v1);
      governed.deprecate(v1.urn(), sunset);
      assertThatThrownBy(() -> governed.register(Products.reading("reports", "1.0.0", Products.out("orders"))))
          .hasMessageContaining("[mesh.inputs-from-active]").hasMessageContaining("inputPorts/0");
    }
  }

  @Test
  void the_consumer_log_keeps_the_most_recent_principals_per_port_version() {
    ConsumerLog log = new ConsumerLog(3);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 5; i++) {
      log.record(port, Version.of(1, 0, 0), "p" + i, t0.plusSeconds(i));
    }
    log.record(port, Version.of(1, 1, 0), "p0", t0.plusSeconds(9));
    assertThat(log.since(port, t0)).extracting(ConsumerLog.Read::principal).containsExactly("p2", "p3", "p4", "p0");
    for (int v = 0; v < 40; v++) {
      log.record(port, Version.of(1, v, 1), "x", t0);
    }
    assertThat(log.since(port, t0)).hasSize(ConsumerLog.VERSIONS_PER_PORT);
  }

  @Test
  void only_output_ports_of_registered_products_are_recorded() {
    DataProduct other = Products.product("payments", "1.0.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("payments").setContract(Products.contract("payments", "1.0.0", "id")))
        .build();
    mesh.register(v1);
    mesh.recordConsumer(other.outputPorts().get(0).address(), "ghost");
    mesh.deprecate(v1.urn(), sunset);
    clock.advance(Duration.ofDays(90));
    assertThat(mesh.retire(v1.urn()).status()).isEqualTo(LifecycleStatus.RETIRED);
  }
}
