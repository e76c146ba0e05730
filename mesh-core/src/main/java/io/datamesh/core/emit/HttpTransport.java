package io.datamesh.core.emit;

import io.datamesh.core.lineage.LineageEvent;
import io.datamesh.core.observe.MeshMetrics;
import io.datamesh.core.observe.MetricsSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends OpenLineage events to an HTTP endpoint ({@code POST {url}/api/v1/lineage}, as Marquez and the OpenLineage
 * spec define it) without ever blocking the host: {@link #send} puts the event on a bounded queue that one named
 * daemon thread delivers in order, retrying timeouts, connection failures and 5xx answers with exponential backoff.
 * A 4xx answer is logged with the response body and not retried. When the queue is full, or the endpoint stays down
 * past the retry budget, events go to a JSON-lines outbox on disk and are sent, in order, when the endpoint answers
 * again; a transport built later over the same directory (after a restart) sends them first. Events are dropped only
 * when the outbox is full, and counted. Delivery is at least once. {@link #stats()} counts everything; bound to a
 * mesh's {@link MeshMetrics} (through its {@link OpenLineageEmitter}), the queue, outbox, spills, retries and drops
 * become meters named by the endpoint URL.
 *
 * <pre>{@code
 * HttpTransport marquez = HttpTransport.builder(URI.create("http://localhost:5000"), Path.of("lineage-outbox"))
 *     .setBearerToken(System.getenv("LINEAGE_TOKEN"))
 *     .build();
 * }</pre>
 */
public final class HttpTransport implements LineageTransport, MetricsSource {
  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Sender sender;
  private final Thread thread;
  private final Duration closeTimeout;
  private final Duration requestTimeout;
  private final URI target;

  HttpTransport(HttpTransportBuilder b) {
    Outbox outbox = new Outbox(b.outbox, b.outboxMaxBytes, b.outboxFsync);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(b.connectTimeout).build();
    Poster poster = new Poster(client, HttpTransportBuilder.join(b.url, b.endpoint),
        HttpTransportBuilder.join(b.url, b.batchEndpoint), b.batchSize > 1, b.headers, b.requestTimeout);
    this.target = poster.target();
    this.sender = new Sender(outbox, poster, b);
    this.closeTimeout = b.closeTimeout;
    this.requestTimeout = b.requestTimeout;
    this.thread = new Thread(sender, "datamesh-lineage-http-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Starts configuring a transport.
   *
   * @param url the catalog's base URL, such as {@code http://localhost:5000} for Marquez; the endpoint path is
   *     appended
   * @param outboxDir a directory that only this transport uses, created if needed, where events wait while the
   *     endpoint is unreachable; keep it across restarts
   * @return a builder
   */
  public static HttpTransportBuilder builder(URI url, Path outboxDir) {
    return new HttpTransportBuilder(url, outboxDir);
  }

  /** Queues the event, or appends it to the outbox when the queue is full or the outbox is not empty. */
  @Override
  public void send(LineageEvent event) {
    sender.offer(Objects.requireNonNull(event, "event").json());
  }

  /** Waits until the queue and the outbox are empty, probing the endpoint at once if it was down. */
  @Override
  public boolean flush(Duration timeout) {
    try {
      return sender.awaitIdle(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Delivers what it can within the close timeout, keeps the rest in the outbox, and stops the thread. Later sends
   * are dropped and counted.
   */
  @Override
  public void close() {
    sender.beginClose(closeTimeout);
    try {
      thread.join(closeTimeout.plus(requestTimeout).plusSeconds(1).toMillis());
      if (thread.isAlive()) {
        LOG.warn("lineage sender for {} did not stop in time; interrupting it", target);
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(1));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sender.finishClose();
  }

  /**
   * Returns what the transport did so far.
   *
   * @return a consistent copy of its counters
   */
  public DeliveryStats stats() {
    return sender.stats();
  }

  /**
   * Reports the queue and outbox depths as gauges and the spills, retries and drops as counters, each named by the
   * endpoint URL and read from {@link #stats()}.
   *
   * @param metrics where to report
   */
  @Override
  public void bindTo(MeshMetrics metrics) {
    String name = target.toString();
    metrics.emitterQueued(name, () -> sender.stats().queued());
    metrics.emitterOutboxed(name, () -> sender.stats().outboxed());
    metrics.emitterSpilled(name, () -> sender.stats().spilled());
    metrics.emitterRetries(name, () -> sender.stats().retries());
    metrics.emitterDropped(name, () -> sender.stats().dropped());
  }

  @Override
  public String toString() {
    return "HttpTransport[" + target + "]";
  }
}
