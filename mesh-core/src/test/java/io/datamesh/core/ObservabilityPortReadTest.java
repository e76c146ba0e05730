package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.ipc.ArrowIpc;
import io.datamesh.core.observe.SloState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ObservabilityPortReadTest {
  private final RootAllocator leakCheck = new RootAllocator();
  private final MutableClock clock = new MutableClock();
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final Mesh mesh = Mesh.builder().setAllocator(leakCheck).setClock(clock).addEmitter(events::add)
      .setAccessController((request, port) -> request.principal().id().equals("eve")
          ? AccessDecision.deny("eve reads nothing") : AccessDecision.allow())
      .build();

  ObservabilityPortReadTest() {
    mesh.register(Health.product());
  }

  @AfterEach
  void close() {
    mesh.close();
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  /** Waits for the SLO monitor's check at the clock's time, which a clock advance triggers on another thread. */
  private void checkedNow() throws InterruptedException {
    Monitored.await(mesh, s -> !s.slos().isEmpty() && s.slos().get(0).checkedAt().equals(clock.instant()));
  }

  @Test
  void before_the_first_publish_every_output_port_has_a_row_with_no_snapshot_report_or_failure() throws Exception {
    List<Health.Row> rows = Health.read(mesh, Health.ANA);

    assertThat(rows).extracting(Health.Row::port).containsExactly("orders", "refunds");
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.snapshotId()).isNull();
      assertThat(r.rows()).isZero();
      assertThat(r.sizeBytes()).isZero();
      assertThat(r.lastPublished()).isNull();
      assertThat(r.qualityResult()).isNull();
      assertThat(r.lastFailureAt()).isNull();
      assertThat(r.lastFailureReason()).isNull();
      assertThat(r.slos()).isEmpty();
      assertThat(r.history()).isEmpty();
    });
    assertThat(rows).isEqualTo(Health.observed(mesh, Health.product()));
  }

  @Test
  void a_publish_shows_its_snapshot_rows_bytes_time_and_quality_as_observe_does() throws Exception {
    clock.advance(Duration.ofHours(2));
    Instant publishedAt = clock.instant();
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    clock.advance(Duration.ofMinutes(5));
    checkedNow();

    Health.Row orders = Health.read(mesh, Health.ANA).get(0);

    assertThat(orders.snapshotId()).isEqualTo(1L);
    assertThat(orders.rows()).isEqualTo(10);
    assertThat(orders.sizeBytes()).isPositive();
    assertThat(orders.lastPublished()).isEqualTo(publishedAt);
    assertThat(orders.qualityResult()).isEqualTo("passed");
    assertThat(orders.history()).singleElement().satisfies(p -> assertThat(p.rows()).isEqualTo(10));
    assertThat(Health.read(mesh, Health.ANA)).isEqualTo(Health.observed(mesh, Health.product()));
  }

  @Test
  void a_rejected_publish_shows_the_failure_and_the_failed_report_while_the_snapshot_stays() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    clock.advance(Duration.ofMinutes(1));
    VectorSchemaRoot bad = Orders.batch(mesh.allocator(), 0, 4);
    ((BigIntVector) bad.getVector("id")).setNull(0);
    assertThatThrownBy(() -> mesh.publish(Orders.PORT, bad)).isInstanceOf(MeshException.class);
    checkedNow();

    Health.Row orders = Health.read(mesh, Health.ANA).get(0);

    assertThat(orders.snapshotId()).isEqualTo(1L);
    assertThat(orders.rows()).isEqualTo(10);
    assertThat(orders.qualityResult()).isEqualTo("failed");
    assertThat(orders.checksFailed()).isPositive();
    assertThat(orders.lastFailureAt()).isEqualTo(clock.instant());
    assertThat(orders.lastFailureStatus()).isEqualTo("QUALITY_GATE_FAILED");
    assertThat(orders.lastFailureReason()).contains("quality gate rejected").contains("id");
    assertThat(orders.history()).extracting(Health.Point::result).containsExactly("passed", "failed");
    assertThat(Health.read(mesh, Health.ANA)).isEqualTo(Health.observed(mesh, Health.product()));
  }

  @Test
  void slo_states_on_the_mesh_clock_are_served_with_observed_and_allowed_milliseconds() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    clock.advance(Duration.ofMinutes(70));
    Monitored.await(mesh, s -> !s.slos().isEmpty());

    Health.Row orders = Health.read(mesh, Health.ANA).get(0);

    assertThat(orders.slos()).extracting(Health.Slo::sla).containsExactly("availability", "frequency", "latency");
    assertThat(orders.slos().get(2)).satisfies(latency -> {
      assertThat(latency.state()).isEqualTo(SloState.BREACHED.name());
      assertThat(latency.observedMs()).isEqualTo(Duration.ofMinutes(70).toMillis());
      assertThat(latency.allowedMs()).isEqualTo(Duration.ofHours(1).toMillis());
      assertThat(latency.checkedAt()).isEqualTo(clock.instant());
    });
    assertThat(orders.slos().get(1).state()).isEqualTo("MET");
    assertThat(Health.read(mesh, Health.ANA)).isEqualTo(Health.observed(mesh, Health.product()));
  }

  @Test
  void the_read_survives_an_ipc_round_trip_with_its_schema_and_rows() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));
    ByteArrayOutputStream ipc = new ByteArrayOutputStream();
    Schema served;
    try (ArrowReader r = mesh.read(ReadRequest.of(Health.HEALTH, Health.ANA))) {
      served = r.getVectorSchemaRoot().getSchema();
      ArrowIpc.writeStream(r, ipc);
    }

    try (BufferAllocator client = new RootAllocator()) {
      try (ArrowReader back = ArrowIpc.readStream(new ByteArrayInputStream(ipc.toByteArray()), client)) {
        assertThat(back.getVectorSchemaRoot().getSchema()).isEqualTo(served);
        assertThat(Health.rows(back)).isEqualTo(Health.observed(mesh, Health.product()));
      }
      assertThat(client.getAllocatedMemory()).isZero();
    }
  }

  @Test
  void the_served_schema_is_the_one_the_generated_contract_describes() throws Exception {
    var contract = mesh.contract(Health.HEALTH).orElseThrow();

    try (ArrowReader r = mesh.read(ReadRequest.of(Health.HEALTH, Health.ANA))) {
      assertThat(r.getVectorSchemaRoot().getSchema()).isEqualTo(ArrowSchemas.of(contract, "port_status"));
    }
    assertThat(contract.id()).isEqualTo(Health.HEALTH.toString());
    assertThat(contract.schema().get(0).properties()).extracting(p -> p.name()).startsWith("port", "snapshot_id",
        "rows", "size_bytes", "last_published", "quality_result");
    assertThat(mesh.contract(Health.HEALTH, Health.ANA)).contains(contract);
  }

  @Test
  void a_projection_and_a_filter_apply_as_on_an_output_port() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));
    ReadRequest request = ReadRequest.builder(Health.HEALTH, Health.ANA).addColumn("port").addColumn("rows")
        .setFilter(Expression.column("rows").gt(Expression.literal(0))).build();

    try (ArrowReader r = mesh.read(request)) {
      assertThat(r.loadNextBatch()).isTrue();
      assertThat(r.getVectorSchemaRoot().contentToTSVString()).isEqualTo("port\trows\norders\t3\n");
      assertThat(r.loadNextBatch()).isFalse();
    }
  }

  @Test
  void a_denied_principal_gets_permission_denied_and_both_reads_are_audited() throws Exception {
    Principal eve = Principal.builder("eve").build();

    assertThatThrownBy(() -> mesh.read(ReadRequest.of(Health.HEALTH, eve))).isInstanceOfSatisfying(
        MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.PERMISSION_DENIED);
          assertThat(e.getMessage()).contains(Health.HEALTH.toString()).contains("eve reads nothing");
        });
    assertThatThrownBy(() -> mesh.contract(Health.HEALTH, eve)).isInstanceOfSatisfying(MeshException.class,
        e -> assertThat(e.status()).isEqualTo(MeshStatus.PERMISSION_DENIED));
    Health.read(mesh, Health.ANA);
    assertThat(mesh.openReads()).isEmpty();
    mesh.close(); // delivers the events still queued for the emitters

    assertThat(events).filteredOn(e -> e.type() == MeshEventType.ACCESS_DECISION)
        .extracting(e -> e.attributes().get("principal") + " " + e.attributes().get("decision") + " "
            + e.attributes().get("port"))
        .containsExactly("eve deny " + Health.HEALTH, "ana allow " + Health.HEALTH);
  }

  @Test
  void by_default_a_controller_decides_on_the_real_output_ports_until_one_allows() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (Mesh m = Mesh.builder().setAllocator(leakCheck).addEmitter(events::add)
        .setAccessController((request, port) -> {
          seen.add(request.port() + " " + request.port().kind() + " " + port.address() + " " + port.address().kind());
          return port.name().equals("refunds") ? AccessDecision.allow() : AccessDecision.deny("no orders");
        }).build()) {
      m.register(Health.product());
      assertThat(Health.read(m, Health.ANA)).hasSize(2);
    }

    assertThat(seen).containsExactly(
        Orders.PORT + " OUTPUT " + Orders.PORT + " OUTPUT",
        Health.REFUNDS + " OUTPUT " + Health.REFUNDS + " OUTPUT");
    assertThat(events).filteredOn(e -> e.type() == MeshEventType.ACCESS_DECISION).singleElement()
        .satisfies(e -> assertThat(e.attributes().get("port")).isEqualTo(Health.HEALTH.toString()));
  }

  @Test
  void by_default_a_controller_that_allows_no_output_port_denies_the_observability_port() {
    try (Mesh m = Mesh.builder().setAllocator(leakCheck).addEmitter(events::add)
        .setAccessController((request, port) -> AccessDecision.deny("nothing for " + port.name())).build()) {
      m.register(Health.product());

      assertThatThrownBy(() -> m.read(ReadRequest.of(Health.HEALTH, Health.ANA))).isInstanceOfSatisfying(
          MeshException.class, e -> {
            assertThat(e.status()).isEqualTo(MeshStatus.PERMISSION_DENIED);
            assertThat(e.getMessage()).contains("read of " + Health.HEALTH).contains("nothing for orders")
                .contains("nothing for refunds").contains("override AccessController.checkObservability");
          });
      assertThatThrownBy(() -> m.contract(Health.HEALTH, Health.ANA)).isInstanceOfSatisfying(MeshException.class,
          e -> assertThat(e.status()).isEqualTo(MeshStatus.PERMISSION_DENIED));
    }

    assertThat(events).filteredOn(e -> e.type() == MeshEventType.ACCESS_DECISION).singleElement()
        .satisfies(e -> {
          assertThat(e.attributes()).containsEntry("decision", "deny").containsEntry("port",
              Health.HEALTH.toString());
          assertThat(e.attributes().get("planFingerprint")).isEqualTo(io.datamesh.core.governance.EnforcementPlan
              .deny(Health.HEALTH, Enforcement.CONTROLLER_POLICY, e.attributes().get("reason").toString(), "")
              .fingerprint());
        });
  }

  @Test
  void a_controller_that_overrides_check_observability_decides_alone() throws Exception {
    List<String> checked = new CopyOnWriteArrayList<>();
    AccessController sreOnly = new AccessController() {
      @Override
      public AccessDecision check(ReadRequest request, io.datamesh.api.OutputPort port) {
        checked.add(port.name());
        return AccessDecision.deny("no data");
      }

      @Override
      public AccessDecision checkObservability(ReadRequest request, io.datamesh.api.DataProduct product,
          io.datamesh.api.ObservabilityPort port) {
        checked.add("observability " + request.port().kind() + " " + port.name() + " of " + product.name());
        return request.principal().hasRole("sre") ? AccessDecision.allow() : AccessDecision.deny("sre only");
      }
    };
    try (Mesh m = Mesh.builder().setAllocator(leakCheck).setAccessController(sreOnly).build()) {
      m.register(Health.product());

      assertThat(Health.read(m, Principal.builder("ria").addRole("sre").build())).hasSize(2);
      assertThatThrownBy(() -> Health.read(m, Health.ANA)).isInstanceOfSatisfying(MeshException.class,
          e -> assertThat(e.getMessage()).contains("sre only"));
    }

    assertThat(checked).containsExactly("observability OBSERVABILITY health of orders",
        "observability OBSERVABILITY health of orders");
  }

  @Test
  void publishing_to_an_observability_port_is_refused_and_the_batch_is_closed() {
    assertThatThrownBy(() -> mesh.publish(Health.HEALTH, Orders.batch(mesh.allocator(), 0, 3)))
        .isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT);
          assertThat(e.getMessage()).contains("publish to " + Health.HEALTH).contains("observability port")
              .contains(Orders.PORT.toString()).contains(Health.REFUNDS.toString());
        });
    assertThat(mesh.allocator().getAllocatedMemory()).isZero();
  }

  @Test
  void the_observability_port_of_an_unregistered_product_is_not_found() {
    PortAddress unknown = PortAddress.parse("urn:dpds:com.example:dataproducts:nope:1:observabilityports:health");

    assertThatThrownBy(() -> mesh.read(ReadRequest.of(unknown, Health.ANA))).isInstanceOfSatisfying(
        MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.NOT_FOUND);
          assertThat(e.getMessage()).contains(unknown.toString()).contains("addPort(PortKind.OBSERVABILITY");
        });
    assertThat(mesh.contract(unknown)).isEmpty();
  }

  @Test
  void an_undeclared_observability_port_is_not_found_naming_the_declared_ones() {
    PortAddress other = PortAddress.parse("urn:dpds:com.example:dataproducts:orders:1:observabilityports:slo");

    assertThatThrownBy(() -> mesh.read(ReadRequest.of(other, Health.ANA))).isInstanceOfSatisfying(
        MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.NOT_FOUND);
          assertThat(e.getMessage()).contains("no observability port 'slo'").contains("[health]");
        });
  }

  @Test
  void a_quarantine_read_or_a_snapshot_id_on_an_observability_port_is_an_invalid_argument() {
    assertThatThrownBy(() -> mesh.readQuarantine(ReadRequest.of(Health.HEALTH, Health.ANA)))
        .isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT);
          assertThat(e.getMessage()).contains("quarantine read of " + Health.HEALTH).contains(Orders.PORT.toString());
        });
    assertThatThrownBy(() -> mesh.read(ReadRequest.builder(Health.HEALTH, Health.ANA).setSnapshotId(1).build()))
        .isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT);
          assertThat(e.getMessage()).contains("keeps no snapshots").contains("setSnapshotId");
        });
  }

  @Test
  void closing_the_mesh_closes_an_observability_reader_left_open() throws Exception {
    ArrowReader left = mesh.read(ReadRequest.of(Health.HEALTH, Health.ANA));

    assertThat(mesh.openReads()).singleElement().asString().contains(Health.HEALTH.toString());
    mesh.close(Duration.ZERO);

    assertThat(mesh.openReads()).isEmpty();
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    left.close(); // the owner's own close, after the mesh closed it, is harmless
    assertThat(leakCheck.getAllocatedMemory()).isZero();
  }

  @Test
  void a_failure_while_the_table_is_built_leaves_no_memory_and_no_open_read() {
    clock.advance(Duration.ofDays(365L * 300_000)); // past the range of a timestamp in microseconds
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));
    long snapshot = mesh.allocator().getAllocatedMemory();

    assertThatThrownBy(() -> mesh.read(ReadRequest.of(Health.HEALTH, Health.ANA))).isInstanceOfSatisfying(
        MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.INTERNAL);
          assertThat(e.getMessage()).contains("in column last_published")
              .contains("MeshBuilder.setClock");
        });
    assertThat(mesh.openReads()).isEmpty();
    assertThat(mesh.allocator().getAllocatedMemory()).as("the snapshot's memory, and not a byte more")
        .isEqualTo(snapshot);
  }

  @Test
  void times_are_served_truncated_to_microseconds() throws Exception {
    clock.advance(Duration.ofNanos(1_234_567)); // 1.234567 ms: 567 ns below a microsecond
    Instant publishedAt = clock.instant();
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));
    clock.advance(Duration.ofNanos(999));

    Health.Row orders = Health.read(mesh, Health.ANA).get(0);

    assertThat(orders.lastPublished()).isEqualTo(publishedAt.minusNanos(567)).isNotEqualTo(publishedAt);
    assertThat(orders.history()).singleElement().satisfies(p -> assertThat(p.at().getNano() % 1_000).isZero());
    assertThat(mesh.observe(Orders.PORT).lastPublished()).contains(publishedAt);
  }

  @Test
  void a_failure_reason_from_the_publish_own_code_is_withheld_even_from_a_reader_in_clear() throws Exception {
    ArrowReader source = Orders.ipc(Orders.batch(mesh.allocator(), 0, 3), mesh.allocator());
    assertThatThrownBy(() -> mesh.publish(Orders.PORT, source,
        p -> {
          throw new IllegalStateException("secret value 4711 of another port");
        })).isInstanceOf(MeshException.class);

    Health.Row orders = Health.read(mesh, Health.ANA).get(0);

    assertThat(mesh.observe(Orders.PORT).lastFailure().orElseThrow().reason()).contains("secret value 4711");
    assertThat(orders.lastFailureStatus()).isEqualTo(mesh.observe(Orders.PORT).lastFailure().orElseThrow().status()
        .name());
    assertThat(orders.lastFailureAt()).isEqualTo(clock.instant());
    assertThat(orders.lastFailureReason()).startsWith("withheld: ").doesNotContain("4711")
        .contains("ask the product owner");
  }

  @Test
  void observing_an_observability_port_says_to_observe_an_output_port_or_read_it() {
    assertThatThrownBy(() -> mesh.observe(Health.HEALTH)).isInstanceOfSatisfying(MeshException.class, e -> {
      assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT);
      assertThat(e.getMessage()).contains(Health.HEALTH.toString()).contains("observability port")
          .contains(Orders.PORT.toString()).contains("mesh.read(");
    });
  }
}
