package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.core.quality.QuarantineMode;
import io.datamesh.core.quality.QuarantineSplit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The quality gate and the quarantine on the publish path, for a rule on a property inside array items. */
class PublishItemQualityTest {
  private static final PortAddress PORT = PortAddress.parse(Products.out("orders"));
  private static final Principal STEWARD = Principal.builder("ana").setDomain("sales").build();
  private static final String QTY_MAX = "orders__lines___qty__field_maximum";

  private final RootAllocator leakCheck = new RootAllocator();
  private Mesh mesh;

  @AfterEach
  void close() {
    if (mesh != null) {
      mesh.close();
    }
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  /** orders(id integer required, lines array of {sku string, qty integer maximum 10}). */
  private static Contract contract() {
    SchemaProperty line = SchemaProperty.builder("line", LogicalType.OBJECT)
        .addProperty(SchemaProperty.builder("sku", LogicalType.STRING).build())
        .addProperty(SchemaProperty.builder("qty", LogicalType.INTEGER)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMaximum(10).build()).build())
        .build();
    SchemaObject o = SchemaObject.builder("orders")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(SchemaProperty.builder("lines", LogicalType.ARRAY).setItems(line).build()).build();
    return Contract.builder().setId("orders").setVersion("1.0.0").addSchemaObject(o).build();
  }

  private Mesh mesh(QuarantineMode mode) {
    DataProduct product = Products.product("orders", "1.0.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("orders").setContract(contract())).build();
    mesh = Mesh.builder().setAllocator(leakCheck).setQuarantine(PORT, mode).build();
    mesh.register(product);
    return mesh;
  }

  /**
   * Orders 0..rows-1, each with lines (S{id}, id % 10) and (T{id}, 1); {@code big} rows get a third line of qty 99,
   * {@code none} rows a null list, {@code nullLine} rows a null line whose qty slot holds 99 (it must not count).
   */
  private VectorSchemaRoot batch(int rows, List<Integer> big, List<Integer> none, List<Integer> nullLine) {
    VectorSchemaRoot root = VectorSchemaRoot.create(ArrowSchemas.of(contract(), "orders"), mesh.allocator());
    root.allocateNew();
    BigIntVector id = (BigIntVector) root.getVector("id");
    ListVector lines = (ListVector) root.getVector("lines");
    StructVector line = (StructVector) lines.getDataVector();
    VarCharVector sku = (VarCharVector) line.getChild("sku");
    BigIntVector qty = (BigIntVector) line.getChild("qty");
    for (int r = 0; r < rows; r++) {
      id.setSafe(r, r);
      if (none.contains(r)) {
        lines.setNull(r);
        continue;
      }
      int at = lines.startNewValue(r);
      int n = 0;
      for (long q : big.contains(r) ? new long[] {r % 10, 1, 99} : new long[] {r % 10, 1}) {
        line.setIndexDefined(at + n);
        sku.setSafe(at + n, ((n == 0 ? "S" : "T") + r).getBytes(StandardCharsets.UTF_8));
        qty.setSafe(at + n, q);
        n++;
      }
      if (nullLine.contains(r)) {
        line.setNull(at + n);
        qty.setSafe(at + n, 99);
        n++;
      }
      lines.endValue(r, n);
    }
    lines.setValueCount(rows);
    root.setRowCount(rows);
    return root;
  }

  @Test
  void an_item_maximum_failing_rejects_the_snapshot_naming_the_item_path() {
    mesh(QuarantineMode.OFF);
    mesh.publish(PORT, batch(10, List.of(), List.of(3), List.of(5)));

    assertThatThrownBy(() -> mesh.publish(PORT, batch(10, List.of(7), List.of(3), List.of(5))))
        .isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.QUALITY_GATE_FAILED);
          assertThat(e.getMessage()).contains(QTY_MAX).contains("on 'lines[].qty' in at least one item");
        });
    assertThat(mesh.currentSnapshotId(PORT)).hasValue(1);
    assertThat(mesh.latestQualityReport(PORT)).hasValueSatisfying(r -> {
      assertThat(r.result()).isEqualTo(CheckOutcome.FAILED);
      assertThat(r.check(QTY_MAX).orElseThrow().unexpectedCount()).hasValue(1);
      assertThat(r.check(QTY_MAX).orElseThrow().samples()).extracting(s -> s.row() + "=" + s.value().orElse(""))
          .containsExactly("7=[7, 1, 99]");
    });
  }

  @Test
  void rows_with_a_bad_item_are_quarantined_with_their_violations_and_the_others_served() throws Exception {
    mesh(QuarantineMode.QUARANTINE);

    PublishResult r = mesh.publish(PORT, batch(100, List.of(30, 61), List.of(5), List.of(40)));

    assertThat(r.rows()).isEqualTo(98);
    assertThat(r.quarantinedRows()).isEqualTo(2);
    List<String> bad = new ArrayList<>();
    try (ArrowReader q = mesh.readQuarantine(ReadRequest.of(PORT, STEWARD))) {
      while (q.loadNextBatch()) {
        VectorSchemaRoot b = q.getVectorSchemaRoot();
        ListVector v = (ListVector) b.getVector(QuarantineSplit.VIOLATIONS_COLUMN);
        ListVector lines = (ListVector) b.getVector("lines");
        for (int i = 0; i < b.getRowCount(); i++) {
          bad.add(b.getVector("id").getObject(i) + ":" + lines.getObject(i).size() + ":"
              + v.getObject(i).stream().map(String::valueOf).toList());
        }
      }
    }
    assertThat(bad).containsExactly("30:3:[" + QTY_MAX + "]", "61:3:[" + QTY_MAX + "]");
    long served = 0;
    try (ArrowReader read = mesh.read(ReadRequest.of(PORT, STEWARD))) {
      while (read.loadNextBatch()) {
        served += read.getVectorSchemaRoot().getRowCount();
      }
    }
    assertThat(served).isEqualTo(98);
  }
}
