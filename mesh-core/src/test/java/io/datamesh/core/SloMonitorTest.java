package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.core.observe.SloState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SloMonitorTest {
  private final RootAllocator leakCheck = new RootAllocator();
  private final MutableClock clock = new MutableClock();
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final Mesh mesh = Mesh.builder().setAllocator(leakCheck).setClock(clock)
      .setSloCheckInterval(Duration.ofMinutes(1)).addEmitter(events::add).build();

  @AfterEach
  void close() {
    mesh.close();
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  private List<Map<String, Object>> transitions(String sla) {
    return events.stream().filter(e -> e.type() == MeshEventType.SLO_STATE_CHANGED)
        .map(MeshEvent::attributes).filter(a -> a.get("sla").equals(sla)).toList();
  }

  @Test
  void a_product_that_stops_publishing_goes_at_risk_then_breached_and_recovers_on_the_next_publish()
      throws Exception {
    mesh.register(Monitored.orders());
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));

    clock.advance(Duration.ofMinutes(30));
    Monitored.await(mesh, s -> Monitored.state(s, "latency").isPresent());
    assertThat(Monitored.state(mesh.observe(Orders.PORT), "latency")).hasValue(SloState.MET);

    clock.advance(Duration.ofMinutes(20)); // 50 of 60 minutes used: more than 80%
    var atRisk = Monitored.await(mesh, s -> Monitored.state(s, "latency").equals(java.util.Optional.of(
        SloState.AT_RISK)));
    assertThat(atRisk.slos()).filteredOn(s -> s.sla().equals("latency")).singleElement().satisfies(s -> {
      assertThat(s.observed()).isEqualTo(Duration.ofMinutes(50));
      assertThat(s.allowed()).isEqualTo(Duration.ofHours(1));
      assertThat(s.checkedAt()).isEqualTo(clock.instant());
    });

    clock.advance(Duration.ofMinutes(20));
    Monitored.await(mesh, s -> Monitored.state(s, "latency").equals(java.util.Optional.of(SloState.BREACHED)));

    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    clock.advance(Duration.ofMinutes(1));
    Monitored.await(mesh, s -> Monitored.state(s, "latency").equals(java.util.Optional.of(SloState.MET)));
    mesh.close(Duration.ofSeconds(5)); // delivers every event

    assertThat(transitions("latency")).extracting(a -> a.get("from") + "->" + a.get("to"))
        .containsExactly("MET->AT_RISK", "AT_RISK->BREACHED", "BREACHED->MET");
    assertThat(transitions("latency").get(1)).containsEntry("port", Orders.PORT.toString())
        .containsEntry("observed", "PT1H10M").containsEntry("allowed", "PT1H");
    assertThat(transitions("frequency")).isEmpty();
  }

  @Test
  void a_port_that_never_published_spends_its_availability_budget_and_its_freshness_counts_from_registration()
      throws Exception {
    mesh.register(Monitored.orders()); // availability 99.9%: 43 min 12 s without a snapshot in 30 days

    clock.advance(Duration.ofMinutes(30));
    var status = Monitored.await(mesh, s -> Monitored.state(s, "availability").isPresent());
    assertThat(Monitored.state(status, "availability")).as("30 of 43.2 minutes").hasValue(SloState.MET);
    assertThat(status.slos()).filteredOn(s -> s.sla().equals("availability")).singleElement().satisfies(s -> {
      assertThat(s.observed()).isEqualTo(Duration.ofMinutes(30));
      assertThat(s.allowed()).isEqualTo(Duration.ofMinutes(43).plusSeconds(12));
    });

    clock.advance(Duration.ofMinutes(6)); // 36 of 43.2 minutes: more than 80%
    Monitored.await(mesh, s -> Monitored.state(s, "availability").equals(java.util.Optional.of(SloState.AT_RISK)));

    clock.advance(Duration.ofMinutes(19));
    status = Monitored.await(mesh, s -> Monitored.state(s, "availability").equals(java.util.Optional.of(
        SloState.BREACHED)));
    assertThat(Monitored.state(status, "latency")).hasValue(SloState.AT_RISK);
    assertThat(Monitored.state(status, "frequency")).hasValue(SloState.MET);
    assertThat(status.slos()).extracting(s -> s.sla()).containsExactly("availability", "frequency", "latency")
        .as("retention bounds the oldest row at publish; the monitor does not evaluate it");

    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));
    clock.advance(Duration.ofMinutes(1));
    status = Monitored.await(mesh, s -> Monitored.state(s, "latency").equals(java.util.Optional.of(SloState.MET)));
    assertThat(Monitored.state(status, "availability")).as("the 55 minutes stay in the 30-day window")
        .hasValue(SloState.BREACHED);

    clock.advance(Duration.ofDays(30));
    Monitored.await(mesh, s -> Monitored.state(s, "availability").equals(java.util.Optional.of(SloState.MET)));
    mesh.close(Duration.ofSeconds(5));
    assertThat(transitions("availability")).extracting(a -> a.get("from") + "->" + a.get("to"))
        .containsExactly("MET->AT_RISK", "AT_RISK->BREACHED", "BREACHED->MET");
  }

  @Test
  void availability_without_a_percentage_allows_no_time_without_a_snapshot() throws Exception {
    mesh.register(Monitored.orders(SlaProperty.builder("availability", "").build()));
    clock.advance(Duration.ofMinutes(1));
    Monitored.await(mesh, s -> Monitored.state(s, "availability").equals(java.util.Optional.of(
        SloState.BREACHED)));
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));
    clock.advance(Duration.ofMinutes(1));
    Monitored.await(mesh, s -> Monitored.state(s, "availability").equals(java.util.Optional.of(SloState.MET)));
  }

  @Test
  void a_daily_frequency_is_breached_after_a_day_without_a_publish() throws Exception {
    mesh.register(Monitored.orders());
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));

    clock.advance(Duration.ofHours(20));
    Monitored.await(mesh, s -> Monitored.state(s, "frequency").equals(java.util.Optional.of(SloState.AT_RISK)));
    clock.advance(Duration.ofHours(5));
    var status = Monitored.await(mesh, s -> Monitored.state(s, "frequency").equals(java.util.Optional.of(
        SloState.BREACHED)));

    assertThat(Monitored.state(status, "availability")).hasValue(SloState.MET);
  }

  @Test
  void a_deregistered_product_is_no_longer_monitored() throws Exception {
    mesh.register(Monitored.orders());
    clock.advance(Duration.ofMinutes(5));
    Monitored.await(mesh, s -> !s.slos().isEmpty());

    mesh.deregister(Orders.PORT.product());
    ((DefaultMesh) mesh).checkSlos();
    mesh.register(Monitored.orders());

    assertThat(mesh.observe(Orders.PORT).slos()).isEmpty();
  }

  @Test
  void a_port_whose_snapshot_stayed_current_through_a_re_registration_is_not_charged_downtime() throws Exception {
    mesh.register(Monitored.orders());
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));
    mesh.deregister(Orders.PORT.product());
    ((DefaultMesh) mesh).checkSlos();
    mesh.register(Monitored.orders()); // the snapshot is still current: the port never stopped serving

    clock.advance(Duration.ofHours(2));
    ((DefaultMesh) mesh).checkSlos();
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));
    clock.advance(Duration.ofMinutes(1));
    ((DefaultMesh) mesh).checkSlos();

    assertThat(mesh.observe(Orders.PORT).slos()).filteredOn(s -> s.sla().equals("availability")).singleElement()
        .satisfies(s -> {
          assertThat(s.state()).isEqualTo(SloState.MET);
          assertThat(s.observed()).isZero();
        });
  }

  @Test
  void a_port_added_by_an_update_counts_its_downtime_from_the_update() throws Exception {
    DataProduct withoutOrders = Products.product("orders", "1.0.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("other").setContract(Products.contract("other", "1.0.0", "id"))).build();
    mesh.register(withoutOrders);
    clock.advance(Duration.ofDays(10));
    ((DefaultMesh) mesh).checkSlos();

    mesh.register(Monitored.orders().toBuilder().setVersion("1.1.0")
        .addOutputPort(OutputPort.builder("other").setContract(Products.contract("other", "1.0.0", "id"))).build());
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));
    clock.advance(Duration.ofMinutes(1));
    ((DefaultMesh) mesh).checkSlos();

    assertThat(mesh.observe(Orders.PORT).slos()).filteredOn(s -> s.sla().equals("availability")).singleElement()
        .satisfies(s -> {
          assertThat(s.state()).isEqualTo(SloState.MET);
          assertThat(s.observed()).as("no time before the port existed").isZero();
        });
  }

  @Test
  void an_outage_after_the_port_had_data_is_measured_from_the_check_that_saw_it() throws Exception {
    mesh.register(Monitored.orders());
    clock.advance(Duration.ofMinutes(10)); // no snapshot for the first 10 minutes
    ((DefaultMesh) mesh).checkSlos();
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 3));
    clock.advance(Duration.ofMinutes(1));
    ((DefaultMesh) mesh).checkSlos();

    assertThat(mesh.observe(Orders.PORT).slos()).filteredOn(s -> s.sla().equals("availability")).singleElement()
        .satisfies(s -> assertThat(s.observed()).isEqualTo(Duration.ofMinutes(10)));
  }
}
