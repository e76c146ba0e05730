package io.datamesh.api.policy;

/**
 * How far a policy has been rolled out: teams see a new policy's results before it can block them.
 *
 * <p>{@code if (rollout.stageAt(clock.instant()) == RolloutStage.ENFORCED) { ... }}
 */
public enum RolloutStage {
  /** Evaluated and reported only; never blocks. */
  DRAFT,
  /** Evaluated and reported as a warning until a date, so teams can adapt; then enforced. */
  GRACE,
  /** A failure of an error-severity policy blocks the operation. */
  ENFORCED
}
