package io.datamesh.core.quality;

import io.datamesh.api.quality.CheckOutcome;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The metrics of one publish, kept in a port's bounded history for the observability port and trend checks.
 *
 * <pre>{@code
 * store.history("orders-v1").forEach(p -> chart.add(p.at(), p.metrics().get("rowCount")));
 * }</pre>
 *
 * @param at when the report was finished
 * @param runId the report's run id
 * @param result the report's overall result
 * @param rowCount the rows checked
 * @param metrics the observed value of each numeric check by id, and {@code rowCount}
 */
public record MetricPoint(Instant at, String runId, CheckOutcome result, long rowCount, Map<String, Double> metrics) {
  /**
   * Checks and copies the parts.
   *
   * @param at see the record component
   * @param runId see the record component
   * @param result see the record component
   * @param rowCount see the record component
   * @param metrics see the record component
   */
  public MetricPoint {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(result, "result");
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }
}
