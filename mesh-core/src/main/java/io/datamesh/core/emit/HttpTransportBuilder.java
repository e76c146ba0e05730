package io.datamesh.core.emit;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Configures an {@link HttpTransport}. The defaults suit Marquez; other catalogs need another endpoint path:
 *
 * <pre>{@code
 * // DataHub
 * HttpTransport.builder(URI.create("https://gms:8080/openapi/openlineage"), outbox)
 *     .setEndpoint("/api/v1/lineage").setBearerToken(token).build();
 * // OpenMetadata
 * HttpTransport.builder(URI.create("http://openmetadata:8585"), outbox)
 *     .setEndpoint("/api/v1/openlineage/lineage").setBearerToken(jwt).build();
 * }</pre>
 */
public final class HttpTransportBuilder {
  final URI url;
  final Path outbox;
  String endpoint = "/api/v1/lineage";
  String batchEndpoint = "/api/v1/lineage/batch";
  int batchSize = 1;
  final Map<String, String> headers = new LinkedHashMap<>();
  Duration connectTimeout = Duration.ofSeconds(5);
  Duration requestTimeout = Duration.ofSeconds(5);
  int queueCapacity = 10_000;
  int maxAttempts = 5;
  Duration initialBackoff = Duration.ofMillis(250);
  Duration maxBackoff = Duration.ofSeconds(30);
  long outboxMaxBytes = 256L * 1024 * 1024;
  FsyncPolicy outboxFsync = FsyncPolicy.ON_FLUSH;
  Duration closeTimeout = Duration.ofSeconds(10);

  HttpTransportBuilder(URI url, Path outbox) {
    Objects.requireNonNull(url, "url");
    if (!url.isAbsolute() || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(
        url.getScheme()))) {
      throw new IllegalArgumentException("lineage endpoint URL must be an absolute http(s) URL, was '" + url + "'");
    }
    this.url = url;
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  static URI join(URI base, String path) {
    String b = base.toString();
    return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
  }

  /**
   * Sets the path of the endpoint that takes one event per request.
   *
   * @param path such as {@code /api/v1/lineage} (the default)
   * @return this builder
   */
  public HttpTransportBuilder setEndpoint(String path) {
    this.endpoint = path(path);
    return this;
  }

  /**
   * Sends up to {@code size} events per request, as a JSON array to the batch endpoint.
   *
   * @param size 1 (the default) to send one event per request to the endpoint, up to 1000
   * @param path the batch endpoint, such as {@code /api/v1/lineage/batch}
   * @return this builder
   */
  public HttpTransportBuilder setBatch(int size, String path) {
    if (size < 1 || size > 1000) {
      throw new IllegalArgumentException("batch size must be between 1 and 1000, was " + size);
    }
    this.batchSize = size;
    this.batchEndpoint = path(path);
    return this;
  }

  private static String path(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/") || path.contains("?") || path.contains("#")) {
      throw new IllegalArgumentException("endpoint path must start with '/' and have no query, was '" + path + "'");
    }
    return path;
  }

  /**
   * Sends {@code Authorization: Bearer <token>} with every request (also what DataHub's and OpenMetadata's
   * {@code api_key} and JWT authentication expect).
   *
   * @param token the token
   * @return this builder
   */
  public HttpTransportBuilder setBearerToken(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("bearer token must not be blank");
    }
    return addHeader("Authorization", "Bearer " + token);
  }

  /**
   * Adds a header sent with every request.
   *
   * @param name the header name
   * @param value the header value
   * @return this builder
   */
  public HttpTransportBuilder addHeader(String name, String value) {
    headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Sets the connection and request timeouts; a timed-out request is retried.
   *
   * @param connect how long to wait for a connection; 5 seconds unless set
   * @param request how long to wait for an answer; 5 seconds unless set
   * @return this builder
   */
  public HttpTransportBuilder setTimeouts(Duration connect, Duration request) {
    this.connectTimeout = positive("connect timeout", connect);
    this.requestTimeout = positive("request timeout", request);
    return this;
  }

  /**
   * Sets how many events wait in memory before new ones go to the outbox.
   *
   * @param capacity at least 1; 10,000 unless set
   * @return this builder
   */
  public HttpTransportBuilder setQueueCapacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("queue capacity must be at least 1, was " + capacity);
    }
    this.queueCapacity = capacity;
    return this;
  }

  /**
   * Sets the retry budget: a request is tried up to {@code attempts} times, waiting {@code initial}, then twice as
   * long each time up to {@code max}; past the budget the events go to the outbox, which is probed again every
   * {@code max} (or at once on {@code flush}).
   *
   * @param attempts at least 1; 5 unless set
   * @param initial the first wait; 250 ms unless set
   * @param max the longest wait; 30 seconds unless set
   * @return this builder
   */
  public HttpTransportBuilder setRetry(int attempts, Duration initial, Duration max) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    positive("initial backoff", initial);
    positive("max backoff", max);
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("max backoff " + max + " is shorter than the initial backoff " + initial);
    }
    this.maxAttempts = attempts;
    this.initialBackoff = initial;
    this.maxBackoff = max;
    return this;
  }

  /**
   * Sets the outbox's size cap; events that do not fit are dropped and counted.
   *
   * @param maxBytes at least 1; 256 MiB unless set
   * @param fsync when outbox writes are forced to disk; {@link FsyncPolicy#ON_FLUSH} unless set
   * @return this builder
   */
  public HttpTransportBuilder setOutboxLimit(long maxBytes, FsyncPolicy fsync) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("outbox size must be at least 1 byte, was " + maxBytes);
    }
    this.outboxMaxBytes = maxBytes;
    this.outboxFsync = Objects.requireNonNull(fsync, "fsync");
    return this;
  }

  /**
   * Sets how long {@code close()} keeps delivering before it leaves the rest in the outbox.
   *
   * @param timeout a non-negative duration; 10 seconds unless set
   * @return this builder
   */
  public HttpTransportBuilder setCloseTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("close timeout must not be negative, was " + timeout);
    }
    this.closeTimeout = timeout;
    return this;
  }

  private static Duration positive(String what, Duration d) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, was " + d);
    }
    return d;
  }

  /**
   * Builds the transport, opens (and locks) its outbox and starts its thread.
   *
   * @return the transport; close it when done
   * @throws io.datamesh.api.MeshException {@code FAILED_PRECONDITION} if another transport uses the outbox,
   *     {@code UNAVAILABLE} if it cannot be created
   */
  public HttpTransport build() {
    return new HttpTransport(this);
  }
}
