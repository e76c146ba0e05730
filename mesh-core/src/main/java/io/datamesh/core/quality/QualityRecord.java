package io.datamesh.core.quality;

import io.datamesh.api.quality.QualityReport;
import java.util.List;
import java.util.Optional;

/**
 * A port's latest quality report and its metric history, read together, so that the last point of the history is
 * the latest report's.
 *
 * <pre>{@code
 * QualityRecord q = store.read("orders-v1");
 * q.latest().map(QualityReport::runId).equals(q.history().stream().reduce((a, b) -> b).map(MetricPoint::runId));
 * }</pre>
 */
public interface QualityRecord {
  /**
   * Returns the port's latest report.
   *
   * @return the report, if any was recorded
   */
  Optional<QualityReport> latest();

  /**
   * Returns the port's metric history, oldest first; its last point is the latest report's.
   *
   * @return the points, possibly empty
   */
  List<MetricPoint> history();

  /**
   * Returns a record of the given parts.
   *
   * @param latest the latest report
   * @param history the history, oldest first
   * @return the record
   */
  static QualityRecord of(Optional<QualityReport> latest, List<MetricPoint> history) {
    return new Recorded(latest, history);
  }
}
