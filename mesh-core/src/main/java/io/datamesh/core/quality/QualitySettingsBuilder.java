package io.datamesh.core.quality;

import io.datamesh.arrow.quality.ScanPlanBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds {@link QualitySettings}; start with {@link QualitySettings#builder()}.
 *
 * <pre>{@code
 * QualitySettings s = QualitySettings.builder().setSampleSize(5).setUniquenessBudgetBytes(64L << 20).build();
 * }</pre>
 */
public final class QualitySettingsBuilder {
  SeverityMapping severityMapping = SeverityMapping.datacontractCli();
  int sampleSize = 20;
  long uniquenessBudgetBytes = ScanPlanBuilder.DEFAULT_KEY_BUDGET_BYTES;
  QuarantineMode quarantine = QuarantineMode.OFF;
  double maxQuarantinedPercent = 5.0;
  Clock clock = Clock.systemUTC();
  boolean distinctStatistics = true;
  final List<CustomRule> customRules = new ArrayList<>();
  Optional<String> server = Optional.empty();

  QualitySettingsBuilder() {}

  /**
   * Sets the severity mapping.
   *
   * @param mapping the mapping
   * @return this builder
   */
  public QualitySettingsBuilder setSeverityMapping(SeverityMapping mapping) {
    this.severityMapping = Objects.requireNonNull(mapping, "mapping");
    return this;
  }

  /**
   * Sets how many failing rows each check keeps.
   *
   * @param size the cap, at least 0
   * @return this builder
   */
  public QualitySettingsBuilder setSampleSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("sample size must be >= 0, got " + size);
    }
    this.sampleSize = size;
    return this;
  }

  /**
   * Sets the budget of the exact key sets of one pass.
   *
   * @param bytes the budget, at least 0
   * @return this builder
   */
  public QualitySettingsBuilder setUniquenessBudgetBytes(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("uniqueness budget must be >= 0 bytes, got " + bytes);
    }
    this.uniquenessBudgetBytes = bytes;
    return this;
  }

  /**
   * Sets the quarantine mode.
   *
   * @param mode the mode
   * @return this builder
   */
  public QualitySettingsBuilder setQuarantine(QuarantineMode mode) {
    this.quarantine = Objects.requireNonNull(mode, "mode");
    return this;
  }

  /**
   * Sets the share of quarantined rows above which the whole snapshot is rejected.
   *
   * @param percent 0 to 100
   * @return this builder
   */
  public QualitySettingsBuilder setMaxQuarantinedPercent(double percent) {
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("maxQuarantinedPercent must be between 0 and 100, got " + percent);
    }
    this.maxQuarantinedPercent = percent;
    return this;
  }

  /**
   * Sets the clock of SLA checks and report timestamps (the mesh clock on the publish path).
   *
   * @param clock the clock
   * @return this builder
   */
  public QualitySettingsBuilder setClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Sets whether statistics count distinct values exactly.
   *
   * @param on true to count them
   * @return this builder
   */
  public QualitySettingsBuilder setDistinctStatistics(boolean on) {
    this.distinctStatistics = on;
    return this;
  }

  /**
   * Adds a custom Java rule.
   *
   * @param rule the rule
   * @return this builder
   */
  public QualitySettingsBuilder addCustomRule(CustomRule rule) {
    customRules.add(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /**
   * Sets the server or port name written in reports.
   *
   * @param name the name
   * @return this builder
   */
  public QualitySettingsBuilder setServer(String name) {
    this.server = Optional.of(Objects.requireNonNull(name, "name"));
    return this;
  }

  /**
   * Builds the settings.
   *
   * @return the settings
   */
  public QualitySettings build() {
    return new QualitySettings(this);
  }
}
