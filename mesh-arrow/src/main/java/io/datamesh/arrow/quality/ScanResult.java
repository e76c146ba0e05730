package io.datamesh.arrow.quality;

import io.datamesh.api.quality.ColumnStatistics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Everything a scan measured: rows, violations per row rule, exact keys, column statistics, custom aggregates,
 * time ranges of temporal columns, and the rules that could not be evaluated with the reason.
 *
 * <pre>{@code
 * long nulls = result.violations("email_required").orElse(0);
 * }</pre>
 *
 * @param rows the rows scanned
 * @param violationCounts the violating rows per condition id, and the duplicate rows per key id
 * @param keys the exact keys by id
 * @param statistics the statistics by column, in the order asked for
 * @param aggregates the values of the custom aggregates by id
 * @param timeRanges the earliest and latest value of each date or timestamp column with statistics
 * @param errors why a rule (by id) could not be evaluated
 */
public record ScanResult(long rows, Map<String, Long> violationCounts, Map<String, KeyResult> keys,
    Map<String, ColumnStatistics> statistics, Map<String, Double> aggregates, Map<String, InstantRange> timeRanges,
    Map<String, String> errors) {
  /**
   * Copies the maps.
   *
   * @param rows see the record component
   * @param violationCounts see the record component
   * @param keys see the record component
   * @param statistics see the record component
   * @param aggregates see the record component
   * @param timeRanges see the record component
   * @param errors see the record component
   */
  public ScanResult {
    violationCounts = copy(violationCounts);
    keys = copy(keys);
    statistics = copy(statistics);
    aggregates = copy(aggregates);
    timeRanges = copy(timeRanges);
    errors = copy(errors);
  }

  private static <V> Map<String, V> copy(Map<String, V> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  /**
   * Returns the violating rows of a condition, or the duplicate rows of a key.
   *
   * @param id the rule id
   * @return the count, empty if the rule errored or is unknown
   */
  public OptionalLong violations(String id) {
    Long v = violationCounts.get(id);
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /**
   * Returns an exact key's result.
   *
   * @param id the key id
   * @return the result, if the key was evaluated
   */
  public Optional<KeyResult> key(String id) {
    return Optional.ofNullable(keys.get(id));
  }

  /**
   * Returns a custom aggregate's value.
   *
   * @param id the aggregate id
   * @return the value, empty if it errored
   */
  public OptionalDouble aggregate(String id) {
    Double v = aggregates.get(id);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns why a rule could not be evaluated.
   *
   * @param id the rule id
   * @return the reason, if it errored
   */
  public Optional<String> error(String id) {
    return Optional.ofNullable(errors.get(id));
  }
}
