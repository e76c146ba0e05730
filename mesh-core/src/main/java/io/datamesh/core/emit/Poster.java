package io.datamesh.core.emit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** POSTs events to an OpenLineage endpoint, one per request or as a JSON array to the batch endpoint. */
final class Poster {
  private final HttpClient client;
  private final URI single;
  private final URI batch;
  private final boolean batching;
  private final Map<String, String> headers;
  private final Duration requestTimeout;

  /** What a POST came to: sent, worth retrying, or refused for good. */
  record Response(boolean ok, boolean retryable, String summary) {}

  Poster(HttpClient client, URI single, URI batch, boolean batching, Map<String, String> headers,
      Duration requestTimeout) {
    this.client = client;
    this.single = single;
    this.batch = batch;
    this.batching = batching;
    this.headers = Map.copyOf(headers);
    this.requestTimeout = requestTimeout;
  }

  URI target() {
    return batching ? batch : single;
  }

  Response post(List<Sender.Item> items) throws InterruptedException {
    String body = batching ? items.stream().map(Sender.Item::json).collect(Collectors.joining(",", "[", "]"))
        : items.get(0).json();
    HttpRequest.Builder request = HttpRequest.newBuilder(target()).timeout(requestTimeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return new Response(true, false, "HTTP " + status);
      }
      boolean retryable = status >= 500 || status == 408 || status == 429;
      return new Response(false, retryable, "HTTP " + status + ": " + abbreviate(response.body()));
    } catch (IOException e) {
      return new Response(false, true, e.toString());
    }
  }

  private static String abbreviate(String body) {
    String oneLine = body.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 2000 ? oneLine : oneLine.substring(0, 2000) + "...";
  }
}
