package io.datamesh.core;

import static io.datamesh.core.Chain.eventually;
import static io.datamesh.core.Chain.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DomainKind;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/**
 * A transform (running on a mesh worker) that closes its own mesh would wait for its own task, interrupt itself and
 * free memory still in use; the mesh refuses with a clear error and stays usable.
 */
class CloseFromMeshThreadTest {
  @Test
  void closing_the_mesh_from_its_own_worker_is_refused_and_the_mesh_stays_open() throws Exception {
    PortAddress agg = port("agg", "agg");
    AtomicReference<Throwable> refused = new AtomicReference<>();
    try (RootAllocator leakCheck = new RootAllocator()) {
      Mesh mesh = Mesh.builder().setAllocator(leakCheck).setName("self-close").build();
      try {
        mesh.register(Orders.product());
        mesh.register(Chain.product("agg", DomainKind.AGGREGATE, new String[] {"agg"}, Orders.PORT));
        mesh.setTransform(agg.product(), ctx -> {
          try {
            mesh.close();
          } catch (MeshException e) {
            refused.set(e);
          }
          ctx.publish("agg", ctx.input("in0"));
        }, RefreshPolicy.onUpstreamPublish(Duration.ZERO));

        mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
        eventually(() -> mesh.currentSnapshotId(agg).isPresent());

        assertThat(refused.get()).isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.FAILED_PRECONDITION);
          assertThat(e.getMessage()).contains("self-close", "worker threads", "close it from the thread");
        });
        assertThat(mesh.runHistory(agg.product())).singleElement()
            .satisfies(r -> assertThat(r.succeeded()).isTrue());
      } finally {
        mesh.close();
      }
      assertThat(leakCheck.getAllocatedMemory()).isZero();
    }
  }
}
