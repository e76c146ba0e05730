package io.datamesh.core.observe;

import io.datamesh.api.PortAddress;
import io.datamesh.api.quality.QualityReport;
import io.datamesh.core.quality.MetricPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a mesh knows about one output port right now: its current snapshot, its last publish and failure, its
 * latest quality report and the recent ones, and the SLO states of its contract's SLA properties.
 *
 * <pre>{@code
 * PortStatus status = mesh.observe(port);
 * if (status.slos().stream().anyMatch(s -> s.state() == SloState.BREACHED)) { ... }
 * }</pre>
 */
public interface PortStatus {
  /**
   * Returns the port.
   *
   * @return the output port address
   */
  PortAddress port();

  /**
   * Returns the id of the current snapshot.
   *
   * @return the id, or empty before the first publish
   */
  OptionalLong snapshotId();

  /**
   * Returns the rows of the current snapshot.
   *
   * @return the row count; 0 without a snapshot
   */
  long rows();

  /**
   * Returns the Arrow memory the current snapshot holds.
   *
   * @return the size in bytes; 0 without a snapshot
   */
  long sizeBytes();

  /**
   * Returns when the last snapshot became current, on the mesh clock.
   *
   * @return the time, or empty if this mesh has not published the port
   */
  Optional<Instant> lastPublished();

  /**
   * Returns the quality report of the latest publish attempt, accepted or rejected.
   *
   * @return the report, or empty before the first publish
   */
  Optional<QualityReport> latestQuality();

  /**
   * Returns the metrics of the port's recent quality reports, oldest first: one point per publish attempt, accepted or
   * rejected, with its time on the mesh clock, overall result, rows and the observed value of each numeric check.
   * Bounded by {@code MeshBuilder.setQualityHistory} (100 unless set); the last point is {@link #latestQuality()}'s.
   *
   * <pre>{@code
   * long failed = mesh.observe(port).qualityHistory().stream()
   *     .filter(p -> p.result() == CheckOutcome.FAILED).count();
   * }</pre>
   *
   * @return the points, empty before the first publish
   */
  List<MetricPoint> qualityHistory();

  /**
   * Returns the last publish that was rejected or failed, even if a later one succeeded (compare the times).
   *
   * @return the failure, or empty if none failed
   */
  Optional<PublishFailure> lastFailure();

  /**
   * Returns the SLO states at the monitor's last check, one per monitored SLA property ({@code latency} or
   * {@code freshness}, {@code frequency}, {@code availability}), ordered by name.
   *
   * @return the states; empty before the first check or when the contract states none of these
   */
  List<SloStatus> slos();
}
