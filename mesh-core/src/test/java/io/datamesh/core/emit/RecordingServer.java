package io.datamesh.core.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** A real HTTP server on loopback that records every request and answers as the test tells it. */
final class RecordingServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One request as received. */
  record Request(String path, String body, String authorization) {
    /** The job names of the events in the body (one event, or a JSON array of them). */
    List<String> names() {
      try {
        JsonNode node = JSON.readTree(body);
        List<String> names = new ArrayList<>();
        for (JsonNode e : node.isArray() ? node : JSON.createArrayNode().add(node)) {
          names.add(e.at("/job/name").asText());
        }
        return names;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** What to answer. */
  record Answer(int status, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "recording-server");
    t.setDaemon(true);
    return t;
  });
  private final List<Request> requests = new ArrayList<>();
  private final List<Request> accepted = new ArrayList<>();
  private volatile Function<Request, Answer> responder = r -> new Answer(200, "");

  private RecordingServer(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static RecordingServer start() throws IOException {
    return new RecordingServer(0);
  }

  /** A loopback port where nothing listens yet, held so that no other test or process can take it meanwhile. */
  static DownPort down() throws IOException {
    return new DownPort();
  }

  /**
   * A port bound by a socket that never listens: connections to it are refused, as by a server that is down, and
   * no other socket can bind it (a port that was merely free could be taken by another test's server).
   */
  static final class DownPort implements AutoCloseable {
    private final Socket holder = new Socket();
    private final int port;

    private DownPort() throws IOException {
      holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      port = holder.getLocalPort();
    }

    URI url() {
      return URI.create("http://127.0.0.1:" + port);
    }

    /** Brings the endpoint up: frees the port and binds a server to it at once. */
    RecordingServer start() throws IOException {
      holder.close();
      return new RecordingServer(port);
    }

    @Override
    public void close() throws IOException {
      holder.close();
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + port());
  }

  void answer(Function<Request, Answer> responder) {
    this.responder = responder;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Request request = new Request(exchange.getRequestURI().getPath(), body,
        String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    synchronized (this) {
      requests.add(request);
      notifyAll();
    }
    Answer answer = responder.apply(request);
    if (answer.status() / 100 == 2) {
      synchronized (this) {
        accepted.add(request);
        notifyAll();
      }
    }
    byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(out);
    }
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The events answered 2xx, by job name, in order of first acceptance (delivery is at least once). */
  synchronized List<String> acceptedNames() {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (Request r : accepted) {
      names.addAll(r.names());
    }
    return List.copyOf(names);
  }

  synchronized long requestsFor(String name) {
    return requests.stream().filter(r -> r.names().contains(name)).count();
  }

  /** Waits until the condition holds, at most {@code timeout}; the outcome never depends on how fast it came. */
  static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
