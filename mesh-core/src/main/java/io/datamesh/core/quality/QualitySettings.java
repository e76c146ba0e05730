package io.datamesh.core.quality;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * How the quality engine decides: severity mapping, sample size, the uniqueness memory budget, the quarantine and
 * its ceiling, the clock of SLA checks, and custom Java rules. Sensible defaults: datacontract-cli severities, 20
 * samples, 256 MiB of exact keys, no quarantine, 5% ceiling, the UTC system clock, distinct counts on.
 *
 * <pre>{@code
 * QualitySettings s = QualitySettings.builder().setQuarantine(QuarantineMode.QUARANTINE)
 *     .setMaxQuarantinedPercent(1.0).setClock(mesh.clock()).build();
 * }</pre>
 */
public final class QualitySettings {
  private final SeverityMapping severityMapping;
  private final int sampleSize;
  private final long uniquenessBudgetBytes;
  private final QuarantineMode quarantine;
  private final double maxQuarantinedPercent;
  private final Clock clock;
  private final boolean distinctStatistics;
  private final List<CustomRule> customRules;
  private final Optional<String> server;

  QualitySettings(QualitySettingsBuilder b) {
    this.severityMapping = b.severityMapping;
    this.sampleSize = b.sampleSize;
    this.uniquenessBudgetBytes = b.uniquenessBudgetBytes;
    this.quarantine = b.quarantine;
    this.maxQuarantinedPercent = b.maxQuarantinedPercent;
    this.clock = b.clock;
    this.distinctStatistics = b.distinctStatistics;
    this.customRules = List.copyOf(b.customRules);
    this.server = b.server;
  }

  /**
   * Returns the defaults.
   *
   * @return settings with every default
   */
  public static QualitySettings defaults() {
    return builder().build();
  }

  /**
   * Starts settings.
   *
   * @return a builder
   */
  public static QualitySettingsBuilder builder() {
    return new QualitySettingsBuilder();
  }

  /**
   * Returns the severity mapping.
   *
   * @return the mapping
   */
  public SeverityMapping severityMapping() {
    return severityMapping;
  }

  /**
   * Returns how many failing rows each check keeps as samples, and how many row verdicts an outcome keeps.
   *
   * @return the cap
   */
  public int sampleSize() {
    return sampleSize;
  }

  /**
   * Returns the budget of the exact key sets (uniqueness, duplicates, distinct counts) of one pass.
   *
   * @return bytes
   */
  public long uniquenessBudgetBytes() {
    return uniquenessBudgetBytes;
  }

  /**
   * Returns the quarantine mode.
   *
   * @return the mode
   */
  public QuarantineMode quarantine() {
    return quarantine;
  }

  /**
   * Returns the share of quarantined rows above which the whole snapshot is rejected.
   *
   * @return a percentage, 0 to 100
   */
  public double maxQuarantinedPercent() {
    return maxQuarantinedPercent;
  }

  /**
   * Returns the clock SLA checks and report timestamps read.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Tells whether statistics count distinct values exactly (charged to the uniqueness budget).
   *
   * @return true if they do
   */
  public boolean distinctStatistics() {
    return distinctStatistics;
  }

  /**
   * Returns the custom Java rules.
   *
   * @return the rules
   */
  public List<CustomRule> customRules() {
    return customRules;
  }

  /**
   * Returns the server or port name written in reports.
   *
   * @return the name, if set
   */
  public Optional<String> server() {
    return server;
  }
}
