package io.datamesh.core.quality;

import io.datamesh.api.contract.QualityUnit;
import io.datamesh.api.contract.Threshold;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One compiled check: what it is called, where its number comes from ({@link Source} and the scan id), and how
 * that number is judged.
 */
record CheckSpec(String id, String key, String category, String type, String name, Optional<String> column,
    Optional<String> rule, Optional<String> qualityId, Optional<String> severity, Optional<String> dimension,
    Source source, String sourceId, Optional<Threshold> threshold, QualityUnit unit, Optional<String> problem,
    Optional<String> slaLimit) {

  enum Source {
    /** Violations of a row condition. */
    CONDITION,
    /** Duplicate rows of an exact key. */
    KEY,
    /** The number of rows. */
    ROW_COUNT,
    /** A custom aggregate's value. */
    AGGREGATE,
    /** Whether the column is in the batches. */
    PRESENCE,
    /** Age of the latest value of a timestamp column. */
    FRESHNESS,
    /** Age of the earliest value of a timestamp column. */
    RETENTION,
    /** Not evaluated: {@code problem} says why. */
    SKIPPED,
    /** Could not be compiled: {@code problem} says why. */
    INVALID
  }

  boolean rowSourced() {
    return source == Source.CONDITION || source == Source.KEY;
  }

  /** A rule is row-level when any single violating row breaks it: it holds at zero and fails at the first row. */
  boolean rowLevel() {
    if (!rowSourced() || threshold.isEmpty()) {
      return false;
    }
    BigDecimal one = unit == QualityUnit.PERCENT ? new BigDecimal("1e-12") : BigDecimal.ONE;
    return threshold.get().test(BigDecimal.ZERO) && !threshold.get().test(one);
  }
}
