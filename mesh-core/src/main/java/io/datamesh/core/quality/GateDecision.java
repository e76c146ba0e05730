package io.datamesh.core.quality;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.util.List;
import java.util.Objects;

/**
 * Whether a snapshot may be published: rejected when any check failed or errored (error-severity rules, errors
 * such as an exceeded uniqueness budget, or too many quarantined rows).
 *
 * <pre>{@code
 * outcome.gate().throwIfRejected(); // MeshException(QUALITY_GATE_FAILED) naming the checks
 * }</pre>
 *
 * @param accepted true when the snapshot may be published
 * @param reason why, in a sentence
 * @param blockingChecks the ids of the checks that rejected it, empty when accepted
 */
public record GateDecision(boolean accepted, String reason, List<String> blockingChecks) {
  /**
   * Checks and copies the parts.
   *
   * @param accepted see the record component
   * @param reason see the record component
   * @param blockingChecks see the record component
   */
  public GateDecision {
    Objects.requireNonNull(reason, "reason");
    blockingChecks = List.copyOf(blockingChecks);
  }

  /**
   * Throws when the snapshot is rejected.
   *
   * @throws MeshException with {@link MeshStatus#QUALITY_GATE_FAILED} and the reason
   */
  public void throwIfRejected() {
    if (!accepted) {
      throw new MeshException(MeshStatus.QUALITY_GATE_FAILED, reason);
    }
  }
}
