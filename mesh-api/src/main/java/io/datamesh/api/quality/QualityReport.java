package io.datamesh.api.quality;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The results of checking one stream of batches against a contract's schema object, shaped like datacontract-cli's
 * {@code Run}: every check, the statistics of every column, and how many rows were published or quarantined.
 *
 * <pre>{@code
 * if (!report.passed()) {
 *   report.failures().forEach(c -> log.warn("{}: {}", c.id(), c.reason()));
 * }
 * }</pre>
 *
 * @param runId a unique id of this run
 * @param contractId the id of the contract checked
 * @param contractVersion the version of the contract checked
 * @param schemaObject the schema object checked
 * @param timestampStart when checking started
 * @param timestampEnd when checking finished
 * @param checks every check, in evaluation order
 * @param statistics the statistics of every column, in schema order
 * @param rowCount the number of rows checked
 * @param publishedRowCount the number of rows that pass to the snapshot (all of them unless quarantined)
 * @param quarantinedRowCount the number of rows kept apart in the quarantine
 * @param server the server or port the data was checked for, if known
 */
public record QualityReport(String runId, String contractId, String contractVersion, String schemaObject,
    Instant timestampStart, Instant timestampEnd, List<CheckResult> checks, List<ColumnStatistics> statistics,
    long rowCount, long publishedRowCount, long quarantinedRowCount, Optional<String> server) {
  /**
   * Checks the parts and copies the lists.
   *
   * @param runId see the record component
   * @param contractId see the record component
   * @param contractVersion see the record component
   * @param schemaObject see the record component
   * @param timestampStart see the record component
   * @param timestampEnd see the record component
   * @param checks see the record component
   * @param statistics see the record component
   * @param rowCount see the record component
   * @param publishedRowCount see the record component
   * @param quarantinedRowCount see the record component
   * @param server see the record component
   */
  public QualityReport {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(contractVersion, "contractVersion");
    Objects.requireNonNull(schemaObject, "schemaObject");
    Objects.requireNonNull(timestampStart, "timestampStart");
    Objects.requireNonNull(timestampEnd, "timestampEnd");
    checks = List.copyOf(checks);
    statistics = List.copyOf(statistics);
    Objects.requireNonNull(server, "server");
    if (publishedRowCount + quarantinedRowCount > rowCount || publishedRowCount < 0 || quarantinedRowCount < 0) {
      throw new IllegalArgumentException("published (" + publishedRowCount + ") + quarantined ("
          + quarantinedRowCount + ") rows exceed the rows checked (" + rowCount + ")");
    }
  }

  /**
   * Returns the overall verdict: the worst outcome of any check; {@link CheckOutcome#PASSED} when no check ranks
   * above passed (skipped, info and unknown checks never make a report worse).
   *
   * @return the overall outcome
   */
  public CheckOutcome result() {
    CheckOutcome worst = CheckOutcome.PASSED;
    for (CheckResult c : checks) {
      if (c.outcome().severityRank() > worst.severityRank()) {
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
    return !result().blocks();
  }

  /**
   * Returns the checks that block a publish.
   *
   * @return failed and errored checks
   */
  public List<CheckResult> failures() {
    return checks.stream().filter(c -> c.outcome().blocks()).toList();
  }

  /**
   * Finds a check by id.
   *
   * @param id the check id
   * @return the check, or empty
   */
  public Optional<CheckResult> check(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Finds the statistics of a column.
   *
   * @param column the column name
   * @return the statistics, or empty
   */
  public Optional<ColumnStatistics> statistics(String column) {
    return statistics.stream().filter(s -> s.column().equals(column)).findFirst();
  }
}
