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

/** The quality gate and the quarantine on the publish path, for rules on properties nested in an object. */
class PublishNestedQualityTest {
  private static final PortAddress PORT = PortAddress.parse(Products.out("customers"));
  private static final Principal STEWARD = Principal.builder("ana").setDomain("sales").build();

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

  /** customers(id integer required, address object{zip string required, floor integer maximum 50}). */
  private static Contract contract() {
    SchemaProperty address = SchemaProperty.builder("address", LogicalType.OBJECT)
        .addProperty(SchemaProperty.builder("zip", LogicalType.STRING).setRequired(true).build())
        .addProperty(SchemaProperty.builder("floor", LogicalType.INTEGER)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMaximum(50).build()).build())
        .build();
    SchemaObject o = SchemaObject.builder("customers")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(address).build();
    return Contract.builder().setId("customers").setVersion("1.0.0").addSchemaObject(o).build();
  }

  private Mesh mesh(QuarantineMode mode) {
    DataProduct product = Products.product("customers", "1.0.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("customers").setContract(contract())).build();
    mesh = Mesh.builder().setAllocator(leakCheck).setQuarantine(PORT, mode).build();
    mesh.register(product);
    return mesh;
  }

  /**
   * Customers 0..rows-1 with zip "Z{id}" and floor id % 40; {@code nullZip} rows have a null zip in a present
   * address, {@code highFloor} rows floor 99, {@code noAddress} rows a null address (whose slots hold a null zip and
   * floor 99, which must not count).
   */
  private VectorSchemaRoot batch(int rows, List<Integer> nullZip, List<Integer> highFloor, List<Integer> noAddress) {
    VectorSchemaRoot root = VectorSchemaRoot.create(ArrowSchemas.of(contract(), "customers"), mesh.allocator());
    root.allocateNew();
    BigIntVector id = (BigIntVector) root.getVector("id");
    StructVector address = (StructVector) root.getVector("address");
    VarCharVector zip = (VarCharVector) address.getChild("zip");
    BigIntVector floor = (BigIntVector) address.getChild("floor");
    for (int r = 0; r < rows; r++) {
      id.setSafe(r, r);
      boolean absent = noAddress.contains(r);
      if (absent) {
        address.setNull(r);
      } else {
        address.setIndexDefined(r);
      }
      if (nullZip.contains(r) || absent) {
        zip.setNull(r);
      } else {
        zip.setSafe(r, ("Z" + r).getBytes(StandardCharsets.UTF_8));
      }
      floor.setSafe(r, highFloor.contains(r) || absent ? 99 : r % 40);
    }
    root.setRowCount(rows);
    return root;
  }

  @Test
  void a_nested_required_and_maximum_failing_reject_the_snapshot_naming_the_path() {
    mesh(QuarantineMode.OFF);
    mesh.publish(PORT, batch(10, List.of(), List.of(), List.of(4)));

    assertThatThrownBy(() -> mesh.publish(PORT, batch(10, List.of(2), List.of(7), List.of(4))))
        .isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.QUALITY_GATE_FAILED);
          assertThat(e.getMessage()).contains("customers__address_zip__field_required")
              .contains("break required on 'address.zip'")
              .contains("customers__address_floor__field_maximum").contains("on 'address.floor'");
        });
    assertThat(mesh.currentSnapshotId(PORT)).hasValue(1);
    assertThat(mesh.latestQualityReport(PORT)).hasValueSatisfying(r -> {
      assertThat(r.result()).isEqualTo(CheckOutcome.FAILED);
      assertThat(r.check("customers__address_zip__field_required").orElseThrow().unexpectedCount()).hasValue(1);
      assertThat(r.check("customers__address_floor__field_maximum").orElseThrow().unexpectedCount()).hasValue(1);
    });
  }

  @Test
  void a_row_with_a_bad_nested_value_is_quarantined_and_the_others_served() throws Exception {
    mesh(QuarantineMode.QUARANTINE);

    PublishResult r = mesh.publish(PORT, batch(100, List.of(30), List.of(60), List.of(5)));

    assertThat(r.rows()).isEqualTo(98);
    assertThat(r.quarantinedRows()).isEqualTo(2);
    List<String> bad = new ArrayList<>();
    try (ArrowReader q = mesh.readQuarantine(ReadRequest.of(PORT, STEWARD))) {
      while (q.loadNextBatch()) {
        VectorSchemaRoot b = q.getVectorSchemaRoot();
        ListVector v = (ListVector) b.getVector(QuarantineSplit.VIOLATIONS_COLUMN);
        StructVector address = (StructVector) b.getVector("address");
        for (int i = 0; i < b.getRowCount(); i++) {
          bad.add(b.getVector("id").getObject(i) + ":" + address.getChild("floor").getObject(i) + ":"
              + v.getObject(i).stream().map(String::valueOf).toList());
        }
      }
    }
    assertThat(bad).containsExactly("30:30:[customers__address_zip__field_required]",
        "60:99:[customers__address_floor__field_maximum]");
    long served = 0;
    try (ArrowReader read = mesh.read(ReadRequest.of(PORT, STEWARD))) {
      while (read.loadNextBatch()) {
        served += read.getVectorSchemaRoot().getRowCount();
      }
    }
    assertThat(served).isEqualTo(98);
  }
}
