package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.arrow.ArrowSchemas;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

/** An "orders" product with one output port, and batches for it (mesh-core tests cannot use the testkit). */
final class Orders {
  static final PortAddress PORT = PortAddress.parse(Products.out("orders"));

  private Orders() {}

  static Contract contract() {
    SchemaObject o = SchemaObject.builder("orders")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(SchemaProperty.builder("amount", LogicalType.NUMBER).build())
        .addProperty(SchemaProperty.builder("region", LogicalType.STRING).build())
        .build();
    return Contract.builder().setId("orders").setVersion("1.0.0").addSchemaObject(o).build();
  }

  static DataProduct product() {
    return Products.product("orders", "1.0.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("orders").setContract(contract())).build();
  }

  static Schema schema() {
    return ArrowSchemas.of(contract(), "orders");
  }

  /** A batch with id = start..start+rows-1, amount = id, region EU for even ids and US for odd ones. */
  static VectorSchemaRoot batch(BufferAllocator allocator, long start, int rows) {
    VectorSchemaRoot root = VectorSchemaRoot.create(schema(), allocator);
    fill(root, start, rows);
    return root;
  }

  static void fill(VectorSchemaRoot root, long start, int rows) {
    root.allocateNew();
    for (int i = 0; i < rows; i++) {
      long id = start + i;
      ((BigIntVector) root.getVector("id")).setSafe(i, id);
      ((Float8Vector) root.getVector("amount")).setSafe(i, id);
      ((VarCharVector) root.getVector("region")).setSafe(i, (id % 2 == 0 ? "EU" : "US")
          .getBytes(StandardCharsets.UTF_8));
    }
    root.setRowCount(rows);
  }

  /** Reads every batch, returning {rows, sum of ids}; closes the reader. */
  static long[] drain(ArrowReader reader) throws Exception {
    long rows = 0;
    long sum = 0;
    try (reader) {
      while (reader.loadNextBatch()) {
        VectorSchemaRoot r = reader.getVectorSchemaRoot();
        rows += r.getRowCount();
        BigIntVector id = (BigIntVector) r.getVector("id");
        for (int i = 0; id != null && i < r.getRowCount(); i++) {
          sum += id.get(i);
        }
      }
    }
    return new long[] {rows, sum};
  }

  /** Serializes a batch as an IPC stream and returns a reader of it on {@code allocator}; closes the batch. */
  static ArrowReader ipc(VectorSchemaRoot batch, BufferAllocator allocator) throws java.io.IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (batch; var w = new org.apache.arrow.vector.ipc.ArrowStreamWriter(batch, null, out)) {
      w.start();
      w.writeBatch();
      w.end();
    }
    return io.datamesh.arrow.ipc.ArrowIpc.readStream(new java.io.ByteArrayInputStream(out.toByteArray()), allocator);
  }

  static List<VectorSchemaRoot> batches(BufferAllocator a, int count, int rows) {
    List<VectorSchemaRoot> out = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      out.add(batch(a, (long) b * rows, rows));
    }
    return out;
  }
}
