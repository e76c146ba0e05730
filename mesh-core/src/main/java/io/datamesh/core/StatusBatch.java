package io.datamesh.core;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.quality.CheckResult;
import io.datamesh.api.quality.QualityReport;
import io.datamesh.core.observe.PortStatus;
import io.datamesh.core.observe.PublishFailure;
import io.datamesh.core.observe.SloStatus;
import io.datamesh.core.quality.MetricPoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.types.pojo.Schema;

/** Writes the rows of the {@link StatusTable} into one Arrow batch. */
final class StatusBatch {
  /**
   * One row: an output port's status, and the failure reason the reader gets (the status's own, or a sentence
   * starting with {@code withheld:}); empty without a failure.
   */
  record Row(PortStatus status, Optional<String> reason) {}

  private StatusBatch() {}

  /** Returns a batch of the rows in {@code allocator}; the caller closes it. */
  static VectorSchemaRoot write(Schema schema, List<Row> rows, BufferAllocator allocator) {
    VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
    try {
      root.allocateNew();
      for (int i = 0; i < rows.size(); i++) {
        write(root, i, rows.get(i));
      }
      for (FieldVector v : root.getFieldVectors()) {
        v.setValueCount(rows.size());
      }
      root.setRowCount(rows.size());
      return root;
    } catch (RuntimeException e) {
      root.close();
      throw e;
    }
  }

  private static void write(VectorSchemaRoot root, int i, Row row) {
    PortStatus s = row.status();
    text(root, "port", i, Optional.of(s.port().name()));
    number(root, "snapshot_id", i, s.snapshotId().isPresent() ? Optional.of(s.snapshotId().getAsLong())
        : Optional.empty());
    number(root, "rows", i, Optional.of(s.rows()));
    number(root, "size_bytes", i, Optional.of(s.sizeBytes()));
    time(root, "last_published", i, s.lastPublished());
    Optional<QualityReport> report = s.latestQuality();
    text(root, "quality_result", i, report.map(r -> r.result().text()));
    List<CheckResult> checks = report.map(QualityReport::checks).orElse(List.of());
    ((IntVector) root.getVector("quality_checks_failed")).setSafe(i, (int) checks.stream()
        .filter(c -> c.outcome().blocks()).count());
    ((IntVector) root.getVector("quality_checks_warned")).setSafe(i, (int) checks.stream()
        .filter(c -> c.outcome() == CheckOutcome.WARNING).count());
    Optional<PublishFailure> failure = s.lastFailure();
    time(root, "last_failure_at", i, failure.map(PublishFailure::time));
    text(root, "last_failure_status", i, failure.map(f -> f.status().name()));
    text(root, "last_failure_reason", i, row.reason());
    slos((ListVector) root.getVector("slos"), i, s.slos());
    history((ListVector) root.getVector("quality_history"), i, s.qualityHistory());
  }

  private static void slos(ListVector list, int i, List<SloStatus> slos) {
    StructVector item = (StructVector) list.getDataVector();
    int at = list.startNewValue(i);
    for (SloStatus slo : slos) {
      item.setIndexDefined(at);
      setText((VarCharVector) item.getChild("sla"), at, slo.sla());
      setText((VarCharVector) item.getChild("state"), at, slo.state().name());
      ((BigIntVector) item.getChild("observed_ms")).setSafe(at, slo.observed().toMillis());
      ((BigIntVector) item.getChild("allowed_ms")).setSafe(at, slo.allowed().toMillis());
      ((TimeStampVector) item.getChild("checked_at")).setSafe(at, micros(slo.checkedAt(), "slos.checked_at"));
      at++;
    }
    list.endValue(i, slos.size());
    childCounts(item, at);
  }

  private static void history(ListVector list, int i, List<MetricPoint> points) {
    StructVector item = (StructVector) list.getDataVector();
    int at = list.startNewValue(i);
    for (MetricPoint p : points) {
      item.setIndexDefined(at);
      ((TimeStampVector) item.getChild("at")).setSafe(at, micros(p.at(), "quality_history.at"));
      setText((VarCharVector) item.getChild("run_id"), at, p.runId());
      setText((VarCharVector) item.getChild("result"), at, p.result().text());
      ((BigIntVector) item.getChild("rows")).setSafe(at, p.rowCount());
      at++;
    }
    list.endValue(i, points.size());
    childCounts(item, at);
  }

  private static void childCounts(StructVector item, int count) {
    item.setValueCount(count);
  }

  private static void text(VectorSchemaRoot root, String column, int i, Optional<String> value) {
    VarCharVector v = (VarCharVector) root.getVector(column);
    if (value.isPresent()) {
      setText(v, i, value.get());
    } else {
      v.setNull(i);
    }
  }

  private static void setText(VarCharVector v, int i, String value) {
    v.setSafe(i, value.getBytes(StandardCharsets.UTF_8));
  }

  private static void number(VectorSchemaRoot root, String column, int i, Optional<Long> value) {
    BigIntVector v = (BigIntVector) root.getVector(column);
    if (value.isPresent()) {
      v.setSafe(i, value.get());
    } else {
      v.setNull(i);
    }
  }

  private static void time(VectorSchemaRoot root, String column, int i, Optional<Instant> value) {
    TimeStampVector v = (TimeStampVector) root.getVector(column);
    if (value.isPresent()) {
      v.setSafe(i, micros(value.get(), column));
    } else {
      v.setNull(i);
    }
  }

  /** Microseconds since the epoch, truncated (the served type's unit). */
  static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
  }

  /** {@link #micros} of a time served in {@code column}; a time beyond the microsecond range is an INTERNAL error. */
  static long micros(Instant t, String column) {
    try {
      return micros(t);
    } catch (ArithmeticException e) {
      throw new MeshException(MeshStatus.INTERNAL, "the status table cannot serve " + t + " in column " + column
          + ": it is beyond the range of a timestamp in microseconds (about 292,000 years around 1970); check the"
          + " mesh clock (MeshBuilder.setClock)", e);
    }
  }
}
