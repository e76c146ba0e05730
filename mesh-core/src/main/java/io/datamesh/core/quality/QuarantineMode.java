package io.datamesh.core.quality;

/**
 * Whether rows that break blocking row-level rules are split off, a port setting.
 *
 * <p>{@code QualitySettings.builder().setQuarantine(QuarantineMode.QUARANTINE)}
 */
public enum QuarantineMode {
  /** No split: any failing blocking rule rejects the whole snapshot. */
  OFF,
  /**
   * Publish the good rows and keep the bad ones (with a {@code _violations} column) in a quarantine snapshot; the
   * whole snapshot is still rejected when more than {@code maxQuarantinedPercent} of its rows are bad.
   */
  QUARANTINE
}
