package io.datamesh.api.quality;

import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies one row that broke a check: its index in the published stream, its primary-key values and the
 * offending value.
 *
 * <pre>{@code
 * FailedSample s = FailedSample.of(41, Map.of("order_id", "A-17"), Optional.of("not-an-email"));
 * }</pre>
 *
 * @param row the index of the row in the whole stream of batches, from 0
 * @param key the primary-key values of the row as text, in key order; a null key value is left out
 * @param value the offending value as text, if the check is about one column and the value is not null
 */
public record FailedSample(long row, Map<String, String> key, Optional<String> value) {
  /**
   * Checks and copies the parts.
   *
   * @param row see the record component
   * @param key see the record component
   * @param value see the record component
   */
  public FailedSample {
    if (row < 0) {
      throw new IllegalArgumentException("row must be >= 0, got " + row);
    }
    key = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(key, "key")));
    Objects.requireNonNull(value, "value");
  }

  /**
   * Creates a sample.
   *
   * @param row the row index
   * @param key the primary-key values
   * @param value the offending value
   * @return the sample
   */
  public static FailedSample of(long row, Map<String, String> key, Optional<String> value) {
    return new FailedSample(row, key, value);
  }
}
