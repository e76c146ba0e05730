package io.datamesh.arrow;

import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/** Small contracts and batches for the data-plane tests (mesh-arrow cannot use the testkit). */
public final class Tables {
  private Tables() {}

  /** A contract with one object "orders": id (integer, required, key), amount (number f64), note (string). */
  public static Contract orders() {
    SchemaObject o = SchemaObject.builder("orders")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).setPrimaryKeyPosition(1)
            .build())
        .addProperty(SchemaProperty.builder("amount", LogicalType.NUMBER)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat("f64").build()).build())
        .addProperty(SchemaProperty.builder("note", LogicalType.STRING).build())
        .build();
    return Contract.builder().setId("orders-contract").setVersion("1.0.0").addSchemaObject(o).build();
  }

  public static Schema ordersSchema() {
    return ArrowSchemas.of(orders(), "orders");
  }

  /** Fills a batch of the orders schema: id = start + i, amount = id / 2.0, note = "n" + id, every 7th null. */
  public static VectorSchemaRoot orders(BufferAllocator allocator, long start, int rows) {
    VectorSchemaRoot root = VectorSchemaRoot.create(ordersSchema(), allocator);
    fill(root, start, rows);
    return root;
  }

  public static void fill(VectorSchemaRoot root, long start, int rows) {
    BigIntVector id = (BigIntVector) root.getVector("id");
    Float8Vector amount = (Float8Vector) root.getVector("amount");
    VarCharVector note = (VarCharVector) root.getVector("note");
    root.allocateNew();
    for (int i = 0; i < rows; i++) {
      long v = start + i;
      id.setSafe(i, v);
      if (v % 7 == 0) {
        amount.setNull(i);
        note.setNull(i);
      } else {
        amount.setSafe(i, v / 2.0);
        note.setSafe(i, ("n" + v).getBytes(StandardCharsets.UTF_8));
      }
    }
    root.setRowCount(rows);
  }

  /** Sums the id column of every batch a reader serves. */
  public static long sumIds(List<VectorSchemaRoot> roots) {
    long s = 0;
    for (VectorSchemaRoot r : roots) {
      BigIntVector id = (BigIntVector) r.getVector("id");
      for (int i = 0; i < r.getRowCount(); i++) {
        s += id.get(i);
      }
    }
    return s;
  }
}
