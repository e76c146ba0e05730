package io.datamesh.api.policy;

/**
 * What a failed policy does.
 *
 * <p>{@code if (result.severity() == PolicySeverity.ERROR && !result.passed()) { ... }}
 */
public enum PolicySeverity {
  /** A failure blocks the operation. */
  ERROR,
  /** A failure is reported; the operation goes on. */
  WARNING
}
