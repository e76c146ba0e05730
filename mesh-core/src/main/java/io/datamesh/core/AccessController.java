package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.ObservabilityPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.read.ReadRequest;
import java.util.ArrayList;
import java.util.List;

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
 *
 * <p>The mesh also calls {@link #check} when no read follows, with a request it makes of the port's real address
 * and the principal (no projection, no filter): for {@link Mesh#contract(io.datamesh.api.PortAddress,
 * io.datamesh.api.read.Principal)}, from the default {@link #checkObservability}, and, when a row of an
 * observability port carries a quality gate's failure reason, once for that row's output port, to learn whether the
 * reader sees the port in clear (else the reason, which can quote a value, is withheld). Keep {@code check} free of
 * side effects that assume a read follows.
 */
@FunctionalInterface
public interface AccessController {
  /**
   * Decides on one read of an output port (or of its quarantine); {@code request.port()} is {@code port}'s address.
   *
   * @param request the read
   * @param port the output port read, as registered: its address, contract and product
   * @return the decision; an exception counts as a denial
   */
  AccessDecision check(ReadRequest request, OutputPort port);

  /**
   * Decides on a read of an observability port, which serves the status of {@code product}'s output ports (their
   * snapshot ids, publish times, quality results and SLO states; no row of their data). {@code request.port()} is
   * the observability port's address. The default allows a principal who may read at least one of the product's
   * output ports: it calls {@link #check} with a request of each output port's address, in declaration order, until
   * one allows; if none does (or the product has none), it denies, so a controller written before observability
   * ports existed never opens more than it did (and an exception from {@code check} on any port, thrown before one
   * allowed, denies the whole read). Override it to decide otherwise:
   *
   * <pre>{@code
   * AccessController controller = new AccessController() {
   *   public AccessDecision check(ReadRequest request, OutputPort port) {
   *     return request.principal().hasRole("analyst") ? AccessDecision.allow() : AccessDecision.deny("analysts only");
   *   }
   *
   *   public AccessDecision checkObservability(ReadRequest request, DataProduct product, ObservabilityPort port) {
   *     return request.principal().hasRole("sre") ? AccessDecision.allow()
   *         : AccessController.super.checkObservability(request, product, port);
   *   }
   * };
   * }</pre>
   *
   * @param request the read, of {@code port}'s address
   * @param product the product whose output ports the status describes
   * @param port the observability port read
   * @return the decision; an exception counts as a denial
   */
  default AccessDecision checkObservability(ReadRequest request, DataProduct product, ObservabilityPort port) {
    List<String> denied = new ArrayList<>();
    for (OutputPort out : product.outputPorts()) {
      AccessDecision d = check(ReadRequest.of(out.address(), request.principal()), out);
      if (d.allowed()) {
        return AccessDecision.allow();
      }
      denied.add(out.name() + ": " + d.reason());
    }
    return AccessDecision.deny(request.principal().id() + " may read none of the output ports of " + product.urn()
        + " (" + (denied.isEmpty() ? "it has none" : String.join("; ", denied)) + "), so not the status its"
        + " observability port '" + port.name() + "' serves either; to decide reads of observability ports"
        + " otherwise, override AccessController.checkObservability");
  }

  /**
   * Returns the controller that allows every read.
   *
   * @return the allow-all controller
   */
  static AccessController allowAll() {
    return AllowAll.INSTANCE;
  }
}
