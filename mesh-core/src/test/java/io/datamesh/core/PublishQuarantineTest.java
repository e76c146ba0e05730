package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.core.quality.QuarantineMode;
import io.datamesh.core.quality.QuarantineSplit;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The quarantine on the publish path: good rows are served, bad rows kept apart for the owning domain. */
class PublishQuarantineTest {
  private static final Principal STEWARD = Principal.builder("ana").setDomain("sales").build();
  private static final Principal OUTSIDER = Principal.builder("bob").setDomain("marketing").build();

  private final RootAllocator leakCheck = new RootAllocator();
  private Mesh mesh;

  private Mesh mesh(QuarantineMode mode) {
    mesh = Mesh.builder().setAllocator(leakCheck).setQuarantine(Orders.PORT, mode).build();
    mesh.register(Orders.product());
    return mesh;
  }

  @AfterEach
  void close() {
    if (mesh != null) {
      mesh.close();
    }
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  /** Orders with ids from {@code start}, whose rows at {@code nullRows} have no id (the contract requires one). */
  private VectorSchemaRoot withNullIds(long start, int rows, int... nullRows) {
    VectorSchemaRoot batch = Orders.batch(mesh.allocator(), start, rows);
    for (int r : nullRows) {
      ((BigIntVector) batch.getVector("id")).setNull(r);
    }
    return batch;
  }

  /** The quarantined rows as "amount:violations". */
  private static List<String> quarantined(ArrowReader reader) throws Exception {
    List<String> out = new ArrayList<>();
    try (reader) {
      while (reader.loadNextBatch()) {
        VectorSchemaRoot r = reader.getVectorSchemaRoot();
        assertThat(r.getSchema().getFields().get(r.getSchema().getFields().size() - 1).getName())
            .isEqualTo(QuarantineSplit.VIOLATIONS_COLUMN);
        ListVector v = (ListVector) r.getVector(QuarantineSplit.VIOLATIONS_COLUMN);
        for (int i = 0; i < r.getRowCount(); i++) {
          out.add((long) (double) (Double) r.getVector("amount").getObject(i) + ":" + v.getObject(i).stream().map(String::valueOf).toList());
        }
      }
    }
    return out;
  }

  @Test
  void good_rows_are_served_and_bad_rows_kept_in_the_quarantine_with_their_violations() throws Exception {
    mesh(QuarantineMode.QUARANTINE);

    PublishResult r = mesh.publish(Orders.PORT, withNullIds(0, 100, 3, 50));

    assertThat(r.rows()).isEqualTo(98);
    assertThat(r.quarantinedRows()).isEqualTo(2);
    long[] served = Orders.drain(mesh.read(ReadRequest.of(Orders.PORT, STEWARD)));
    assertThat(served).containsExactly(98, 4950 - 3 - 50);
    assertThat(quarantined(mesh.readQuarantine(ReadRequest.of(Orders.PORT, STEWARD))))
        .containsExactly("3:[orders__id__field_required]", "50:[orders__id__field_required]");
    assertThat(mesh.latestQualityReport(Orders.PORT)).hasValueSatisfying(q -> {
      assertThat(q.result()).isEqualTo(CheckOutcome.WARNING);
      assertThat(q.quarantinedRowCount()).isEqualTo(2);
      assertThat(q.publishedRowCount()).isEqualTo(98);
    });
  }

  @Test
  void the_quarantine_follows_its_snapshot_id_and_history() throws Exception {
    mesh(QuarantineMode.QUARANTINE);
    mesh.publish(Orders.PORT, withNullIds(0, 100, 7));
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10)); // clean: an empty quarantine

    assertThat(quarantined(mesh.readQuarantine(ReadRequest.of(Orders.PORT, STEWARD)))).isEmpty();
    assertThat(quarantined(mesh.readQuarantine(ReadRequest.builder(Orders.PORT, STEWARD).setSnapshotId(1).build())))
        .containsExactly("7:[orders__id__field_required]");
    for (int i = 0; i < 3; i++) {
      mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    }
    assertThatThrownBy(() -> mesh.readQuarantine(ReadRequest.builder(Orders.PORT, STEWARD).setSnapshotId(1)
        .build())).isInstanceOfSatisfying(MeshException.class, e ->
            assertThat(e.status()).isEqualTo(MeshStatus.NOT_FOUND));
  }

  @Test
  void only_the_owning_domain_reads_the_quarantine() throws Exception {
    mesh(QuarantineMode.QUARANTINE);
    mesh.publish(Orders.PORT, withNullIds(0, 100, 1));

    for (Principal p : List.of(OUTSIDER, Principal.anonymous())) {
      assertThatThrownBy(() -> mesh.readQuarantine(ReadRequest.of(Orders.PORT, p)))
          .isInstanceOfSatisfying(MeshException.class, e -> {
            assertThat(e.status()).isEqualTo(MeshStatus.PERMISSION_DENIED);
            assertThat(e.getMessage()).contains("readable only by principals of the owning product's domain 'sales'");
          });
    }
    assertThat(Orders.drain(mesh.read(ReadRequest.of(Orders.PORT, OUTSIDER)))[0]).isEqualTo(99);
    assertThat(mesh.openReads()).isEmpty();
  }

  @Test
  void above_the_ceiling_the_whole_snapshot_is_rejected_and_the_previous_one_stays_current() throws Exception {
    mesh(QuarantineMode.QUARANTINE);
    mesh.publish(Orders.PORT, withNullIds(0, 100, 1));

    assertThatThrownBy(() -> mesh.publish(Orders.PORT, withNullIds(0, 10, 0))) // 10% > 5%
        .isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.QUALITY_GATE_FAILED);
          assertThat(e.getMessage()).contains("quarantine_percent");
        });

    assertThat(mesh.currentSnapshotId(Orders.PORT)).hasValue(1);
    assertThat(Orders.drain(mesh.read(ReadRequest.of(Orders.PORT, STEWARD)))[0]).isEqualTo(99);
    assertThat(quarantined(mesh.readQuarantine(ReadRequest.of(Orders.PORT, STEWARD))))
        .containsExactly("1:[orders__id__field_required]");
    assertThat(mesh.latestQualityReport(Orders.PORT)).hasValueSatisfying(q ->
        assertThat(q.result()).isEqualTo(CheckOutcome.FAILED));
  }

  @Test
  void the_ceiling_is_a_port_setting() throws Exception {
    mesh = Mesh.builder().setAllocator(leakCheck).setQuarantine(QuarantineMode.QUARANTINE)
        .setMaxQuarantinedPercent(Orders.PORT, 20.0).build();
    mesh.register(Orders.product());

    PublishResult r = mesh.publish(Orders.PORT, withNullIds(0, 10, 0));

    assertThat(r.quarantinedRows()).isEqualTo(1);
    assertThat(r.rows()).isEqualTo(9);
  }

  @Test
  void quarantine_off_rejects_a_bad_row_as_before_and_has_no_quarantine() throws Exception {
    mesh(QuarantineMode.OFF);
    PublishResult ok = mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    assertThat(ok.quarantinedRows()).isZero();
    assertThat(ok.rows()).isEqualTo(10);

    assertThatThrownBy(() -> mesh.publish(Orders.PORT, withNullIds(0, 100, 3)))
        .isInstanceOfSatisfying(MeshException.class, e ->
            assertThat(e.status()).isEqualTo(MeshStatus.QUALITY_GATE_FAILED));
    assertThat(mesh.currentSnapshotId(Orders.PORT)).hasValue(1);
    assertThatThrownBy(() -> mesh.readQuarantine(ReadRequest.of(Orders.PORT, STEWARD)))
        .isInstanceOfSatisfying(MeshException.class, e ->
            assertThat(e.status()).isEqualTo(MeshStatus.FAILED_PRECONDITION));
  }

  @Test
  void a_transform_output_quarantines_too() throws Exception {
    mesh = Mesh.builder().setAllocator(leakCheck).setQuarantine(QuarantineMode.QUARANTINE).build();
    mesh.register(Orders.product());
    io.datamesh.api.DataProduct agg = Chain.product("agg", io.datamesh.api.DomainKind.AGGREGATE,
        new String[] {"agg"}, Orders.PORT);
    mesh.register(agg);
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 100));
    mesh.setTransform(agg.urn(), ctx -> ctx.publish("agg", withNullIds(0, 100, 5)), RefreshPolicy.manual());

    RunResult run = mesh.refresh(agg.urn());

    assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    var port = Chain.port("agg", "agg");
    assertThat(Orders.drain(mesh.read(ReadRequest.of(port, STEWARD)))[0]).isEqualTo(99);
    assertThat(quarantined(mesh.readQuarantine(ReadRequest.of(port, STEWARD)))).hasSize(1);
  }
}
