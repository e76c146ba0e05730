package io.datamesh.core.lineage;

import java.time.Instant;

/**
 * One OpenLineage 2-0-2 event, serialized once and ready to send: transports write {@link #json()} as it is, so the
 * log, the JSON-lines file, the outbox and the HTTP body all carry the same bytes.
 *
 * <pre>{@code
 * for (LineageEvent e : mapper.map(meshEvent)) {
 *   System.out.println(e.kind() + " " + e.key() + " " + e.json());
 * }
 * }</pre>
 */
public interface LineageEvent {
  /**
   * Returns which envelope this is.
   *
   * @return the kind
   */
  LineageEventKind kind();

  /**
   * Returns the OpenLineage {@code eventType} of a run event ({@code START}, {@code RUNNING}, {@code COMPLETE},
   * {@code FAIL}, {@code ABORT}, {@code OTHER}), or the kind's name for a dataset or job event.
   *
   * @return the type
   */
  String type();

  /**
   * Returns the event's {@code eventTime}.
   *
   * @return the instant
   */
  Instant eventTime();

  /**
   * Returns what the event is about, for ordering and partitioning: {@code run:<runId>},
   * {@code dataset:<namespace>/<name>} or {@code job:<namespace>/<name>}. Events with the same key must be delivered
   * in the order they were produced.
   *
   * @return the key
   */
  String key();

  /**
   * Returns the event as one line of compact JSON (no line breaks), valid against the OpenLineage 2-0-2 schema.
   *
   * @return the JSON text
   */
  String json();
}
