package io.datamesh.api.quality;

import java.util.List;

/**
 * The results of checking one batch stream against a contract.
 *
 * <pre>{@code
 * if (!report.passed()) {
 *   report.failures().forEach(c -> log.warn("{}: {}", c.name(), c.reason()));
 * }
 * }</pre>
 *
 * @param checks every check, in evaluation order
 */
public record QualityReport(List<CheckResult> checks) {
  /**
   * Copies the checks.
   *
   * @param checks see the record component
   */
  public QualityReport {
    checks = List.copyOf(checks);
  }

  /**
   * Returns the overall verdict: the worst outcome of any check, {@link CheckOutcome#PASSED} when there are none.
   * Skipped checks never make a report worse than passed.
   *
   * @return the overall outcome
   */
  public CheckOutcome outcome() {
    CheckOutcome worst = CheckOutcome.PASSED;
    for (CheckResult c : checks) {
      if (rank(c.outcome()) > rank(worst)) {
        worst = c.outcome();
      }
    }
    return worst;
  }

  /**
   * Tells whether nothing blocks a publish.
   *
   * @return true when no check failed or errored
   */
  public boolean passed() {
    return !outcome().blocks();
  }

  /**
   * Returns the checks that block a publish.
   *
   * @return failed and errored checks
   */
  public List<CheckResult> failures() {
    return checks.stream().filter(c -> c.outcome().blocks()).toList();
  }

  private static int rank(CheckOutcome o) {
    return switch (o) {
      case SKIPPED -> 0;
      case PASSED -> 1;
      case WARNING -> 2;
      case FAILED -> 3;
      case ERROR -> 4;
    };
  }
}
