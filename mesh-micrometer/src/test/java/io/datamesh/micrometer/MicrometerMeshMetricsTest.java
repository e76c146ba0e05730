package io.datamesh.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.MeshException;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.core.Mesh;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MicrometerMeshMetricsTest {
  private static final PortAddress PORT =
      PortAddress.parse("urn:dpds:com.example:dataproducts:orders:1:outputports:orders");

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  private final RootAllocator leakCheck = new RootAllocator();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final HandClock clock = new HandClock();
  private final Mesh mesh = Mesh.builder().setAllocator(leakCheck).setClock(clock)
      .setMetrics(MicrometerMeshMetrics.create(registry, Tags.of("mesh", "sales"))).build();

  @AfterEach
  void close() {
    mesh.close();
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  static Contract contract() {
    return Contract.builder().setId("orders").setVersion("1.0.0")
        .addSchemaObject(SchemaObject.builder("orders")
            .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build()).build())
        .addSlaProperty(SlaProperty.builder("latency", 1).setUnit("h").build())
        .addSlaProperty(SlaProperty.builder("availability", "99.9%").build())
        .build();
  }

  static DataProduct orders() {
    return DataProduct.builder().setNamespace("com.example").setName("orders").setVersion("1.0.0")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("orders-team@example.com"))
        .addOutputPort(OutputPort.builder("orders").setContract(contract())).build();
  }

  static VectorSchemaRoot batch(BufferAllocator allocator, int rows, boolean nullFirstId) {
    VectorSchemaRoot root = VectorSchemaRoot.create(ArrowSchemas.of(contract(), "orders"), allocator);
    root.allocateNew();
    BigIntVector id = (BigIntVector) root.getVector("id");
    for (int i = 0; i < rows; i++) {
      id.setSafe(i, i);
    }
    if (nullFirstId) {
      id.setNull(0);
    }
    root.setRowCount(rows);
    return root;
  }

  private double count(String name, String... tags) {
    return registry.get(name).tags("mesh", "sales").tags(tags).counter().count();
  }

  @Test
  void publishes_rows_rejections_and_reads_become_counters_tagged_by_port() throws Exception {
    mesh.register(orders());
    mesh.publish(PORT, batch(mesh.allocator(), 10, false));
    assertThatThrownBy(() -> mesh.publish(PORT, batch(mesh.allocator(), 3, true)))
        .isInstanceOf(MeshException.class);
    try (ArrowReader reader = mesh.read(ReadRequest.of(PORT, Principal.anonymous()))) {
      while (reader.loadNextBatch()) {
        assertThat(reader.getVectorSchemaRoot().getRowCount()).isEqualTo(10);
      }
    }

    String port = PORT.toString();
    assertThat(count("mesh.publishes", "port", port)).isEqualTo(1);
    assertThat(count("mesh.publish.rows", "port", port)).isEqualTo(10);
    assertThat(count("mesh.publish.bytes", "port", port)).isPositive();
    assertThat(count("mesh.publish.failures", "port", port, "status", "QUALITY_GATE_FAILED")).isEqualTo(1);
    assertThat(count("mesh.reads", "port", port)).isEqualTo(1);
    assertThat(registry.get("mesh.allocator.bytes").tags("mesh", "sales").gauge().value()).isPositive();
  }

  @Test
  void quarantined_rows_become_a_counter_per_port() {
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    try (Mesh q = Mesh.builder().setAllocator(leakCheck).setClock(clock)
        .setQuarantine(PORT, io.datamesh.core.quality.QuarantineMode.QUARANTINE).setMaxQuarantinedPercent(50)
        .setMetrics(MicrometerMeshMetrics.create(own)).build()) {
      q.register(orders());
      q.publish(PORT, batch(q.allocator(), 10, true)); // row 0 has no id: quarantined, 9 rows published
      assertThat(own.get("mesh.quarantined.rows").tag("port", PORT.toString()).counter().count()).isEqualTo(1);
      assertThat(own.get("mesh.publish.rows").tag("port", PORT.toString()).counter().count()).isEqualTo(9);
    }
  }

  @Test
  void an_slo_gauge_is_registered_with_the_state_it_reports_never_met_first() {
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    java.util.List<Double> atRegistration = new java.util.concurrent.CopyOnWriteArrayList<>();
    // runs when the gauge becomes visible to a scrape, before sloState returns
    own.config().onMeterAdded(m -> m.measure().forEach(x -> atRegistration.add(x.getValue())));

    MicrometerMeshMetrics.create(own).sloState(PORT, "latency", io.datamesh.core.observe.SloState.BREACHED);

    assertThat(atRegistration).containsExactly(2.0);
    assertThat(own.get("mesh.slo.state").tag("sla", "latency").gauge().value()).isEqualTo(2);
  }

  @Test
  void slo_states_become_gauges_per_port_and_sla() throws Exception {
    mesh.register(orders());
    clock.now.updateAndGet(t -> t.plus(Duration.ofMinutes(55)));

    // gauges appear with their value (see the next test), so the first check is complete once both exist
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while ((registry.find("mesh.slo.state").tags("sla", "latency").gauge() == null
        || registry.find("mesh.slo.state").tags("sla", "availability").gauge() == null)
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }

    assertThat(registry.get("mesh.slo.state").tags("mesh", "sales", "port", PORT.toString(), "sla", "latency")
        .gauge().value()).as("55 of 60 minutes: AT_RISK").isEqualTo(1);
    assertThat(registry.get("mesh.slo.state").tags("sla", "availability").gauge().value())
        .as("55 minutes without a snapshot, over 99.9%% of 30 days (43 min): BREACHED").isEqualTo(2);
  }

  @Test
  void filtered_reads_count_one_cache_miss_then_hits_for_the_same_plan() throws Exception {
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    var policies = io.datamesh.core.governance.AccessPolicies.builder()
        .addRowFilter(io.datamesh.core.governance.RowFilterRule.of("rows.low-ids", PORT,
            io.datamesh.core.governance.PrincipalMatch.any(),
            io.datamesh.api.read.Expression.column("id").lt(io.datamesh.api.read.Expression.literal(4))))
        .build();
    try (Mesh m = Mesh.builder().setAllocator(leakCheck).setClock(clock).setAccessPolicies(policies)
        .setMetrics(MicrometerMeshMetrics.create(own)).build()) {
      m.register(orders());
      m.publish(PORT, batch(m.allocator(), 10, false));
      for (String who : new String[] {"ann", "bob", "cy"}) {
        try (ArrowReader reader = m.read(ReadRequest.of(PORT, Principal.builder(who).build()))) {
          long rows = 0;
          while (reader.loadNextBatch()) {
            rows += reader.getVectorSchemaRoot().getRowCount();
          }
          assertThat(rows).isEqualTo(4);
        }
      }
      assertThat(own.get("mesh.read.cache").tags("port", PORT.toString(), "result", "miss").counter().count())
          .isEqualTo(1);
      assertThat(own.get("mesh.read.cache").tags("port", PORT.toString(), "result", "hit").counter().count())
          .isEqualTo(2);
    }
  }
}
