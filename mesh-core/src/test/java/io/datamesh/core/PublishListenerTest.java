package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.snapshot.BatchSupplier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublishListenerTest {
  private final Mesh mesh = Mesh.builder().build();

  PublishListenerTest() {
    mesh.register(Orders.product());
  }

  @AfterEach
  void close() {
    mesh.close();
  }

  /** Hands out the batches and remembers whether it was closed. */
  private static final class Supplier implements BatchSupplier {
    private final Iterator<VectorSchemaRoot> batches;
    private final List<VectorSchemaRoot> all;
    boolean closed;

    Supplier(List<VectorSchemaRoot> batches) {
      this.all = batches;
      this.batches = batches.iterator();
    }

    @Override
    public Optional<VectorSchemaRoot> next() {
      return batches.hasNext() ? Optional.of(batches.next()) : Optional.empty();
    }

    @Override
    public void close() {
      closed = true;
      batches.forEachRemaining(VectorSchemaRoot::close);
      all.forEach(VectorSchemaRoot::close); // closing a root twice is harmless; taken roots are already empty
    }
  }

  @Test
  void the_listener_hears_the_running_totals_after_each_batch_on_the_publishing_thread() {
    List<PublishProgress> seen = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();

    PublishResult r = mesh.publish(Orders.PORT, new Supplier(Orders.batches(mesh.allocator(), 4, 250)), p -> {
      seen.add(p);
      threads.add(Thread.currentThread());
    });

    assertThat(seen).extracting(PublishProgress::batches).containsExactly(1, 2, 3, 4);
    assertThat(seen).extracting(PublishProgress::rows).containsExactly(250L, 500L, 750L, 1000L);
    assertThat(seen.get(0).bytes()).isPositive();
    assertThat(seen.get(3).bytes()).isEqualTo(4 * seen.get(0).bytes());
    assertThat(seen).allSatisfy(p -> assertThat(p.elapsed().isNegative()).isFalse());
    assertThat(threads).containsOnly(Thread.currentThread());
    assertThat(r.rows()).isEqualTo(1000);
  }

  @Test
  void a_reader_publish_is_observed_too() throws Exception {
    List<Long> rows = new ArrayList<>();

    mesh.publish(Orders.PORT, Orders.ipc(Orders.batch(mesh.allocator(), 0, 300), mesh.allocator()),
        p -> rows.add(p.rows()));

    assertThat(rows).containsExactly(300L);
  }

  @Test
  void a_listener_that_throws_abandons_the_publish_and_the_previous_snapshot_stays_current() throws Exception {
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    long before = mesh.allocator().getAllocatedMemory();
    Supplier source = new Supplier(Orders.batches(mesh.allocator(), 5, 100));

    assertThatThrownBy(() -> mesh.publish(Orders.PORT, source, p -> {
      if (p.batches() == 2) {
        throw new IllegalStateException("disk full");
      }
    })).isInstanceOf(MeshException.class)
        .satisfies(e -> assertThat(((MeshException) e).status()).isEqualTo(MeshStatus.ABORTED))
        .hasMessageContaining("listener").hasMessageContaining("disk full").hasMessageContaining("after batch 2");

    assertThat(source.closed).isTrue();
    assertThat(mesh.snapshotIds(Orders.PORT)).containsExactly(1L);
    assertThat(Orders.drain(mesh.read(ReadRequest.of(Orders.PORT, Principal.anonymous())))[0]).isEqualTo(10);
    assertThat(mesh.allocator().getAllocatedMemory()).as("the abandoned draft is freed").isEqualTo(before);
  }

  @Test
  void a_mesh_exception_from_the_listener_cancels_as_it_is_and_a_missing_listener_still_closes_the_source() {
    assertThatThrownBy(() -> mesh.publish(Orders.PORT, new Supplier(Orders.batches(mesh.allocator(), 2, 10)),
        p -> {
          throw new MeshException(MeshStatus.CANCELLED, "stopped by the user");
        })).isInstanceOf(MeshException.class).hasMessage("stopped by the user");
    assertThat(mesh.snapshotIds(Orders.PORT)).isEmpty();

    Supplier source = new Supplier(Orders.batches(mesh.allocator(), 1, 10));
    assertThatThrownBy(() -> mesh.publish(Orders.PORT, source, (PublishListener) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
    assertThat(source.closed).isTrue();
  }
}
