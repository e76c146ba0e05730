package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.core.observe.MeshMetrics;
import io.datamesh.core.observe.SloState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeshMetricsTest {
  /** Records what the mesh reports. */
  static final class Recording implements MeshMetrics {
    final AtomicLong publishes = new AtomicLong();
    final AtomicLong rows = new AtomicLong();
    final List<MeshStatus> failures = new CopyOnWriteArrayList<>();
    final AtomicLong reads = new AtomicLong();
    final List<String> emitterFailures = new CopyOnWriteArrayList<>();
    final Map<String, SloState> slos = new ConcurrentHashMap<>();
    final AtomicReference<LongSupplier> allocated = new AtomicReference<>();

    @Override
    public void published(PortAddress port, long r, long bytes) {
      publishes.incrementAndGet();
      rows.addAndGet(r);
    }

    @Override
    public void publishFailed(PortAddress port, MeshStatus status) {
      failures.add(status);
    }

    @Override
    public void read(PortAddress port) {
      reads.incrementAndGet();
    }

    @Override
    public void emitterFailed(String emitter) {
      emitterFailures.add(emitter);
    }

    @Override
    public void sloState(PortAddress port, String sla, SloState state) {
      slos.put(sla, state);
    }

    @Override
    public void allocatorBytes(LongSupplier allocatedBytes) {
      allocated.set(allocatedBytes);
    }
  }

  private final RootAllocator leakCheck = new RootAllocator();
  private final Recording metrics = new Recording();
  private final MutableClock clock = new MutableClock();
  private final Mesh mesh = Mesh.builder().setAllocator(leakCheck).setClock(clock).setMetrics(metrics)
      .addEmitter(e -> {
        throw new IllegalStateException("emitter down");
      }).build();

  @AfterEach
  void close() {
    mesh.close();
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  @Test
  void publishes_rows_rejections_reads_and_memory_are_counted_where_they_happen() throws Exception {
    mesh.register(Monitored.orders());
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 5));
    VectorSchemaRoot bad = Orders.batch(mesh.allocator(), 0, 4);
    ((BigIntVector) bad.getVector("id")).setNull(0);
    assertThatThrownBy(() -> mesh.publish(Orders.PORT, bad)).isInstanceOf(MeshException.class);
    Orders.drain(mesh.read(ReadRequest.of(Orders.PORT, Principal.anonymous())));

    assertThat(metrics.publishes).hasValue(2);
    assertThat(metrics.rows).hasValue(15);
    assertThat(metrics.failures).containsExactly(MeshStatus.QUALITY_GATE_FAILED);
    assertThat(metrics.reads).hasValue(1);
    assertThat(metrics.allocated.get().getAsLong()).as("the kept snapshots' memory").isPositive();
  }

  @Test
  void emitter_failures_and_slo_states_are_reported() throws Exception {
    mesh.register(Monitored.orders()); // never publishes: availability 99.9% allows 43 min 12 s in 30 days
    clock.advance(Duration.ofMinutes(50));
    Monitored.await(mesh, s -> !s.slos().isEmpty());
    mesh.close(Duration.ofSeconds(5)); // delivers every event

    assertThat(metrics.slos).containsEntry("availability", SloState.BREACHED)
        .containsEntry("latency", SloState.AT_RISK).containsEntry("frequency", SloState.MET);
    assertThat(metrics.emitterFailures).isNotEmpty().allMatch(n -> n.contains("MeshMetricsTest"));
  }

  @Test
  void a_metrics_implementation_that_throws_never_fails_a_publish_or_read() throws Exception {
    MeshMetrics broken = new MeshMetrics() {
      @Override
      public void published(PortAddress port, long rows, long bytes) {
        throw new IllegalStateException("metrics down");
      }

      @Override
      public void read(PortAddress port) {
        throw new IllegalStateException("metrics down");
      }
    };
    try (Mesh other = Mesh.builder().setAllocator(leakCheck).setMetrics(broken).build()) {
      other.register(Orders.product());
      assertThat(other.publish(Orders.PORT, Orders.batch(other.allocator(), 0, 3)).rows()).isEqualTo(3);
      assertThat(Orders.drain(other.read(ReadRequest.of(Orders.PORT, Principal.anonymous())))[0]).isEqualTo(3);
    }
  }

  /** An emitter that measures itself, like an OpenLineage emitter with HTTP transports. */
  static class Measured implements io.datamesh.api.event.MetadataEmitter,
      io.datamesh.core.observe.MetricsSource {
    final List<MeshMetrics> boundTo = new CopyOnWriteArrayList<>();
    final AtomicLong dropped = new AtomicLong(7);

    @Override
    public void emit(io.datamesh.api.event.MeshEvent event) {}

    @Override
    public void bindTo(MeshMetrics metrics) {
      boundTo.add(metrics);
      metrics.emitterDropped("http://catalog/api/v1/lineage", dropped::get);
    }
  }

  @Test
  void emitters_that_measure_themselves_are_bound_once_and_a_failing_binding_breaks_nothing() throws Exception {
    Measured measured = new Measured();
    Map<String, LongSupplier> drops = new ConcurrentHashMap<>();
    MeshMetrics recording = new MeshMetrics() {
      @Override
      public void emitterDropped(String transport, LongSupplier dropped) {
        drops.put(transport, dropped);
      }
    };
    try (Mesh other = Mesh.builder().setAllocator(leakCheck).setMetrics(recording).addEmitter(measured)
        .addEmitterFactory(m -> new Measured() {
          @Override
          public void bindTo(MeshMetrics metrics) {
            throw new IllegalStateException("cannot bind");
          }
        }).build()) {
      other.register(Orders.product());

      assertThat(measured.boundTo).hasSize(1);
      measured.dropped.set(9);
      assertThat(drops.get("http://catalog/api/v1/lineage").getAsLong()).as("read when asked").isEqualTo(9);
    }
  }
}
