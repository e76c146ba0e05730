package io.datamesh.core;

import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The record of one transform run: what started it, the exact input snapshots it read, the output snapshots it
 * made current, timings, rows and outcome. Lineage events hang on its id.
 *
 * <pre>{@code
 * RunResult r = mesh.refresh(revenue.urn());
 * r.inputSnapshots();  // {urn:...:orders:1:outputports:orders=7}
 * r.outputSnapshots(); // {urn:...:revenue:1:outputports:daily=3}
 * }</pre>
 *
 * @param runId the run's id
 * @param product the product that ran
 * @param trigger what started the run
 * @param attempt 1 for the first attempt, 2 and up for retries
 * @param outcome how it ended
 * @param inputSnapshots the snapshot id of each upstream output port the run was pinned to
 * @param outputSnapshots the snapshot id each output port got, empty unless it succeeded
 * @param rows the rows published per output port
 * @param startedAt when it started, on the mesh clock
 * @param finishedAt when it ended, on the mesh clock
 * @param error why it failed or was cancelled, if it did
 * @param log the run's last log lines
 */
public record RunResult(UUID runId, ProductUrn product, RunTrigger trigger, int attempt, RunOutcome outcome,
    Map<PortAddress, Long> inputSnapshots, Map<PortAddress, Long> outputSnapshots, Map<PortAddress, Long> rows,
    Instant startedAt, Instant finishedAt, Optional<String> error, List<String> log) {
  /**
   * Checks and copies the parts.
   *
   * @param runId see the record component
   * @param product see the record component
   * @param trigger see the record component
   * @param attempt see the record component
   * @param outcome see the record component
   * @param inputSnapshots see the record component
   * @param outputSnapshots see the record component
   * @param rows see the record component
   * @param startedAt see the record component
   * @param finishedAt see the record component
   * @param error see the record component
   * @param log see the record component
   */
  public RunResult {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(outcome, "outcome");
    inputSnapshots = Map.copyOf(inputSnapshots);
    outputSnapshots = Map.copyOf(outputSnapshots);
    rows = Map.copyOf(rows);
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(error, "error");
    log = List.copyOf(log);
  }

  /**
   * Returns how long the run took on the mesh clock.
   *
   * @return the duration
   */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  /**
   * Tells whether the run succeeded.
   *
   * @return true for {@link RunOutcome#SUCCEEDED}
   */
  public boolean succeeded() {
    return outcome == RunOutcome.SUCCEEDED;
  }
}
