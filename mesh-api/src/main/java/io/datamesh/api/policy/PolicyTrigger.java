package io.datamesh.api.policy;

/**
 * The moments at which the mesh evaluates policies.
 *
 * <p>{@code policy.triggers().contains(PolicyTrigger.REGISTER)}
 */
public enum PolicyTrigger {
  /** When a product is built in a test or a build pipeline. */
  BUILD,
  /** When a product is registered in a mesh. */
  REGISTER,
  /** When a snapshot is published to an output port. */
  PUBLISH,
  /** When a product moves between lifecycle stages. */
  STAGE_TRANSITION,
  /** When a principal reads a port. */
  ACCESS,
  /** On the mesh scheduler. */
  SCHEDULED
}
