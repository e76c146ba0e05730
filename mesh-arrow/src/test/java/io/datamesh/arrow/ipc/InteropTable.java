package io.datamesh.arrow.ipc;

import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.ExtraColumns;
import io.datamesh.arrow.snapshot.SnapshotDraft;
import io.datamesh.arrow.snapshot.SnapshotPublisher;
import io.datamesh.arrow.snapshot.SnapshotReader;
import io.datamesh.arrow.snapshot.SnapshotStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The table the interop tests hand to readers that are not ours: 3 batches of 1000 rows, with nulls and non-ASCII
 * text, published into a snapshot and written by the SDK as an IPC stream and an IPC file.
 */
final class InteropTable {
  static final int BATCHES = 3;
  static final int ROWS = 1000;
  long idSum;
  long qtySum;
  double amountSum;
  long noteBytes;

  static Schema schema() {
    SchemaObject o = SchemaObject.builder("t")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(SchemaProperty.builder("qty", LogicalType.INTEGER)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat("i32").build()).build())
        .addProperty(SchemaProperty.builder("amount", LogicalType.NUMBER).build())
        .addProperty(SchemaProperty.builder("note", LogicalType.STRING).build())
        .build();
    Contract c = Contract.builder().setId("interop").setVersion("1.0.0").addSchemaObject(o).build();
    return ArrowSchemas.of(c, "t");
  }

  private VectorSchemaRoot batch(BufferAllocator a, int b) {
    VectorSchemaRoot root = VectorSchemaRoot.create(schema(), a);
    root.allocateNew();
    for (int i = 0; i < ROWS; i++) {
      long id = (long) b * ROWS + i + 3_000_000_000L;
      ((BigIntVector) root.getVector("id")).setSafe(i, id);
      ((IntVector) root.getVector("qty")).setSafe(i, i % 17 - 8);
      idSum += id;
      qtySum += i % 17 - 8;
      if (i % 10 == 0) {
        root.getVector("amount").setNull(i);
        root.getVector("note").setNull(i);
      } else {
        ((Float8Vector) root.getVector("amount")).setSafe(i, i * 0.25);
        amountSum += i * 0.25;
        byte[] note = ("n\u00e9" + i).getBytes(StandardCharsets.UTF_8);
        ((VarCharVector) root.getVector("note")).setSafe(i, note);
        noteBytes += note.length;
      }
    }
    root.setRowCount(ROWS);
    return root;
  }

  /** Publishes the table into a snapshot and writes it with the SDK's IPC writers into {@code dir}. */
  List<Path> write(BufferAllocator allocator, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path stream = dir.resolve("table.arrows");
    Path file = dir.resolve("table.arrow");
    try (SnapshotStore store = SnapshotStore.inMemory(allocator, 1)) {
      int[] n = {0};
      try (SnapshotDraft d = store.newDraft("t", schema())) {
        SnapshotPublisher.publish(() -> n[0] < BATCHES ? Optional.of(batch(allocator, n[0]++)) : Optional.empty(),
            d, ExtraColumns.REJECT);
        d.commit();
      }
      for (Path p : List.of(stream, file)) {
        try (var r = SnapshotReader.open(store.acquire("t").orElseThrow(),
            allocator.newChildAllocator("write", 0, Long.MAX_VALUE), List.of(), Optional.empty());
            OutputStream out = Files.newOutputStream(p)) {
          if (p.equals(stream)) {
            ArrowIpc.writeStream(r, out);
          } else {
            ArrowIpc.writeFile(r, out);
          }
        }
      }
    }
    return List.of(stream, file);
  }
}
