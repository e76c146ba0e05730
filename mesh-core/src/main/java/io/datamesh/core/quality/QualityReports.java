package io.datamesh.core.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.quality.CheckResult;
import io.datamesh.api.quality.ColumnStatistics;
import io.datamesh.api.quality.FailedSample;
import io.datamesh.api.quality.QualityReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Writes a {@link QualityReport} as datacontract-cli's {@code Run} JSON (pinned by {@code docs/schemas/run.schema.json})
 * or as JUnit XML for CI tools.
 *
 * <pre>{@code
 * Files.writeString(Path.of("quality.json"), QualityReports.toJson(outcome.report()));
 * Files.writeString(Path.of("TEST-quality.xml"), QualityReports.toJunitXml(outcome.report()));
 * }</pre>
 */
public final class QualityReports {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private QualityReports() {}

  /**
   * Writes the report as a datacontract-cli {@code Run}: {@code runId}, {@code dataContractId},
   * {@code dataContractVersion}, {@code server}, {@code timestampStart}, {@code timestampEnd}, {@code result},
   * {@code checks[]} (each with {@code id, key, category, type, name, model, field, qualityId, engine, result,
   * reason, diagnostics, failedSamples}) and {@code logs[]}, plus the SDK's row counts and column statistics.
   * Non-finite numbers are written as {@code null}.
   *
   * @param report the report
   * @return the JSON text
   */
  public static String toJson(QualityReport report) {
    ObjectNode run = MAPPER.createObjectNode();
    run.put("runId", report.runId());
    run.put("dataContractId", report.contractId());
    run.put("dataContractVersion", report.contractVersion());
    report.server().ifPresent(s -> run.put("server", s));
    run.put("model", report.schemaObject());
    run.put("timestampStart", report.timestampStart().toString());
    run.put("timestampEnd", report.timestampEnd().toString());
    run.put("result", report.result().text());
    ArrayNode checks = run.putArray("checks");
    report.checks().forEach(c -> checks.add(check(c, report.schemaObject())));
    ArrayNode logs = run.putArray("logs");
    ObjectNode log = logs.addObject();
    log.put("level", "info");
    log.put("message", report.rowCount() + " rows checked, " + report.publishedRowCount() + " published, "
        + report.quarantinedRowCount() + " quarantined, in "
        + Duration.between(report.timestampStart(), report.timestampEnd()).toMillis() + " ms");
    log.put("timestamp", report.timestampEnd().toString());
    run.put("rowCount", report.rowCount());
    run.put("publishedRowCount", report.publishedRowCount());
    run.put("quarantinedRowCount", report.quarantinedRowCount());
    ArrayNode stats = run.putArray("statistics");
    report.statistics().forEach(s -> stats.add(statistics(s)));
    try {
      return MAPPER.writeValueAsString(run);
    } catch (JsonProcessingException e) {
      throw new MeshException(MeshStatus.INTERNAL, "could not write quality report " + report.runId() + ": "
          + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode check(CheckResult c, String model) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", c.id());
    n.put("key", c.key());
    n.put("category", c.category());
    n.put("type", c.type());
    n.put("name", c.name());
    n.put("model", c.schemaObject().orElse(model));
    c.property().ifPresent(p -> n.put("field", p));
    c.qualityId().ifPresent(q -> n.put("qualityId", q));
    n.put("engine", "datamesh");
    n.put("result", c.outcome().text());
    n.put("reason", c.reason());
    ObjectNode d = n.putObject("diagnostics");
    c.rule().ifPresent(r -> d.put("rule", r));
    c.observedValue().ifPresentOrElse(v -> number(d, "observedValue", v), () -> d.putNull("observedValue"));
    c.threshold().ifPresent(t -> d.put("threshold", t));
    c.unexpectedCount().ifPresent(u -> d.put("unexpectedCount", u));
    c.unexpectedPercent().ifPresent(u -> number(d, "unexpectedPercent", u));
    c.dimension().ifPresent(x -> d.put("dimension", x));
    c.severity().ifPresent(x -> d.put("severity", x));
    ArrayNode samples = n.putArray("failedSamples");
    for (FailedSample s : c.samples()) {
      ObjectNode o = samples.addObject();
      o.put("row", s.row());
      ObjectNode key = o.putObject("key");
      s.key().forEach(key::put);
      s.value().ifPresentOrElse(v -> o.put("value", v), () -> o.putNull("value"));
    }
    return n;
  }

  private static ObjectNode statistics(ColumnStatistics s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("column", s.column());
    n.put("type", s.type());
    n.put("count", s.count());
    n.put("nulls", s.nulls());
    n.put("nans", s.nans());
    optional(n, "min", s.min());
    optional(n, "max", s.max());
    optional(n, "sum", s.sum());
    optional(n, "mean", s.mean());
    optional(n, "stddev", s.stddev());
    optional(n, "minLength", s.minLength());
    optional(n, "maxLength", s.maxLength());
    optional(n, "distinct", s.distinct());
    return n;
  }

  private static void optional(ObjectNode n, String field, Optional<Number> v) {
    v.ifPresentOrElse(x -> number(n, field, x), () -> n.putNull(field));
  }

  private static void optional(ObjectNode n, String field, OptionalDouble v) {
    if (v.isPresent()) {
      number(n, field, v.getAsDouble());
    } else {
      n.putNull(field);
    }
  }

  private static void optional(ObjectNode n, String field, OptionalLong v) {
    if (v.isPresent()) {
      n.put(field, v.getAsLong());
    } else {
      n.putNull(field);
    }
  }

  private static void number(ObjectNode n, String field, Number v) {
    if (v instanceof BigDecimal) {
      n.put(field, (BigDecimal) v);
    } else if (v instanceof Double || v instanceof Float) {
      double d = v.doubleValue();
      if (Double.isFinite(d)) {
        n.put(field, d);
      } else {
        n.putNull(field);
      }
    } else {
      n.put(field, v.longValue());
    }
  }

  /**
   * Writes the report as JUnit XML: one {@code testsuite} for the schema object, one {@code testcase} per check;
   * failed checks are {@code failure}s, errored ones {@code error}s, skipped ones {@code skipped}; warnings and
   * infos pass with their reason in {@code system-out}.
   *
   * @param report the report
   * @return the XML text
   */
  public static String toJunitXml(QualityReport report) {
    long failures = count(report, CheckOutcome.FAILED);
    long errors = count(report, CheckOutcome.ERROR);
    long skipped = count(report, CheckOutcome.SKIPPED);
    double seconds = Duration.between(report.timestampStart(), report.timestampEnd()).toMillis() / 1000.0;
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<testsuites name=\"").append(esc(report.contractId())).append("\" tests=\"")
        .append(report.checks().size()).append("\" failures=\"").append(failures).append("\" errors=\"")
        .append(errors).append("\" skipped=\"").append(skipped).append("\" time=\"").append(seconds).append("\">\n");
    x.append("  <testsuite name=\"").append(esc(report.contractId() + "." + report.schemaObject()))
        .append("\" tests=\"").append(report.checks().size()).append("\" failures=\"").append(failures)
        .append("\" errors=\"").append(errors).append("\" skipped=\"").append(skipped).append("\" timestamp=\"")
        .append(esc(report.timestampStart().toString())).append("\" time=\"").append(seconds).append("\">\n");
    for (CheckResult c : report.checks()) {
      x.append("    <testcase classname=\"").append(esc(report.schemaObject())).append("\" name=\"")
          .append(esc(c.id())).append("\" time=\"0\">");
      switch (c.outcome()) {
        case FAILED:
          x.append("<failure type=\"").append(esc(c.type())).append("\" message=\"").append(esc(c.reason()))
              .append("\">").append(esc(c.reason())).append("</failure>");
          break;
        case ERROR:
          x.append("<error type=\"").append(esc(c.type())).append("\" message=\"").append(esc(c.reason()))
              .append("\">").append(esc(c.reason())).append("</error>");
          break;
        case SKIPPED:
          x.append("<skipped message=\"").append(esc(c.reason())).append("\"/>");
          break;
        default:
          x.append("<system-out>").append(esc(c.outcome().text() + ": " + c.reason())).append("</system-out>");
      }
      x.append("</testcase>\n");
    }
    x.append("  </testsuite>\n</testsuites>\n");
    return x.toString();
  }

  private static long count(QualityReport r, CheckOutcome o) {
    return r.checks().stream().filter(c -> c.outcome() == o).count();
  }

  private static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&apos;");
          break;
        default:
          if (ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r') {
            b.append("&#xFFFD;");
          } else {
            b.append(ch);
          }
      }
    }
    return b.toString();
  }
}
