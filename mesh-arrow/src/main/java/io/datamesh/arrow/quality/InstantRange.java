package io.datamesh.arrow.quality;

import java.time.Instant;
import java.util.Objects;

/**
 * The earliest and latest value of a date or timestamp column, for freshness and retention checks.
 *
 * <pre>{@code
 * Duration age = Duration.between(range.latest(), clock.instant());
 * }</pre>
 *
 * @param earliest the earliest value
 * @param latest the latest value
 */
public record InstantRange(Instant earliest, Instant latest) {
  /**
   * Checks the parts.
   *
   * @param earliest see the record component
   * @param latest see the record component
   */
  public InstantRange {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
  }
}
