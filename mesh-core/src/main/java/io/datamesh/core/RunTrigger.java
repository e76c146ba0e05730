package io.datamesh.core;

/**
 * What started a transform run.
 *
 * <p>{@code if (result.trigger() == RunTrigger.SCHEDULED) { ... }}
 */
public enum RunTrigger {
  /** {@link Mesh#refresh(io.datamesh.api.ProductUrn)} was called. */
  MANUAL,
  /** An upstream output port published (debounced: a burst causes one run). */
  UPSTREAM_PUBLISH,
  /** The product's interval or cron schedule came due on the mesh clock. */
  SCHEDULED,
  /** A failed run was retried per the product's refresh policy. */
  RETRY
}
