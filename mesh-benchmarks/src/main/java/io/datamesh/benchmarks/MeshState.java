package io.datamesh.benchmarks;

import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.core.Mesh;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/** A mesh with the benchmark product registered, and helpers shared by the benchmarks. */
final class MeshState {
  static final Principal READER = Principal.builder("bench").build();

  private MeshState() {}

  static Mesh mesh() {
    return mesh(true);
  }

  /** A mesh whose publish reports count distinct values exactly, or not ({@code MeshBuilder.setDistinctStatistics}). */
  static Mesh mesh(boolean distinctStatistics) {
    Mesh mesh = Mesh.builder().setName("bench").setSnapshotHistory(1).setWorkerThreads(1)
        .setDistinctStatistics(distinctStatistics).build();
    mesh.register(BenchData.product());
    return mesh;
  }

  /** Publishes the batches (handed over, no copy) and returns the rows published. */
  static long publish(Mesh mesh, List<VectorSchemaRoot> batches) {
    List<VectorSchemaRoot> pending = new ArrayList<>(batches);
    batches.clear();
    return mesh.publish(BenchData.PORT, () -> pending.isEmpty() ? Optional.empty()
        : Optional.of(pending.remove(pending.size() - 1))).rows();
  }

  static ArrowReader readAll(Mesh mesh) {
    return mesh.read(ReadRequest.of(BenchData.PORT, READER));
  }
}
