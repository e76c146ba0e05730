package io.datamesh.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.datamesh.api.PortAddress;
import io.datamesh.core.Mesh;
import io.datamesh.core.emit.DeliveryStats;
import io.datamesh.core.emit.FsyncPolicy;
import io.datamesh.core.emit.HttpTransport;
import io.datamesh.core.emit.OpenLineageEmitter;
import io.datamesh.core.lineage.LineageMapper;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mesh binds its OpenLineage emitter's HTTP transports to Micrometer: queue, outbox, spills, retries, drops. */
class EmitterMetricsTest {
  private static final PortAddress PORT =
      PortAddress.parse("urn:dpds:com.example:dataproducts:orders:1:outputports:orders");

  @TempDir Path outbox;
  private final RootAllocator leakCheck = new RootAllocator();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @AfterEach
  void close() {
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  private Mesh mesh(HttpTransport transport) {
    return Mesh.builder().setAllocator(leakCheck)
        .setMetrics(MicrometerMeshMetrics.create(registry, Tags.of("mesh", "sales")))
        .addEmitterFactory(m -> OpenLineageEmitter.builder()
            .setMapper(LineageMapper.builder().setProducts(m::product).build())
            .addTransport(transport).setFlushTimeout(Duration.ofMillis(200)).build())
        .build();
  }

  private double counter(String name, URI url) {
    return registry.get(name).tags("mesh", "sales", "transport", url + "/api/v1/lineage").functionCounter().count();
  }

  private double gauge(String name, URI url) {
    return registry.get(name).tags("mesh", "sales", "transport", url + "/api/v1/lineage").gauge().value();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() < deadline).as("waited 20 s for %s", what).isTrue();
      Thread.sleep(5);
    }
  }

  @Test
  void events_for_an_endpoint_that_is_down_are_retried_then_counted_as_spilled_to_the_outbox() throws Exception {
    // A socket bound without listening: connections are refused, and no other test's server can take the port
    // (a port freed by closing a server socket could be).
    try (Socket held = new Socket()) {
      held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      URI down = URI.create("http://127.0.0.1:" + held.getLocalPort());
      spillsToTheOutbox(HttpTransport.builder(down, outbox)
          .setRetry(2, Duration.ofMillis(5), Duration.ofSeconds(30)).setCloseTimeout(Duration.ZERO).build(), down);
    }
  }

  private void spillsToTheOutbox(HttpTransport transport, URI down) throws Exception {
    try (Mesh mesh = mesh(transport)) {
      mesh.register(MicrometerMeshMetricsTest.orders());
      mesh.publish(PORT, MicrometerMeshMetricsTest.batch(mesh.allocator(), 10, false));

      // registration (1 dataset event), quality run (2) and publish run (2): all five end in the outbox
      await(() -> transport.stats().spilled() == 5, "five events spilled");
      DeliveryStats stats = transport.stats();
      assertThat(counter("mesh.emitter.spilled", down)).isEqualTo(stats.spilled()).isEqualTo(5);
      assertThat(gauge("mesh.emitter.outboxed", down)).isEqualTo(stats.outboxed()).isEqualTo(5);
      assertThat(counter("mesh.emitter.retries", down)).isEqualTo(stats.retries()).isPositive();
      assertThat(gauge("mesh.emitter.queued", down)).isZero();
      assertThat(counter("mesh.emitter.dropped", down)).isZero();
    }
  }

  @Test
  void a_full_queue_and_a_full_outbox_drop_events_and_the_drop_counter_matches_the_transport() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger received = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    ExecutorService executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      try (InputStream body = exchange.getRequestBody()) {
        body.readAllBytes();
        received.incrementAndGet();
        release.await(20, TimeUnit.SECONDS); // a slow catalog: the first request holds the sender
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    HttpTransport transport = HttpTransport.builder(url, outbox).setQueueCapacity(1)
        .setOutboxLimit(1, FsyncPolicy.NEVER).setTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)).build();
    try (Mesh mesh = mesh(transport)) {
      mesh.register(MicrometerMeshMetricsTest.orders());
      await(() -> received.get() == 1, "the registration's event held by the server");
      mesh.publish(PORT, MicrometerMeshMetricsTest.batch(mesh.allocator(), 10, false));

      // the registration's event in flight; of the publish's four, one queued and three that fit neither the
      // queue nor a one-byte outbox
      await(() -> transport.stats().dropped() == 3, "three events dropped");
      assertThat(gauge("mesh.emitter.queued", url)).isEqualTo(transport.stats().queued()).isEqualTo(2);
      assertThat(counter("mesh.emitter.dropped", url)).isEqualTo(transport.stats().dropped()).isEqualTo(3);

      release.countDown();
      assertThat(transport.flush(Duration.ofSeconds(20))).isTrue();
      DeliveryStats stats = transport.stats();
      assertThat(stats.sent() + stats.dropped()).as("every event is sent or counted as dropped").isEqualTo(5);
      assertThat(received.get()).isEqualTo(2);
      assertThat(counter("mesh.emitter.dropped", url)).isEqualTo(stats.dropped());
      assertThat(counter("mesh.emitter.spilled", url)).isZero();
      assertThat(gauge("mesh.emitter.queued", url)).isZero();
    } finally {
      release.countDown();
      server.stop(0);
      executor.shutdownNow();
    }
  }

  @Test
  void an_emitter_bound_by_hand_reports_through_the_same_meters() {
    URI url = URI.create("http://127.0.0.1:9");
    HttpTransport transport = HttpTransport.builder(url, outbox).setCloseTimeout(Duration.ZERO).build();
    try (OpenLineageEmitter emitter = OpenLineageEmitter.builder().addTransport(transport).build()) {
      emitter.bindTo(MicrometerMeshMetrics.create(registry, Tags.of("mesh", "sales")));

      assertThat(gauge("mesh.emitter.queued", url)).isZero();
      assertThat(registry.get("mesh.emitter.dropped").functionCounters()).hasSize(1);
    }
  }
}
