package io.datamesh.core.quality;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.quality.CheckResult;
import io.datamesh.api.quality.FailedSample;
import io.datamesh.api.quality.QualityReport;
import io.datamesh.arrow.quality.BatchViolations;
import io.datamesh.arrow.quality.ColumnPaths;
import io.datamesh.arrow.quality.Scan;
import io.datamesh.arrow.quality.ScanResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * One pass of a {@link QualityEngine} over a stream of batches: every metric of every check is computed as the
 * batches go by, each batch gets its row verdicts at once (so the publish path can split it), and
 * {@link #finish()} decides. Not thread-safe; holds no Arrow memory.
 *
 * <pre>{@code
 * QualityPass pass = engine.start();
 * BatchVerdict v = pass.accept(batch);
 * QualityOutcome outcome = pass.finish();
 * }</pre>
 */
public final class QualityPass {
  private final QualityEngine engine;
  private final Scan scan;
  private final Instant started;
  private final List<CheckSpec> rowChecks = new ArrayList<>();
  private final List<String> blockingSources = new ArrayList<>();
  private final Set<String> datasetSources = new LinkedHashSet<>();
  private final Map<String, long[]> badHits = new HashMap<>();
  private final Map<String, List<FailedSample>> samples = new LinkedHashMap<>();
  private final List<RowVerdict> rowSample = new ArrayList<>();
  private final Set<String> missingColumns = new HashSet<>();
  private final List<String> keyColumns;
  private final List<String> presencePaths = new ArrayList<>();
  private long badRows;
  private long batches;
  private boolean finished;

  QualityPass(QualityEngine engine) {
    this.engine = engine;
    this.scan = engine.plan().start();
    this.started = engine.settings().clock().instant();
    this.keyColumns = engine.object().primaryKey().stream().map(SchemaProperty::name).toList();
    for (CheckSpec c : engine.checks()) {
      if (c.source() == CheckSpec.Source.PRESENCE) {
        presencePaths.add(c.sourceId());
      }
      if (!c.rowSourced()) {
        continue;
      }
      rowChecks.add(c);
      samples.put(c.id(), new ArrayList<>());
      boolean blocking = engine.settings().severityMapping().onFailure(c.severity()) == CheckOutcome.FAILED;
      if (c.rowLevel() && blocking) {
        if (!blockingSources.contains(c.sourceId())) {
          blockingSources.add(c.sourceId());
        }
      } else {
        datasetSources.add(c.sourceId());
      }
    }
    datasetSources.forEach(s -> badHits.put(s, new long[1]));
  }

  /**
   * Folds one batch into every metric and returns its row verdicts.
   *
   * @param batch the batch; read, never modified or closed
   * @return the verdicts of its rows
   * @throws IllegalStateException after {@link #finish()}
   * @throws MeshException {@code INVALID_ARGUMENT} for a batch whose buffers are corrupt (such as text offsets outside
   *     the data buffer)
   */
  public BatchVerdict accept(VectorSchemaRoot batch) {
    if (finished) {
      throw new IllegalStateException("this quality pass is finished: start a new one for another stream");
    }
    batches++;
    for (String path : presencePaths) {
      if (ColumnPaths.find(batch, path) == null) {
        missingColumns.add(path);
      }
    }
    BatchViolations v;
    try {
      v = scan.accept(batch);
    } catch (IllegalArgumentException e) { // the kernels refuse a batch whose buffers contradict each other
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, "batch " + batches + " cannot be checked: "
          + e.getMessage() + "; the batch's Arrow buffers are inconsistent, so re-read or rebuild it from its source",
          e);
    }
    BitSet bad = v.union(blockingSources);
    int badCount = bad.cardinality();
    badRows += badCount;
    if (badCount > 0) {
      for (String s : datasetSources) {
        BitSet hits = v.union(List.of(s));
        hits.and(bad);
        badHits.get(s)[0] += hits.cardinality();
      }
    }
    BatchVerdict verdict = new BatchVerdict(v, bad, rowChecks);
    sample(batch, v, bad, verdict);
    return verdict;
  }

  private void sample(VectorSchemaRoot batch, BatchViolations v, BitSet bad, BatchVerdict verdict) {
    int cap = engine.settings().sampleSize();
    for (CheckSpec c : rowChecks) {
      List<FailedSample> list = samples.get(c.id());
      for (int r = v.nextViolation(c.sourceId(), 0); r >= 0 && list.size() < cap;
          r = v.nextViolation(c.sourceId(), r + 1)) {
        int row = r;
        Optional<String> value = c.column().flatMap(col -> text(batch, col, row));
        list.add(FailedSample.of(v.firstRow() + row, key(batch, row), value));
      }
    }
    for (int r = bad.nextSetBit(0); r >= 0 && rowSample.size() < cap; r = bad.nextSetBit(r + 1)) {
      rowSample.add(new RowVerdict(v.firstRow() + r, key(batch, r), verdict.brokenChecks(r)));
    }
  }

  private Map<String, String> key(VectorSchemaRoot batch, int row) {
    Map<String, String> key = new LinkedHashMap<>();
    for (String col : keyColumns) {
      FieldVector v = batch.getVector(col);
      if (v != null) {
        text(v, row).ifPresent(t -> key.put(col, t));
      }
    }
    return key;
  }

  /** The sampled value of a row: the value at the path, or for an item path the row's item values, in order. */
  private static Optional<String> text(VectorSchemaRoot batch, String path, int row) {
    if (ColumnPaths.isItemPath(batch, path) && ColumnPaths.find(batch, path) != null) {
      return ColumnPaths.isNull(batch, path, row) ? Optional.empty()
          : Optional.of(String.valueOf(ColumnPaths.itemValues(batch, path, row)));
    }
    if (ColumnPaths.isNull(batch, path, row)) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(ColumnPaths.find(batch, path).getObject(row)));
  }

  private static Optional<String> text(FieldVector v, int row) {
    if (v == null || v.isNull(row)) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(v.getObject(row)));
  }

  /**
   * Folds another pass of the same engine into this one, as if its batches had come after this pass's (for
   * partitions checked apart). Metrics merge exactly; samples and row verdicts are those each pass found (a key
   * repeated across the two passes counts as a duplicate in the merged metrics but has no sample). Row indexes
   * of the other pass's samples are shifted after this pass's rows.
   *
   * @param other a pass started from the same engine; left unchanged
   * @throws IllegalArgumentException if it comes from another engine
   */
  public void merge(QualityPass other) {
    if (other.engine != engine) {
      throw new IllegalArgumentException("only passes of the same engine merge");
    }
    long shift = scan.rowCount();
    scan.merge(other.scan);
    badRows += other.badRows;
    batches += other.batches;
    missingColumns.addAll(other.missingColumns);
    other.badHits.forEach((s, h) -> badHits.get(s)[0] += h[0]);
    int cap = engine.settings().sampleSize();
    other.samples.forEach((id, list) -> {
      List<FailedSample> mine = samples.get(id);
      for (FailedSample s : list) {
        if (mine.size() < cap) {
          mine.add(FailedSample.of(s.row() + shift, s.key(), s.value()));
        }
      }
    });
    for (RowVerdict r : other.rowSample) {
      if (rowSample.size() < cap) {
        rowSample.add(new RowVerdict(r.row() + shift, r.key(), r.checks()));
      }
    }
  }

  /**
   * Decides: evaluates every check on what the batches showed, builds the report and the gate decision. The pass
   * accepts no batch after this.
   *
   * @return the outcome
   */
  public QualityOutcome finish() {
    finished = true;
    ScanResult result = scan.result();
    QualitySettings settings = engine.settings();
    boolean quarantine = settings.quarantine() == QuarantineMode.QUARANTINE;
    long quarantined = quarantine ? badRows : 0;
    Instant now = settings.clock().instant();
    CheckEvaluator evaluator = new CheckEvaluator(settings, result, quarantined, quarantine, badHits, samples,
        missingColumns, batches, now);
    List<CheckResult> checks = new ArrayList<>();
    for (CheckSpec c : engine.checks()) {
      checks.add(evaluator.evaluate(c));
    }
    if (quarantine) {
      checks.add(evaluator.quarantineCeiling(engine.object().name()));
    }
    QualityReport report = new QualityReport(UUID.randomUUID().toString(), engine.contract().id(),
        engine.contract().version(), engine.object().name(), started, now, checks,
        List.copyOf(result.statistics().values()), result.rows(), result.rows() - quarantined, quarantined,
        settings.server());
    return new QualityOutcome(report, gate(report), rowSample);
  }

  private GateDecision gate(QualityReport report) {
    List<CheckResult> blocking = report.failures();
    if (blocking.isEmpty()) {
      return new GateDecision(true, "all " + report.checks().size() + " checks of '" + report.schemaObject()
          + "' passed the quality gate", List.of());
    }
    StringBuilder why = new StringBuilder("the quality gate rejected the snapshot of '").append(report.schemaObject())
        .append("' (contract '").append(report.contractId()).append("' ").append(report.contractVersion())
        .append("): ");
    for (int i = 0; i < blocking.size(); i++) {
      CheckResult c = blocking.get(i);
      why.append(i == 0 ? "" : "; ").append(c.id()).append(" ").append(c.outcome().text()).append(": ")
          .append(c.reason());
    }
    why.append(". Fix the data or the rule; the last good snapshot stays current.");
    return new GateDecision(false, why.toString(), blocking.stream().map(CheckResult::id).toList());
  }
}
