package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.event.MetadataEmitter;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.Coercion;
import io.datamesh.arrow.ExtraColumns;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeshPublishReadTest {
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final MetadataEmitter recorder = events::add;
  private final Mesh mesh = Mesh.builder().addEmitter(recorder).setSnapshotHistory(2).build();
  private final Principal ann = Principal.builder("ann").putAttribute("region", "EU").build();

  MeshPublishReadTest() {
    mesh.register(Orders.product());
  }

  @AfterEach
  void no_leak() {
    assertThat(mesh.openReads()).isEmpty();
    mesh.close();
  }


  /** Events reach emitters on the mesh's threads; wait (at most 30 s of real time) for one to arrive. */
  private void awaitEvent(MeshEventType type) throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (events.stream().noneMatch(e -> e.type() == type) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(events).extracting(MeshEvent::type).contains(type);
  }

  @Test
  void batches_built_in_the_mesh_allocator_are_published_without_a_copy_and_read_back() throws Exception {
    PublishResult r = mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 1000));
    assertThat(r.snapshotId()).isEqualTo(1);
    assertThat(r.previousSnapshotId()).isEmpty();
    assertThat(r.rows()).isEqualTo(1000);
    assertThat(r.copiedBytes()).isZero();
    assertThat(r.sizeBytes()).isPositive();
    assertThat(Orders.drain(mesh.read(ReadRequest.of(Orders.PORT, ann)))).containsExactly(1000, 999L * 1000 / 2);
    awaitEvent(MeshEventType.SNAPSHOT_PUBLISHED);
  }

  @Test
  void batches_from_another_allocator_tree_are_copied_once_and_counted() {
    try (BufferAllocator foreign = new RootAllocator()) {
      int[] n = {0};
      PublishResult r = mesh.publish(Orders.PORT, () -> n[0]++ < 3
          ? Optional.of(Orders.batch(foreign, n[0] * 100L, 100)) : Optional.empty());
      assertThat(r.batches()).isEqualTo(3);
      assertThat(r.copiedBytes()).isGreaterThan(3 * 100 * 16);
      assertThat(foreign.getAllocatedMemory()).isZero();
    }
  }

  @Test
  void a_read_projects_and_filters_and_a_named_snapshot_can_be_read() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 100));
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 1000, 10));
    ReadRequest eu = ReadRequest.builder(Orders.PORT, ann).setColumns("id")
        .setFilter(Expression.column("region").eq(Expression.principal("region"))).setSnapshotId(1).build();
    try (ArrowReader reader = mesh.read(eu)) {
      assertThat(reader.getVectorSchemaRoot().getSchema().getFields()).extracting(Field::getName)
          .containsExactly("id");
      assertThat(Orders.drain(reader)).containsExactly(50, 2450);
    }
    assertThat(Orders.drain(mesh.read(ReadRequest.of(Orders.PORT, ann)))[0]).isEqualTo(10);
    assertThat(mesh.snapshotIds(Orders.PORT)).containsExactly(1L, 2L);
  }

  @Test
  void narrower_columns_are_coerced_and_listed_and_extra_columns_rejected_by_default() throws Exception {
    Schema narrow = new Schema(List.of(new Field("id", FieldType.nullable(new ArrowType.Int(32, true)), null),
        new Field("amount", FieldType.nullable(new ArrowType.FloatingPoint(
            org.apache.arrow.vector.types.FloatingPointPrecision.DOUBLE)), null),
        new Field("region", FieldType.nullable(ArrowType.Utf8.INSTANCE), null)));
    VectorSchemaRoot root = VectorSchemaRoot.create(narrow, mesh.allocator());
    ((IntVector) root.getVector("id")).setSafe(0, 7);
    root.setRowCount(1);
    PublishResult r = mesh.publish(Orders.PORT, root);
    assertThat(r.coercions()).extracting(Coercion::column, Coercion::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("id", Coercion.Kind.WIDEN));
    List<Field> extra = new java.util.ArrayList<>(Orders.schema().getFields());
    extra.add(new Field("ssn", FieldType.nullable(ArrowType.Utf8.INSTANCE), null));
    VectorSchemaRoot withSsn = VectorSchemaRoot.create(new Schema(extra), mesh.allocator());
    assertThatThrownBy(() -> mesh.publish(Orders.PORT, withSsn)).isInstanceOf(MeshException.class)
        .hasMessageContaining("[ssn]").extracting(e -> ((MeshException) e).status())
        .isEqualTo(MeshStatus.CONTRACT_VIOLATION);
    assertThat(mesh.currentSnapshotId(Orders.PORT)).hasValue(1);
    awaitEvent(MeshEventType.PUBLISH_FAILED);
  }

  @Test
  void a_port_set_to_drop_extra_columns_drops_them_and_says_so() {
    try (Mesh dropping = Mesh.builder().setExtraColumns(Orders.PORT, ExtraColumns.DROP).build()) {
      dropping.register(Orders.product());
      List<Field> extra = new java.util.ArrayList<>(Orders.schema().getFields());
      extra.add(new Field("ssn", FieldType.nullable(ArrowType.Utf8.INSTANCE), null));
      VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(extra), dropping.allocator());
      root.setRowCount(0);
      assertThat(dropping.publish(Orders.PORT, root).droppedColumns()).containsExactly("ssn");
    }
  }

  @Test
  void a_missing_column_is_a_contract_violation_naming_it_and_the_previous_snapshot_stays() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 5));
    Schema idOnly = new Schema(List.of(Orders.schema().findField("id")));
    VectorSchemaRoot root = VectorSchemaRoot.create(idOnly, mesh.allocator());
    assertThatThrownBy(() -> mesh.publish(Orders.PORT, root)).hasMessageContaining("column 'amount' is missing");
    assertThat(Orders.drain(mesh.read(ReadRequest.of(Orders.PORT, ann)))[0]).isEqualTo(5);
  }

  @Test
  void reads_of_unknown_ports_unpublished_ports_and_unknown_columns_fail_clearly() {
    var unknown = io.datamesh.api.PortAddress.parse(Products.out("nope"));
    assertThatThrownBy(() -> mesh.read(ReadRequest.of(unknown, ann))).isInstanceOf(MeshException.class)
        .extracting(e -> ((MeshException) e).status()).isEqualTo(MeshStatus.NOT_FOUND);
    assertThatThrownBy(() -> mesh.read(ReadRequest.of(Orders.PORT, ann))).hasMessageContaining("no snapshot yet");
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 5));
    assertThatThrownBy(() -> mesh.read(ReadRequest.builder(Orders.PORT, ann).setColumns("nope").build()))
        .hasMessageContaining("column 'nope'");
    assertThatThrownBy(() -> mesh.read(ReadRequest.builder(Orders.PORT, ann).setSnapshotId(9).build()))
        .hasMessageContaining("snapshot 9");
    assertThatThrownBy(() -> mesh.read(ReadRequest.builder(Orders.PORT, ann)
        .setFilter(Expression.column("nope").isNull()).build())).hasMessageContaining("column 'nope'");
  }

  @Test
  void the_access_controller_is_asked_on_every_read_and_its_denial_is_permission_denied() {
    List<String> asked = new CopyOnWriteArrayList<>();
    try (Mesh governed = Mesh.builder().setAccessController((req, port) -> {
      asked.add(req.principal().id());
      return req.principal().isAnonymous() ? AccessDecision.deny("sign in first") : AccessDecision.allow();
    }).build()) {
      governed.register(Orders.product());
      governed.publish(Orders.PORT, Orders.batch(governed.allocator(), 0, 3));
      assertThatThrownBy(() -> governed.read(ReadRequest.of(Orders.PORT, Principal.anonymous())))
          .hasMessageContaining("sign in first").extracting(e -> ((MeshException) e).status())
          .isEqualTo(MeshStatus.PERMISSION_DENIED);
      assertThat(Orders.drain(governed.read(ReadRequest.of(Orders.PORT, ann)))[0]).isEqualTo(3);
      assertThat(asked).containsExactly("anonymous", "ann");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
