package io.datamesh.api.event;

/**
 * What happened. Catalog emitters map these to their own vocabulary (OpenLineage: register is CREATE, a new version
 * is ALTER, deregister is DROP).
 *
 * <p>{@code if (event.type() == MeshEventType.PRODUCT_REGISTERED) { ... }}
 */
public enum MeshEventType {
  /** A product was registered for the first time (or a new major beside the old one). */
  PRODUCT_REGISTERED,
  /** A registered product was replaced by a newer minor or patch version. */
  PRODUCT_UPDATED,
  /** A product was removed from the mesh. */
  PRODUCT_DEREGISTERED,
  /** An input port's upstream became available. */
  INPUT_RESOLVED,
  /** A new snapshot of an output port became current. */
  SNAPSHOT_PUBLISHED,
  /** A publish was rejected or failed; the previous snapshot stays current. */
  PUBLISH_FAILED,
  /** A transform run started. */
  RUN_STARTED,
  /** A transform run completed. */
  RUN_COMPLETED,
  /** A transform run failed. */
  RUN_FAILED,
  /**
   * The quality checks of a publish finished: with {@code snapshotId} for a published snapshot, without it for one
   * the gate rejected (a {@link #PUBLISH_FAILED} follows).
   */
  QUALITY_CHECKED,
  /** A policy was evaluated. */
  POLICY_EVALUATED,
  /**
   * A read was decided (audit): allowed, masked, filtered or denied, with the policy ids, principal, port and
   * snapshot. A denied read produces this event and nothing else.
   */
  ACCESS_DECISION,
  /**
   * An output port's SLO state changed (attributes {@code port}, {@code sla}, {@code from}, {@code to}, and
   * {@code observed} and {@code allowed} as ISO-8601 durations).
   */
  SLO_STATE_CHANGED
}
