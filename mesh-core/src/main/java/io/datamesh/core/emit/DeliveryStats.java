package io.datamesh.core.emit;

import java.util.Optional;

/**
 * What a transport did with the events handed to it, counted since it was built (plus what it found in its outbox).
 * Every event handed over ends up sent, rejected, dropped, or still queued or in the outbox.
 *
 * <pre>{@code
 * DeliveryStats s = transport.stats();
 * if (s.dropped() > 0) alert("lineage events lost: " + s.dropped());
 * }</pre>
 */
public interface DeliveryStats {
  /**
   * Returns how many events the endpoint accepted.
   *
   * @return the count
   */
  long sent();

  /**
   * Returns how many times a request was retried after a timeout, a connection failure or a 5xx answer.
   *
   * @return the count
   */
  long retries();

  /**
   * Returns how many events the endpoint refused with a 4xx answer; they are logged and not retried.
   *
   * @return the count
   */
  long rejected();

  /**
   * Returns how many events were written to the outbox because the queue was full or the endpoint was down.
   *
   * @return the count
   */
  long spilled();

  /**
   * Returns how many events were sent from the outbox.
   *
   * @return the count
   */
  long replayed();

  /**
   * Returns how many events were lost because the outbox was full (or could not be written).
   *
   * @return the count
   */
  long dropped();

  /**
   * Returns how many events wait in memory, including a batch being sent.
   *
   * @return the queue depth
   */
  long queued();

  /**
   * Returns how many events wait in the outbox on disk.
   *
   * @return the count
   */
  long outboxed();

  /**
   * Returns the status and body of the last 4xx answer.
   *
   * @return the answer, or empty if none was refused
   */
  Optional<String> lastRejection();
}
