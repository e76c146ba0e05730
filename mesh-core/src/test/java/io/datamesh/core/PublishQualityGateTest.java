package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublishQualityGateTest {
  private final RootAllocator leakCheck = new RootAllocator();
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final Mesh mesh = Mesh.builder().setAllocator(leakCheck).addEmitter(events::add).build();

  PublishQualityGateTest() {
    mesh.register(Orders.product());
  }

  @AfterEach
  void close() {
    mesh.close();
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  /** Orders whose first row has no id, although the contract marks id required. */
  private VectorSchemaRoot withNullId() {
    VectorSchemaRoot batch = Orders.batch(mesh.allocator(), 0, 10);
    ((BigIntVector) batch.getVector("id")).setNull(0);
    return batch;
  }

  @Test
  void a_snapshot_breaking_an_error_rule_is_rejected_and_the_previous_one_stays_current() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));

    assertThatThrownBy(() -> mesh.publish(Orders.PORT, withNullId()))
        .isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.QUALITY_GATE_FAILED);
          assertThat(e.getMessage()).contains("id");
        });

    assertThat(mesh.currentSnapshotId(Orders.PORT)).hasValue(1);
    assertThat(Orders.drain(mesh.read(ReadRequest.of(Orders.PORT, Principal.anonymous())))).containsExactly(10, 45);
    assertThat(mesh.latestQualityReport(Orders.PORT)).hasValueSatisfying(r -> {
      assertThat(r.result()).isEqualTo(CheckOutcome.FAILED);
      assertThat(r.failures()).isNotEmpty();
    });
  }

  @Test
  void an_accepted_publish_reports_its_checks_and_emits_quality_checked() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    mesh.close(Duration.ofSeconds(5));

    assertThat(mesh.latestQualityReport(Orders.PORT)).hasValueSatisfying(r -> {
      assertThat(r.passed()).isTrue();
      assertThat(r.rowCount()).isEqualTo(10);
    });
    assertThat(events).extracting(MeshEvent::type).containsSubsequence(MeshEventType.QUALITY_CHECKED,
        MeshEventType.SNAPSHOT_PUBLISHED);
  }

  @Test
  void a_transform_output_breaking_its_contract_fails_the_run_and_commits_nothing() {
    io.datamesh.api.DataProduct agg = Chain.product("agg", io.datamesh.api.DomainKind.AGGREGATE,
        new String[] {"agg"}, Orders.PORT);
    mesh.register(agg);
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    mesh.setTransform(agg.urn(), ctx -> ctx.publish("agg", withNullId()), RefreshPolicy.manual());

    RunResult r = mesh.refresh(agg.urn());

    assertThat(r.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("QUALITY_GATE_FAILED").contains("id"));
    assertThat(mesh.currentSnapshotId(Chain.port("agg", "agg"))).isEmpty();
  }
}
