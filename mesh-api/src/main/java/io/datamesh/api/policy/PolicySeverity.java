package io.datamesh.api.policy;

/**
 * What a failed policy does once it is enforced.
 *
 * <p>{@code if (result.severity() == PolicySeverity.ERROR && !result.passed()) { ... }}
 */
public enum PolicySeverity {
  /** A failure is reported; the operation goes on. */
  WARNING,
  /** A failure of an enforced policy blocks the operation. */
  ERROR
}
