package io.datamesh.core;

import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.quality.CheckResult;
import io.datamesh.api.quality.ColumnStatistics;
import io.datamesh.api.quality.QualityReport;
import io.datamesh.arrow.snapshot.SnapshotDraft;
import io.datamesh.core.quality.BatchVerdict;
import io.datamesh.core.quality.QualityEngine;
import io.datamesh.core.quality.QualityPass;
import io.datamesh.core.quality.QualitySettings;
import io.datamesh.core.quality.QualityStore;
import io.datamesh.core.quality.QuarantineMode;
import io.datamesh.core.quality.QuarantineSplit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/**
 * The quality gate on the publish path: every batch a publish takes passes through one shared-scan quality pass
 * before it enters the draft, and the draft commits only if no error-severity rule failed. Engines are compiled
 * once per port and contract.
 */
final class QualityGate {
  /** The suffix of the snapshot-store key of a port's quarantine. */
  static final String QUARANTINE_SUFFIX = "#quarantine";

  private final Clock clock;
  private final QualityStore store;
  private final QuarantineMode defaultQuarantine;
  private final Map<PortAddress, QuarantineMode> quarantine;
  private final double defaultMaxPercent;
  private final Map<PortAddress, Double> maxPercent;
  private final boolean defaultDistinct;
  private final Map<PortAddress, Boolean> distinct;
  private final Map<PortAddress, Map.Entry<Contract, QualityEngine>> engines = new ConcurrentHashMap<>();

  QualityGate(Clock clock, QualityStore store) {
    this(clock, store, QuarantineMode.OFF, Map.of(), 5.0, Map.of(), true, Map.of());
  }

  QualityGate(Clock clock, QualityStore store, QuarantineMode defaultQuarantine,
      Map<PortAddress, QuarantineMode> quarantine, double defaultMaxPercent, Map<PortAddress, Double> maxPercent,
      boolean defaultDistinct, Map<PortAddress, Boolean> distinct) {
    this.clock = clock;
    this.store = store;
    this.defaultQuarantine = defaultQuarantine;
    this.quarantine = Map.copyOf(quarantine);
    this.defaultMaxPercent = defaultMaxPercent;
    this.maxPercent = Map.copyOf(maxPercent);
    this.defaultDistinct = defaultDistinct;
    this.distinct = Map.copyOf(distinct);
  }

  /** Tells whether publishes to a port split off bad rows into its quarantine. */
  boolean quarantines(PortAddress port) {
    return quarantine.getOrDefault(port, defaultQuarantine) == QuarantineMode.QUARANTINE;
  }

  /** The snapshot-store key of a port's quarantine. */
  static String quarantineKey(PortAddress port) {
    return port + QUARANTINE_SUFFIX;
  }

  QualityStore store() {
    return store;
  }

  /** Starts a pass for one publish of a port. */
  QualityPass start(OutputPort port, String schemaObject) {
    Map.Entry<Contract, QualityEngine> e = engines.compute(port.address(), (a, old) ->
        old != null && old.getKey() == port.contract() ? old : Map.entry(port.contract(),
            QualityEngine.forContract(port.contract(), schemaObject, QualitySettings.builder().setClock(clock)
                .setServer(a.toString()).setQuarantine(quarantine.getOrDefault(a, defaultQuarantine))
                .setMaxQuarantinedPercent(maxPercent.getOrDefault(a, defaultMaxPercent))
                .setDistinctStatistics(distinct.getOrDefault(a, defaultDistinct)).build())));
    return e.getValue().start();
  }

  /** The attributes of a QUALITY_CHECKED event, in the shape the lineage mapper reads. */
  static Map<String, Object> attributes(QualityReport report, long snapshotId) {
    Map<String, Object> attrs = rejectedAttributes(report);
    attrs.put("snapshotId", snapshotId);
    return attrs;
  }

  /** The attributes of the QUALITY_CHECKED event of a rejected snapshot: no snapshot id, it never existed. */
  static Map<String, Object> rejectedAttributes(QualityReport report) {
    List<Map<String, Object>> checks = new ArrayList<>();
    for (CheckResult c : report.checks()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("outcome", c.outcome().text());
      m.put("reason", c.reason());
      c.property().ifPresent(p -> m.put("property", p));
      c.observedValue().ifPresent(v -> m.put("metricValue", v));
      c.dimension().ifPresent(d -> m.put("dimension", d));
      checks.add(m);
    }
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("rows", report.rowCount());
    attrs.put("quarantinedRows", report.quarantinedRowCount());
    attrs.put("result", report.result().text());
    attrs.put("checks", checks);
    attrs.put("metrics", columnMetrics(report));
    return attrs;
  }

  /**
   * The report's column statistics in the shape of OpenLineage's {@code dataQualityMetrics.columnMetrics}: nulls,
   * exact distinct count when computed, non-null count, and sum, min and max of numeric columns. Non-finite numbers
   * (an infinite max, a NaN sum) are left out: JSON cannot carry them.
   */
  static Map<String, Object> columnMetrics(QualityReport report) {
    Map<String, Object> columns = new LinkedHashMap<>();
    for (ColumnStatistics s : report.statistics()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("nullCount", s.nulls());
      s.distinct().ifPresent(d -> m.put("distinctCount", d));
      m.put("count", s.count() - s.nulls());
      s.sum().flatMap(QualityGate::finite).ifPresent(v -> m.put("sum", v));
      s.min().flatMap(QualityGate::finite).ifPresent(v -> m.put("min", v));
      s.max().flatMap(QualityGate::finite).ifPresent(v -> m.put("max", v));
      columns.put(s.column(), m);
    }
    return columns;
  }

  private static Optional<Double> finite(Number n) {
    double d = n.doubleValue();
    return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
  }

  /**
   * A draft that shows each batch to the quality pass before the draft takes it. With a quarantine draft, a batch
   * with bad rows is split: the good rows go to the draft, the bad ones (with their violations) to the quarantine.
   */
  static CheckedDraft checked(SnapshotDraft draft, QualityPass pass, @Nullable SnapshotDraft quarantine) {
    return new CheckedDraft(draft, pass, quarantine);
  }

  /** A draft that shows each batch to the quality pass first, and counts the rows it quarantined. */
  static final class CheckedDraft extends ForwardingDraft {
    private final QualityPass pass;
    private final @Nullable SnapshotDraft quarantine;
    private long quarantined;

    CheckedDraft(SnapshotDraft draft, QualityPass pass, @Nullable SnapshotDraft quarantine) {
      super(draft);
      this.pass = pass;
      this.quarantine = quarantine;
    }

    /** The rows split off into the quarantine so far. */
    long quarantined() {
      return quarantined;
    }

    @Override
    public void append(VectorSchemaRoot batch) {
      BatchVerdict verdict;
      try {
        verdict = pass.accept(batch);
      } catch (RuntimeException e) {
        batch.close(); // append owns the batch, even when the check refuses it
        throw e;
      }
      if (quarantine == null || verdict.badRowCount() == 0) {
        draft.append(batch);
        return;
      }
      try (batch; QuarantineSplit split = verdict.split(batch, draft.allocator(), quarantine.allocator())) {
        draft.append(split.good());
        quarantine.append(split.bad());
        quarantined += split.bad().getRowCount();
      }
    }
  }
}
