package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.PortAddress;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.ipc.ArrowIpc;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/serving.md, run as written (only the filling of vectors is a helper here). */
class ServingDocExampleTest {
  private final PortAddress port = Orders.PORT;

  @Test
  void publishing_hands_batches_over_and_reading_projects_and_filters(@TempDir Path dir) throws Exception {
    try (Mesh mesh = Mesh.builder().build()) {
      mesh.register(Orders.product());
      VectorSchemaRoot batch = VectorSchemaRoot.create(ArrowSchemas.of(Orders.contract(), "orders"),
          mesh.allocator());
      Orders.fill(batch, 0, 100);
      PublishResult r = mesh.publish(port, batch);
      assertThat(r.snapshotId()).isEqualTo(1);
      assertThat(r.copiedBytes()).isZero();

      Principal ann = Principal.builder("ann").putAttribute("region", "EU").build();
      ReadRequest request = ReadRequest.builder(port, ann)
          .setColumns("id", "amount")
          .setFilter(Expression.column("region").eq(Expression.principal("region")))
          .build();
      long rows = 0;
      try (ArrowReader reader = mesh.read(request)) {
        while (reader.loadNextBatch()) {
          VectorSchemaRoot b = reader.getVectorSchemaRoot();
          rows += b.getRowCount();
        }
      }
      assertThat(rows).isEqualTo(50);

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ArrowReader reader = mesh.read(ReadRequest.of(port, ann))) {
        ArrowIpc.writeStream(reader, out);
      }
      Path path = dir.resolve("orders.arrow");
      try (ArrowReader reader = mesh.read(ReadRequest.of(port, ann));
          var file = Files.newOutputStream(path)) {
        ArrowIpc.writeFile(reader, file);
      }
      ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
      assertThat(mesh.publish(port, ArrowIpc.readStream(in, mesh.allocator())).rows()).isEqualTo(100);
      assertThat(mesh.publish(port, ArrowIpc.readFile(FileChannel.open(path), mesh.allocator())).snapshotId())
          .isEqualTo(3);
    }
  }
}
