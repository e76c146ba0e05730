package io.datamesh.core.observe;

/**
 * How an output port stands against one SLA property of its contract.
 *
 * <p>{@code if (status.state() == SloState.BREACHED) { page(status); }}
 */
public enum SloState {
  /** The promise is kept with room to spare. */
  MET,
  /** The promise is still kept, but more than 80% of the allowance is used up. */
  AT_RISK,
  /** The promise is broken. */
  BREACHED
}
