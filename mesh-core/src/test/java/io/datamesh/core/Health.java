package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.core.observe.PortStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * The monitored orders product with a second output port and an observability port "health", and the rows its
 * observability port serves, decoded into plain values, next to the same values computed from {@link PortStatus}.
 */
final class Health {
  static final PortAddress HEALTH = PortAddress.parse(
      "urn:dpds:com.example:dataproducts:orders:1:observabilityports:health");
  static final PortAddress REFUNDS = PortAddress.parse(
      "urn:dpds:com.example:dataproducts:orders:1:outputports:refunds");
  static final Principal ANA = Principal.builder("ana").setDomain("sales").build();

  private Health() {}

  /** Monitored orders (latency 1 h, frequency 1 d, availability), a refunds port, and the "health" port. */
  static DataProduct product() {
    return Monitored.orders().toBuilder()
        .addOutputPort(OutputPort.builder("refunds").setContract(Products.contract("refunds", "1.0.0", "id")))
        .addPort(PortKind.OBSERVABILITY, "health", "SLO states and quality of every output port")
        .build();
  }

  record Slo(String sla, String state, long observedMs, long allowedMs, Instant checkedAt) {}

  record Point(Instant at, String runId, String result, long rows) {}

  /** One served row; nulls where the column is null. */
  record Row(String port, Long snapshotId, long rows, long sizeBytes, Instant lastPublished, String qualityResult,
      int checksFailed, int checksWarned, Instant lastFailureAt, String lastFailureStatus, String lastFailureReason,
      List<Slo> slos, List<Point> history) {}

  /** What the table must serve for a status, by the documented schema: the oracle of the tests. */
  static Row expected(PortStatus s) {
    var checks = s.latestQuality().map(q -> q.checks()).orElse(List.of());
    return new Row(s.port().name(), s.snapshotId().isPresent() ? s.snapshotId().getAsLong() : null, s.rows(),
        s.sizeBytes(), s.lastPublished().map(Health::micros).orElse(null),
        s.latestQuality().map(q -> q.result().text()).orElse(null),
        (int) checks.stream().filter(c -> c.outcome().blocks()).count(),
        (int) checks.stream().filter(c -> c.outcome() == CheckOutcome.WARNING).count(),
        s.lastFailure().map(f -> micros(f.time())).orElse(null),
        s.lastFailure().map(f -> f.status().name()).orElse(null), s.lastFailure().map(f -> f.reason()).orElse(null),
        s.slos().stream().map(o -> new Slo(o.sla(), o.state().name(), o.observed().toMillis(),
            o.allowed().toMillis(), micros(o.checkedAt()))).toList(),
        s.qualityHistory().stream().map(p -> new Point(micros(p.at()), p.runId(), p.result().text(), p.rowCount()))
            .toList());
  }

  /** The rows {@code mesh.observe} reports for every output port of the product, in declaration order. */
  static List<Row> observed(Mesh mesh, DataProduct product) {
    return product.outputPorts().stream().map(p -> expected(mesh.observe(p.address()))).toList();
  }

  static List<Row> read(Mesh mesh, Principal principal) throws Exception {
    return rows(mesh.read(ReadRequest.of(HEALTH, principal)));
  }

  /** Decodes every batch; closes the reader. */
  static List<Row> rows(ArrowReader reader) throws Exception {
    List<Row> out = new ArrayList<>();
    try (reader) {
      while (reader.loadNextBatch()) {
        VectorSchemaRoot r = reader.getVectorSchemaRoot();
        for (int i = 0; i < r.getRowCount(); i++) {
          out.add(row(r, i));
        }
      }
    }
    return out;
  }

  private static Row row(VectorSchemaRoot r, int i) {
    List<Slo> slos = new ArrayList<>();
    for (Object o : (List<?>) value(r, "slos", i)) {
      Map<?, ?> m = (Map<?, ?>) o;
      slos.add(new Slo(m.get("sla").toString(), m.get("state").toString(), (Long) m.get("observed_ms"),
          (Long) m.get("allowed_ms"), instant((Long) m.get("checked_at"))));
    }
    List<Point> history = new ArrayList<>();
    for (Object o : (List<?>) value(r, "quality_history", i)) {
      Map<?, ?> m = (Map<?, ?>) o;
      history.add(new Point(instant((Long) m.get("at")), m.get("run_id").toString(), m.get("result").toString(),
          (Long) m.get("rows")));
    }
    return new Row(text(r, "port", i), (Long) value(r, "snapshot_id", i), (Long) value(r, "rows", i),
        (Long) value(r, "size_bytes", i), instant((Long) value(r, "last_published", i)),
        text(r, "quality_result", i), (Integer) value(r, "quality_checks_failed", i),
        (Integer) value(r, "quality_checks_warned", i), instant((Long) value(r, "last_failure_at", i)),
        text(r, "last_failure_status", i), text(r, "last_failure_reason", i), slos, history);
  }

  private static Object value(VectorSchemaRoot r, String column, int i) {
    FieldVector v = r.getVector(column);
    return v.getObject(i);
  }

  private static String text(VectorSchemaRoot r, String column, int i) {
    Object v = value(r, column, i);
    return v == null ? null : v.toString();
  }

  private static Instant instant(Long micros) {
    return micros == null ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }

  private static Instant micros(Instant t) {
    return t.truncatedTo(ChronoUnit.MICROS);
  }
}
