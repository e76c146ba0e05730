package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.core.observe.PortStatus;
import io.datamesh.core.quality.MetricPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ObservePortTest {
  private final RootAllocator leakCheck = new RootAllocator();
  private final MutableClock clock = new MutableClock();
  private final Mesh mesh = Mesh.builder().setAllocator(leakCheck).setClock(clock).build();

  ObservePortTest() {
    mesh.register(Orders.product());
  }

  @AfterEach
  void close() {
    mesh.close();
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  @Test
  void a_port_before_its_first_publish_has_no_snapshot_time_report_or_failure() {
    PortStatus status = mesh.observe(Orders.PORT);

    assertThat(status.port()).isEqualTo(Orders.PORT);
    assertThat(status.snapshotId()).isEmpty();
    assertThat(status.rows()).isZero();
    assertThat(status.sizeBytes()).isZero();
    assertThat(status.lastPublished()).isEmpty();
    assertThat(status.latestQuality()).isEmpty();
    assertThat(status.lastFailure()).isEmpty();
    assertThat(status.qualityHistory()).isEmpty();
    assertThat(status.slos()).isEmpty();
  }

  @Test
  void a_publish_shows_its_snapshot_rows_bytes_and_time_on_the_mesh_clock() {
    clock.advance(Duration.ofHours(2));
    Instant publishedAt = clock.instant();
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    clock.advance(Duration.ofMinutes(5));

    PortStatus status = mesh.observe(Orders.PORT);

    assertThat(status.snapshotId()).hasValue(1);
    assertThat(status.rows()).isEqualTo(10);
    assertThat(status.sizeBytes()).isPositive();
    assertThat(status.lastPublished()).hasValue(publishedAt);
    assertThat(status.latestQuality()).hasValueSatisfying(r -> assertThat(r.passed()).isTrue());
  }

  @Test
  void a_rejected_publish_is_the_last_failure_while_the_previous_snapshot_stays_observed() {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    clock.advance(Duration.ofMinutes(1));
    VectorSchemaRoot bad = Orders.batch(mesh.allocator(), 0, 4);
    ((BigIntVector) bad.getVector("id")).setNull(0);
    assertThatThrownBy(() -> mesh.publish(Orders.PORT, bad)).isInstanceOf(MeshException.class);

    PortStatus status = mesh.observe(Orders.PORT);

    assertThat(status.snapshotId()).hasValue(1);
    assertThat(status.rows()).isEqualTo(10);
    assertThat(status.lastFailure()).hasValueSatisfying(f -> {
      assertThat(f.status()).isEqualTo(MeshStatus.QUALITY_GATE_FAILED);
      assertThat(f.time()).isEqualTo(clock.instant());
      assertThat(f.reason()).contains("id");
    });
    assertThat(status.latestQuality()).hasValueSatisfying(r -> assertThat(r.result()).isEqualTo(CheckOutcome.FAILED));
  }

  @Test
  void the_port_shows_its_recent_quality_reports_oldest_first_bounded_by_the_history_setting() {
    try (Mesh small = Mesh.builder().setAllocator(leakCheck).setClock(clock).setQualityHistory(3).build()) {
      small.register(Orders.product());
      List<Instant> times = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        clock.advance(Duration.ofHours(1));
        times.add(clock.instant());
        VectorSchemaRoot batch = Orders.batch(small.allocator(), 0, 10 + i);
        if (i == 2) {
          ((BigIntVector) batch.getVector("id")).setNull(0);
          assertThatThrownBy(() -> small.publish(Orders.PORT, batch)).isInstanceOf(MeshException.class);
        } else {
          small.publish(Orders.PORT, batch);
        }
      }

      PortStatus status = small.observe(Orders.PORT);

      assertThat(status.qualityHistory()).as("the first of four reports is forgotten").hasSize(3);
      assertThat(status.qualityHistory()).extracting(MetricPoint::at).containsExactlyElementsOf(times.subList(1, 4));
      assertThat(status.qualityHistory()).extracting(MetricPoint::result)
          .containsExactly(CheckOutcome.PASSED, CheckOutcome.FAILED, CheckOutcome.PASSED);
      assertThat(status.qualityHistory()).extracting(MetricPoint::rowCount).containsExactly(11L, 12L, 13L);
      assertThat(status.qualityHistory().get(2).runId())
          .isEqualTo(status.latestQuality().orElseThrow().runId());
      assertThat(status.qualityHistory().get(2).metrics()).containsEntry("rowCount", 13.0);
    }
  }

  @Test
  void a_quality_history_below_one_report_is_refused_when_the_mesh_is_configured() {
    assertThatThrownBy(() -> Mesh.builder().setQualityHistory(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  @Test
  void observing_a_port_that_is_not_registered_fails_not_found() {
    PortAddress unknown = PortAddress.parse(Products.out("nope"));

    assertThatThrownBy(() -> mesh.observe(unknown)).isInstanceOfSatisfying(MeshException.class,
        e -> assertThat(e.status()).isEqualTo(MeshStatus.NOT_FOUND));
  }
}
