package io.datamesh.testkit.assertj;

import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.quality.CheckResult;
import io.datamesh.api.quality.QualityReport;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a quality report; failures list the checks that blocked.
 *
 * <p>{@code MeshAssertions.assertThat(report).hasFailedCheck("amount_positive").hasQuarantinedRows(1);}
 */
public final class QualityReportAssert extends AbstractObjectAssert<QualityReportAssert, QualityReport> {
  QualityReportAssert(QualityReport actual) {
    super(actual, QualityReportAssert.class);
  }

  /**
   * Verifies that no check failed or errored.
   *
   * @return this assertion
   */
  public QualityReportAssert passed() {
    isNotNull();
    if (!actual.passed()) {
      failWithMessage("expected the quality report of %s to pass but these checks blocked:%n  %s",
          actual.schemaObject(), actual.failures().stream().map(QualityReportAssert::describe)
              .collect(Collectors.joining(System.lineSeparator() + "  ")));
    }
    return this;
  }

  /**
   * Verifies that a check ran and blocked (failed or errored).
   *
   * @param id the check id
   * @return this assertion
   */
  public QualityReportAssert hasFailedCheck(String id) {
    isNotNull();
    CheckResult check = actual.check(id).orElse(null);
    if (check == null) {
      failWithMessage("expected a check '%s' in the quality report of %s but it has %s", id, actual.schemaObject(),
          actual.checks().stream().map(CheckResult::id).toList());
    } else if (!check.outcome().blocks()) {
      failWithMessage("expected check '%s' to fail but it is %s", id, check.outcome());
    }
    return this;
  }

  /**
   * Verifies the outcome of one check.
   *
   * @param id the check id
   * @param expected the outcome
   * @return this assertion
   */
  public QualityReportAssert hasCheck(String id, CheckOutcome expected) {
    isNotNull();
    CheckOutcome outcome = actual.check(id).map(CheckResult::outcome).orElse(null);
    if (outcome != expected) {
      failWithMessage("expected check '%s' to be %s but it is %s", id, expected,
          outcome == null ? "missing" : outcome);
    }
    return this;
  }

  /**
   * Verifies how many rows were quarantined.
   *
   * @param rows the expected count
   * @return this assertion
   */
  public QualityReportAssert hasQuarantinedRows(long rows) {
    isNotNull();
    if (actual.quarantinedRowCount() != rows) {
      failWithMessage("expected %s quarantined rows but there were %s (of %s checked)", rows,
          actual.quarantinedRowCount(), actual.rowCount());
    }
    return this;
  }

  private static String describe(CheckResult c) {
    return c.id() + " " + c.outcome() + ": " + c.reason();
  }
}
