package io.datamesh.api.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a policy is in its rollout: {@link RolloutStage#DRAFT}, {@link RolloutStage#GRACE} until a date (then
 * enforced without a restart, as the clock passes the date), or {@link RolloutStage#ENFORCED}.
 *
 * <pre>{@code
 * Rollout r = Rollout.grace(Instant.parse("2026-03-01T00:00:00Z"));
 * r.stageAt(Instant.parse("2026-02-01T00:00:00Z")); // GRACE
 * r.stageAt(Instant.parse("2026-03-01T00:00:00Z")); // ENFORCED
 * }</pre>
 *
 * @param stage the declared stage
 * @param graceUntil the instant enforcement starts, present exactly when the stage is GRACE
 */
public record Rollout(RolloutStage stage, Optional<Instant> graceUntil) {
  /**
   * Checks that a grace date is given exactly for the GRACE stage.
   *
   * @param stage see the record component
   * @param graceUntil see the record component
   * @throws IllegalArgumentException if the date is missing for GRACE or given for another stage
   */
  public Rollout {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(graceUntil, "graceUntil");
    if ((stage == RolloutStage.GRACE) != graceUntil.isPresent()) {
      throw new IllegalArgumentException("a rollout has a grace date exactly when its stage is GRACE, but stage is "
          + stage + " and graceUntil is " + graceUntil.map(Instant::toString).orElse("absent"));
    }
  }

  /**
   * Returns the draft rollout: evaluated and reported, never blocking.
   *
   * @return the rollout
   */
  public static Rollout draft() {
    return new Rollout(RolloutStage.DRAFT, Optional.empty());
  }

  /**
   * Returns a grace rollout: failures are warnings until {@code until}, then the policy is enforced.
   *
   * @param until the instant enforcement starts
   * @return the rollout
   */
  public static Rollout grace(Instant until) {
    return new Rollout(RolloutStage.GRACE, Optional.of(Objects.requireNonNull(until, "until")));
  }

  /**
   * Returns the enforced rollout.
   *
   * @return the rollout
   */
  public static Rollout enforced() {
    return new Rollout(RolloutStage.ENFORCED, Optional.empty());
  }

  /**
   * Returns the stage in effect at an instant: a grace rollout is enforced from its date on.
   *
   * @param now the current instant, from the mesh clock
   * @return the effective stage
   */
  public RolloutStage stageAt(Instant now) {
    if (stage == RolloutStage.GRACE && !now.isBefore(graceUntil.orElseThrow())) {
      return RolloutStage.ENFORCED;
    }
    return stage;
  }

  /**
   * Tells whether this rollout is at least as far along as another: draft, then grace (an earlier date is further
   * along), then enforced. A domain may only move a global policy forward.
   *
   * @param other the rollout to compare with
   * @return true if this is the same as or further along than {@code other}
   */
  public boolean isAtLeast(Rollout other) {
    if (stage != other.stage) {
      return stage.compareTo(other.stage) > 0;
    }
    return stage != RolloutStage.GRACE || !graceUntil.orElseThrow().isAfter(other.graceUntil.orElseThrow());
  }

  @Override
  public String toString() {
    return stage == RolloutStage.GRACE ? "grace until " + graceUntil.orElseThrow() : stage.name().toLowerCase(java.util.Locale.ROOT);
  }
}
