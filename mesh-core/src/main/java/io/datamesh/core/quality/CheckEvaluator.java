package io.datamesh.core.quality;

import io.datamesh.api.contract.QualityUnit;
import io.datamesh.api.contract.Threshold;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.quality.CheckResult;
import io.datamesh.api.quality.CheckResultBuilder;
import io.datamesh.api.quality.ColumnStatistics;
import io.datamesh.api.quality.FailedSample;
import io.datamesh.arrow.quality.InstantRange;
import io.datamesh.arrow.quality.ScanResult;
import io.datamesh.core.quality.CheckSpec.Source;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Judges each compiled check on the metrics of a finished scan. */
final class CheckEvaluator {
  private final QualitySettings settings;
  private final ScanResult result;
  private final long rows;
  private final long quarantined;
  private final boolean quarantine;
  private final Map<String, long[]> badHits;
  private final Map<String, List<FailedSample>> samples;
  private final Set<String> missingColumns;
  private final long batches;
  private final Instant now;

  CheckEvaluator(QualitySettings settings, ScanResult result, long quarantined, boolean quarantine,
      Map<String, long[]> badHits, Map<String, List<FailedSample>> samples, Set<String> missingColumns,
      long batches, Instant now) {
    this.settings = settings;
    this.result = result;
    this.rows = result.rows();
    this.quarantined = quarantined;
    this.quarantine = quarantine;
    this.badHits = badHits;
    this.samples = samples;
    this.missingColumns = missingColumns;
    this.batches = batches;
    this.now = now;
  }

  CheckResult evaluate(CheckSpec c) {
    switch (c.source()) {
      case SKIPPED:
        return base(c, CheckOutcome.SKIPPED, c.problem().orElse("not evaluated")).build();
      case INVALID:
        return base(c, CheckOutcome.ERROR, c.problem().orElse("invalid rule")).build();
      case PRESENCE:
        return presence(c);
      case FRESHNESS:
      case RETENTION:
        return timeliness(c);
      case AGGREGATE:
        return aggregate(c);
      default:
        return counted(c);
    }
  }

  private CheckResult presence(CheckSpec c) {
    String col = c.column().orElseThrow();
    if (batches == 0) {
      return base(c, CheckOutcome.UNKNOWN, "no batch was checked, so the presence of '" + col + "' is unknown")
          .build();
    }
    if (missingColumns.contains(col)) {
      return base(c, failure(c), "column '" + col + "' is in the contract but missing from the batches: add it"
          + " to the published schema or remove it from the contract").build();
    }
    return base(c, CheckOutcome.PASSED, "column '" + col + "' is present").build();
  }

  private CheckResult aggregate(CheckSpec c) {
    Optional<String> error = result.error(c.sourceId());
    if (error.isPresent() || result.aggregate(c.sourceId()).isEmpty()) {
      return base(c, CheckOutcome.ERROR, error.orElse("the aggregate saw no batch of '" + c.column().orElse("")
          + "'")).build();
    }
    double value = result.aggregate(c.sourceId()).getAsDouble();
    Threshold t = c.threshold().orElseThrow();
    boolean ok = Double.isFinite(value) && t.test(BigDecimal.valueOf(value));
    return base(c, ok ? CheckOutcome.PASSED : failure(c), "the aggregate is " + value
        + (ok ? "" : "; the rule requires " + text(t, c.unit())))
        .setObservedValue(value).setThreshold(text(t, c.unit())).build();
  }

  private CheckResult counted(CheckSpec c) {
    Optional<String> error = c.source() == Source.ROW_COUNT ? Optional.empty() : result.error(c.sourceId());
    if (error.isPresent()) {
      return base(c, CheckOutcome.ERROR, error.get()).build();
    }
    long count = c.source() == Source.ROW_COUNT ? rows : result.violations(c.sourceId()).orElse(0);
    BigDecimal observed = observe(count, rows, c.unit());
    Number shown = c.unit() == QualityUnit.PERCENT ? (Number) observed.doubleValue() : (Number) count;
    CheckResultBuilder b;
    if (c.threshold().isEmpty()) {
      b = base(c, CheckOutcome.INFO, describe(c, count) + "; no threshold, so this is information only");
    } else {
      Threshold t = c.threshold().get();
      boolean blocking = failure(c) == CheckOutcome.FAILED;
      if (quarantine && c.rowLevel() && blocking) {
        b = base(c, count == 0 ? CheckOutcome.PASSED : CheckOutcome.WARNING, count == 0 ? describe(c, 0)
            : describe(c, count) + "; those rows were quarantined, so the " + (rows - quarantined)
                + " published rows pass");
        shown = 0L;
      } else {
        boolean ok = t.test(observed);
        String reason = describe(c, count) + (ok ? "" : "; the rule requires " + text(t, c.unit()));
        if (quarantine) {
          reason += published(c, count, t);
        }
        b = base(c, ok ? CheckOutcome.PASSED : failure(c), reason);
      }
      b.setThreshold(text(t, c.unit()));
    }
    b.setObservedValue(shown);
    if (c.rowSourced()) {
      b.setUnexpectedCount(count).setUnexpectedPercent(percent(count, rows).doubleValue());
      samples.getOrDefault(c.id(), List.of()).forEach(b::addSample);
    }
    return b.build();
  }

  private String published(CheckSpec c, long count, Threshold t) {
    long pubRows = rows - quarantined;
    long pubCount = c.source() == Source.ROW_COUNT ? pubRows
        : count - badHits.getOrDefault(c.sourceId(), new long[1])[0];
    BigDecimal v = observe(pubCount, pubRows, c.unit());
    return ". On the " + pubRows + " published rows: " + (c.unit() == QualityUnit.PERCENT
        ? v.round(new MathContext(4)).toPlainString() + "%" : String.valueOf(pubCount))
        + (t.test(v) ? " (passes)" : " (fails)");
  }

  private String describe(CheckSpec c, long count) {
    switch (c.source()) {
      case ROW_COUNT:
        return rows + " rows";
      case KEY:
        return count + " of " + rows + " rows (" + pct(count) + "%) repeat an earlier row's " + c.rule().orElse("key")
            + " value";
      default:
        return count + " of " + rows + " rows (" + pct(count) + "%) break " + c.rule().orElse(c.type())
            + c.column().map(col -> " on '" + col + "'" + (col.contains("[]") ? " in at least one item" : ""))
                .orElse("");
    }
  }

  private String pct(long count) {
    return percent(count, rows).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private CheckResult timeliness(CheckSpec c) {
    String col = c.column().orElseThrow();
    Duration limit;
    try {
      limit = SlaDurations.parse(c.slaLimit().orElse(""));
    } catch (IllegalArgumentException e) {
      return base(c, CheckOutcome.ERROR, e.getMessage()).build();
    }
    InstantRange range = result.timeRanges().get(col);
    ColumnStatistics stats = result.statistics().get(col);
    if (range == null) {
      if (stats != null && stats.count() > stats.nulls()) {
        return base(c, CheckOutcome.ERROR, "'" + col + "' is " + stats.type() + ", not a date or timestamp: point"
            + " the SLA element at a timestamp column").build();
      }
      return base(c, CheckOutcome.UNKNOWN, "no value of '" + col + "' to measure").build();
    }
    boolean fresh = c.source() == Source.FRESHNESS;
    Instant edge = fresh ? range.latest() : range.earliest();
    Duration age = Duration.between(edge, now);
    boolean ok = age.compareTo(limit) <= 0;
    String reason = (fresh ? "the latest " : "the earliest ") + col + " (" + edge + ") is " + age + " old at " + now
        + (ok ? ", within " : ", beyond ") + limit;
    return base(c, ok ? CheckOutcome.PASSED : failure(c), reason).setObservedValue(age.toMillis() / 1000.0)
        .setThreshold("mustBeLessOrEqualTo " + limit).build();
  }

  CheckResult quarantineCeiling(String object) {
    BigDecimal p = percent(quarantined, rows);
    double max = settings.maxQuarantinedPercent();
    boolean ok = p.compareTo(BigDecimal.valueOf(max)) <= 0;
    String key = object.replaceAll("[^A-Za-z0-9_]", "_") + "__quarantine_percent";
    return CheckResult.builder(key, ok ? CheckOutcome.PASSED : CheckOutcome.FAILED).setCategory("quality")
        .setType("quarantine_percent").setName(object + " quarantined rows").setSchemaObject(object)
        .setRule("maxQuarantinedPercent").setObservedValue(p.doubleValue())
        .setThreshold("mustBeLessOrEqualTo " + max + " percent").setUnexpectedCount(quarantined)
        .setUnexpectedPercent(p.doubleValue())
        .setReason(quarantined + " of " + rows + " rows (" + pct(quarantined) + "%) were quarantined; the ceiling is "
            + max + "%" + (ok ? "" : ", so the whole snapshot is rejected")).build();
  }

  private CheckOutcome failure(CheckSpec c) {
    return settings.severityMapping().onFailure(c.severity());
  }

  private CheckResultBuilder base(CheckSpec c, CheckOutcome outcome, String reason) {
    CheckResultBuilder b = CheckResult.builder(c.id(), outcome).setKey(c.key()).setCategory(c.category())
        .setType(c.type()).setName(c.name()).setReason(reason);
    c.column().ifPresent(b::setProperty);
    c.rule().ifPresent(b::setRule);
    c.qualityId().ifPresent(b::setQualityId);
    c.dimension().ifPresent(b::setDimension);
    c.severity().ifPresent(b::setSeverity);
    return b;
  }

  static BigDecimal observe(long count, long rows, QualityUnit unit) {
    return unit == QualityUnit.PERCENT ? percent(count, rows) : BigDecimal.valueOf(count);
  }

  static BigDecimal percent(long count, long rows) {
    return rows == 0 ? BigDecimal.ZERO
        : BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(rows),
            MathContext.DECIMAL64);
  }

  static String text(Threshold t, QualityUnit unit) {
    String operands = t.operands().stream()
        .map(o -> o instanceof BigDecimal ? ((BigDecimal) o).toPlainString() : String.valueOf(o))
        .collect(Collectors.joining(", "));
    return t.operator().text() + " " + (t.operands().size() > 1 ? "[" + operands + "]" : operands)
        + (unit == QualityUnit.PERCENT ? " percent" : "");
  }
}
