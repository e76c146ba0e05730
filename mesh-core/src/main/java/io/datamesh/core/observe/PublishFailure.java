package io.datamesh.core.observe;

import io.datamesh.api.MeshStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A publish that was rejected or failed; the previous snapshot stayed current.
 *
 * <p>{@code status.lastFailure().filter(f -> f.status() == MeshStatus.QUALITY_GATE_FAILED)}
 *
 * @param time when it failed, on the mesh clock
 * @param status why, as a status code ({@code QUALITY_GATE_FAILED} for a quality gate rejection)
 * @param reason the failure's message
 */
public record PublishFailure(Instant time, MeshStatus status, String reason) {
  /**
   * Checks the parts.
   *
   * @param time see the record component
   * @param status see the record component
   * @param reason see the record component
   */
  public PublishFailure {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }
}
