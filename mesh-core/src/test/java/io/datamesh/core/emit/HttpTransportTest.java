package io.datamesh.core.emit;

import static io.datamesh.core.emit.RecordingServer.await;
import static io.datamesh.core.emit.TestEvents.names;
import static io.datamesh.core.emit.TestEvents.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTTP transport against a real server on loopback. Waits are bounded; no outcome depends on how long anything
 * takes.
 */
class HttpTransportTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  Path outbox;

  private RecordingServer server;
  private RecordingServer.DownPort down;
  private HttpTransport transport;
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() throws IOException {
    release.countDown();
    if (down != null) {
      down.close();
    }
    if (transport != null) {
      transport.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Requests and close wait up to 30 s unless a test sets less: no count may depend on a loaded machine. */
  private HttpTransportBuilder to(URI url) {
    return HttpTransport.builder(url, outbox).setRetry(3, Duration.ofMillis(1), Duration.ofMillis(20))
        .setTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)).setCloseTimeout(Duration.ofSeconds(30));
  }

  private RecordingServer.Answer blockUntilReleased() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new RecordingServer.Answer(200, "");
  }

  @Test
  void events_arrive_in_order_with_the_bearer_token() throws IOException {
    server = RecordingServer.start();
    transport = to(server.url()).setBearerToken("s3cret").build();

    send(transport, 0, 50);

    assertThat(transport.flush(WAIT)).isTrue();
    assertThat(server.acceptedNames()).containsExactlyElementsOf(names(0, 50));
    assertThat(server.requests()).allSatisfy(r -> {
      assertThat(r.path()).isEqualTo("/api/v1/lineage");
      assertThat(r.authorization()).isEqualTo("Bearer s3cret");
    });
    assertThat(transport.stats().sent()).isEqualTo(50);
  }

  @Test
  void answers_500_then_200_lose_nothing_and_keep_the_order() throws IOException {
    server = RecordingServer.start();
    AtomicInteger calls = new AtomicInteger();
    server.answer(r -> new RecordingServer.Answer(calls.incrementAndGet() <= 2 ? 500 : 200, "busy"));
    transport = to(server.url()).build();

    send(transport, 0, 10);

    assertThat(transport.flush(WAIT)).isTrue();
    assertThat(server.acceptedNames()).containsExactlyElementsOf(names(0, 10));
    assertThat(transport.stats().retries()).isEqualTo(2);
    assertThat(transport.stats().spilled()).isZero();
  }

  @Test
  void a_400_is_counted_with_its_body_and_never_retried() throws IOException {
    server = RecordingServer.start();
    server.answer(r -> r.names().contains("e1") ? new RecordingServer.Answer(400, "unknown facet 'x'")
        : new RecordingServer.Answer(200, ""));
    transport = to(server.url()).build();

    send(transport, 0, 3);

    assertThat(transport.flush(WAIT)).isTrue();
    assertThat(server.requestsFor("e1")).isEqualTo(1);
    assertThat(server.acceptedNames()).containsExactly("e0", "e2");
    assertThat(transport.stats().rejected()).isEqualTo(1);
    assertThat(transport.stats().lastRejection()).hasValueSatisfying(s -> assertThat(s).contains("400")
        .contains("unknown facet 'x'"));
  }

  @Test
  void while_the_server_is_down_events_wait_in_the_outbox_and_arrive_in_order_when_it_is_back()
      throws Exception {
    down = RecordingServer.down();
    transport = to(down.url()).build();

    send(transport, 0, 20);
    assertThat(await(() -> transport.stats().outboxed() == 20, WAIT)).as("all in the outbox").isTrue();
    server = down.start();

    assertThat(transport.flush(WAIT)).isTrue();
    assertThat(server.acceptedNames()).containsExactlyElementsOf(names(0, 20));
    assertThat(transport.stats().replayed()).isEqualTo(20);
    assertThat(transport.stats().dropped()).isZero();
  }

  @Test
  void a_slow_server_is_retried_after_the_request_timeout_and_loses_nothing() throws IOException {
    server = RecordingServer.start();
    AtomicInteger calls = new AtomicInteger();
    server.answer(r -> calls.incrementAndGet() == 1 ? blockUntilReleased() : new RecordingServer.Answer(200, ""));
    transport = to(server.url()).setTimeouts(Duration.ofSeconds(5), Duration.ofMillis(200)).build();

    send(transport, 0, 5);

    assertThat(transport.flush(WAIT)).isTrue();
    assertThat(server.acceptedNames()).containsExactlyElementsOf(names(0, 5));
    assertThat(transport.stats().retries()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void a_full_queue_spills_to_the_outbox_and_the_order_is_kept() throws IOException {
    server = RecordingServer.start();
    AtomicInteger calls = new AtomicInteger();
    server.answer(r -> calls.incrementAndGet() == 1 ? blockUntilReleased() : new RecordingServer.Answer(200, ""));
    transport = to(server.url()).setQueueCapacity(2).setTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60))
        .build();

    send(transport, 0, 30);
    long spilled = transport.stats().spilled();
    release.countDown();

    assertThat(spilled).isGreaterThanOrEqualTo(27);
    assertThat(transport.flush(WAIT)).isTrue();
    assertThat(server.acceptedNames()).containsExactlyElementsOf(names(0, 30));
  }

  @Test
  void at_the_outbox_cap_events_are_dropped_and_counted_and_the_rest_arrive_in_order() throws Exception {
    down = RecordingServer.down();
    int oneEvent = new TestEvents.Event("e10").json().length() + 1;
    transport = to(down.url()).setRetry(1, Duration.ofMillis(1), Duration.ofMillis(20))
        .setQueueCapacity(1).setOutboxLimit(5L * oneEvent, FsyncPolicy.NEVER).build();

    send(transport, 0, 20);
    assertThat(await(() -> transport.stats().queued() == 0
        && transport.stats().outboxed() + transport.stats().dropped() == 20, WAIT)).isTrue();
    long dropped = transport.stats().dropped();
    server = down.start();

    assertThat(dropped).isGreaterThan(0);
    assertThat(transport.flush(WAIT)).isTrue();
    List<String> arrived = server.acceptedNames();
    assertThat(arrived).hasSize((int) (20 - dropped));
    assertThat(arrived).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a.substring(1)),
        Integer.parseInt(b.substring(1))));
  }

  @Test
  void a_restarted_host_sends_the_outbox_it_left_first_and_in_order() throws Exception {
    down = RecordingServer.down();
    transport = to(down.url()).setRetry(1, Duration.ofMillis(1), Duration.ofMillis(20))
        .setCloseTimeout(Duration.ofMillis(200)).build();
    send(transport, 0, 10);
    transport.close();
    try (Stream<Path> files = Files.list(outbox)) {
      assertThat(files.filter(f -> f.toString().endsWith(".jsonl"))).isNotEmpty();
    }

    server = down.start();
    transport = to(server.url()).build();
    send(transport, 10, 15);

    assertThat(transport.flush(WAIT)).isTrue();
    assertThat(server.acceptedNames()).containsExactlyElementsOf(names(0, 15));
    assertThat(transport.stats().replayed()).as("new events queue behind the outbox").isEqualTo(15);
  }

  @Test
  void batches_go_to_the_batch_endpoint_as_json_arrays() throws IOException {
    server = RecordingServer.start();
    transport = to(server.url()).setBatch(10, "/api/v1/lineage/batch").build();

    send(transport, 0, 25);

    assertThat(transport.flush(WAIT)).isTrue();
    assertThat(server.acceptedNames()).containsExactlyElementsOf(names(0, 25));
    assertThat(server.requests()).allSatisfy(r -> {
      assertThat(r.path()).isEqualTo("/api/v1/lineage/batch");
      assertThat(r.body()).startsWith("[").endsWith("]");
    });
  }

  @Test
  void close_delivers_what_is_queued_and_stops_its_named_daemon_thread() throws IOException {
    server = RecordingServer.start();
    transport = to(server.url()).build();
    assertThat(senderThreads()).isNotEmpty().allMatch(Thread::isDaemon);

    send(transport, 0, 20);
    transport.close();
    transport.send(new TestEvents.Event("late"));

    assertThat(server.acceptedNames()).containsExactlyElementsOf(names(0, 20));
    assertThat(senderThreads()).isEmpty();
    assertThat(transport.stats().dropped()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "DataHub, /openapi/openlineage, /api/v1/lineage, /openapi/openlineage/api/v1/lineage",
      "OpenMetadata, '', /api/v1/openlineage/lineage, /api/v1/openlineage/lineage"})
  void the_catalog_settings_of_the_metadata_guide_post_where_each_catalog_listens(String catalog, String base,
      String endpoint, String path) throws IOException {
    server = RecordingServer.start();
    transport = to(URI.create(server.url() + base)).setEndpoint(endpoint).setBearerToken("jwt").build();

    send(transport, 0, 3);

    assertThat(transport.flush(WAIT)).isTrue();
    assertThat(server.requests()).hasSize(3).allSatisfy(r -> {
      assertThat(r.path()).as(catalog).isEqualTo(path);
      assertThat(r.authorization()).isEqualTo("Bearer jwt");
    });
  }

  @Test
  void two_transports_cannot_share_an_outbox() throws IOException {
    server = RecordingServer.start();
    transport = to(server.url()).build();

    assertThatThrownBy(() -> to(server.url()).build()).isInstanceOfSatisfying(MeshException.class,
        e -> assertThat(e.status()).isEqualTo(MeshStatus.FAILED_PRECONDITION));
  }

  private static List<Thread> senderThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("datamesh-lineage-http-") && t.isAlive()).toList();
  }
}
