package io.datamesh.core.quality;

import io.datamesh.api.quality.QualityReport;
import java.util.List;
import java.util.Objects;

/**
 * What a finished quality pass decided: the report, the gate, and a capped sample of row verdicts.
 *
 * <pre>{@code
 * QualityOutcome outcome = pass.finish();
 * String json = QualityReports.toJson(outcome.report());
 * outcome.gate().throwIfRejected();
 * }</pre>
 *
 * @param report the report
 * @param gate the gate decision
 * @param rowSample the first failing rows, at most the configured sample size
 */
public record QualityOutcome(QualityReport report, GateDecision gate, List<RowVerdict> rowSample) {
  /**
   * Checks and copies the parts.
   *
   * @param report see the record component
   * @param gate see the record component
   * @param rowSample see the record component
   */
  public QualityOutcome {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(gate, "gate");
    rowSample = List.copyOf(rowSample);
  }
}
