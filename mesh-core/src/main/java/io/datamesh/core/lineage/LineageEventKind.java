package io.datamesh.core.lineage;

/**
 * The three OpenLineage event envelopes.
 *
 * <p>{@code if (event.kind() == LineageEventKind.RUN) { ... }}
 */
public enum LineageEventKind {
  /** A {@code RunEvent}: a state transition of one run of a job, with its inputs and outputs. */
  RUN,
  /** A {@code DatasetEvent}: static metadata about one dataset, outside any run. */
  DATASET,
  /** A {@code JobEvent}: static metadata about one job, outside any run. */
  JOB
}
