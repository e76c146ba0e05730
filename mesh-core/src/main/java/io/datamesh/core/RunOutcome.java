package io.datamesh.core;

/**
 * How a transform run ended.
 *
 * <p>{@code if (result.outcome() != RunOutcome.SUCCEEDED) { log.warn(result.error().orElse("")); }}
 */
public enum RunOutcome {
  /** The run finished; every output it published became current. */
  SUCCEEDED,
  /** The run threw or a publish was rejected; the last good snapshots stay current. */
  FAILED,
  /** The run was cancelled; nothing it published became current. */
  CANCELLED
}
