package io.datamesh.core;

import io.datamesh.api.OutputPort;
import io.datamesh.api.read.ReadRequest;

/**
 * Decides whether a read may proceed; the mesh calls it on every read, before any data is touched. Governance
 * replaces the default, which allows everything (the mesh warns once that it does).
 *
 * <pre>{@code
 * Mesh mesh = Mesh.builder()
 *     .setAccessController((request, port) -> request.principal().isAnonymous()
 *         ? AccessDecision.deny("sign in first") : AccessDecision.allow())
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface AccessController {
  /**
   * Decides on one read. For a read of an observability port, {@code request.port()} is the observability port's
   * address and {@code port} describes the status table it serves as an output port of the same product and name,
   * under the generated status contract (which classifies no column); tell them apart by
   * {@code request.port().kind()}.
   *
   * @param request the read
   * @param port the output port it reads
   * @return the decision; an exception counts as a denial
   */
  AccessDecision check(ReadRequest request, OutputPort port);

  /**
   * Returns the controller that allows every read.
   *
   * @return the allow-all controller
   */
  static AccessController allowAll() {
    return AllowAll.INSTANCE;
  }
}
