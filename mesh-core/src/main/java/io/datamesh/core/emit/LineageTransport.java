package io.datamesh.core.emit;

import io.datamesh.core.lineage.LineageEvent;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Carries serialized OpenLineage events somewhere: a log, a file, a catalog's HTTP endpoint. Implementations must not
 * block the caller for long and should not throw; {@link OpenLineageEmitter} catches, logs and counts whatever they
 * throw anyway.
 *
 * <pre>{@code
 * LineageTransport log = LineageTransport.log();
 * LineageTransport file = LineageTransport.jsonLines(Path.of("lineage.jsonl"), FsyncPolicy.ON_FLUSH);
 * LineageTransport marquez = HttpTransport.builder(URI.create("http://localhost:5000"), Path.of("outbox")).build();
 * }</pre>
 */
public interface LineageTransport extends AutoCloseable {
  /**
   * Hands one event over; events given in an order are delivered in that order.
   *
   * @param event the event
   */
  void send(LineageEvent event);

  /**
   * Waits until every event handed over so far is delivered, or the timeout passes. The default returns at once.
   *
   * @param timeout how long to wait at most
   * @return true if everything was delivered
   */
  default boolean flush(Duration timeout) {
    return true;
  }

  /** Delivers what it can within the transport's close timeout, keeps the rest where it survives, and stops. */
  @Override
  default void close() {}

  /**
   * Returns a transport that logs each event's JSON at INFO on the SLF4J logger {@code io.datamesh.lineage}.
   *
   * @return the log transport
   */
  static LineageTransport log() {
    return new LogTransport();
  }

  /**
   * Returns a transport that appends each event as one JSON line to a file, creating it if needed; the file is
   * opened now.
   *
   * @param file the file; its directory must exist
   * @param fsync when to force written lines to the disk
   * @return the file transport
   * @throws io.datamesh.api.MeshException {@code UNAVAILABLE} if the file cannot be opened for appending
   */
  static LineageTransport jsonLines(Path file, FsyncPolicy fsync) {
    return new JsonLinesTransport(file, fsync);
  }
}
