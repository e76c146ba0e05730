package io.datamesh.core.quality;

import io.datamesh.api.quality.QualityReport;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the latest quality report and a bounded history of metrics per port (pluggable: in memory by default, a
 * file or a database in production). Implementations are thread-safe.
 *
 * <pre>{@code
 * QualityStore store = QualityStore.inMemory(100);
 * store.record("orders-v1", outcome.report());
 * store.latest("orders-v1").map(QualityReport::result);
 * }</pre>
 */
public interface QualityStore {
  /**
   * Records a report as the port's latest and appends its metrics to the history, dropping the oldest point
   * beyond the capacity.
   *
   * @param port the port address or name
   * @param report the report
   */
  void record(String port, QualityReport report);

  /**
   * Returns the port's latest report.
   *
   * @param port the port
   * @return the report, if any was recorded
   */
  Optional<QualityReport> latest(String port);

  /**
   * Returns the port's metric history, oldest first.
   *
   * @param port the port
   * @return the points, possibly empty
   */
  List<MetricPoint> history(String port);

  /**
   * Returns the port's latest report and history as of one moment: a {@link #record(String, QualityReport)} running
   * at the same time is either in both or in neither. The default reads {@link #latest} and {@link #history} one
   * after the other, which is consistent only without concurrent records; thread-safe stores override it.
   *
   * <pre>{@code
   * QualityRecord q = store.read("orders-v1");
   * }</pre>
   *
   * @param port the port
   * @return the latest report and the history
   */
  default QualityRecord read(String port) {
    return QualityRecord.of(latest(port), history(port));
  }

  /**
   * Creates a store in memory.
   *
   * @param historySize how many points each port keeps, at least 1
   * @return the store
   */
  static QualityStore inMemory(int historySize) {
    return new InMemoryQualityStore(historySize);
  }
}
