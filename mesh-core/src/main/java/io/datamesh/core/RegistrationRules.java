package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.InputPort;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Port;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.Version;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a product must meet to be registered. Products may come from any implementation of
 * {@link DataProduct} (a descriptor reader, a user's class), so nothing the builder checked is assumed here.
 */
final class RegistrationRules {
  private RegistrationRules() {}

  /** Checks the product on its own and against the registry; throws once, listing every problem. */
  static void check(DataProduct product, Registry registry) {
    ProductUrn urn = product.urn();
    Violations v = new Violations(urn);
    requiredFields(product, v);
    ports(product, v);
    cycles(product, registry, v);
    v.throwIfAny();
  }

  private static void requiredFields(DataProduct p, Violations v) {
    if (isNull(p.version())) {
      v.add("required-field", "product", "has no version; declare a semantic version such as 1.0.0");
    } else if (p.version().major() != p.urn().major()) {
      v.add("major-matches-urn", "product", "version " + p.version() + " has major " + p.version().major()
          + " but the URN says " + p.urn().major() + "; the URN's last part is the major version");
    }
    if (isNull(p.domain())) {
      v.add("required-field", "product", "has no domain; every product belongs to a domain and has a domain kind");
    }
    if (isNull(p.owner())) {
      v.add("required-field", "product", "has no owner; name the accountable team or person");
    }
    if (isNull(p.status())) {
      v.add("required-field", "product", "has no lifecycle status");
    }
  }

  private static void ports(DataProduct p, Violations v) {
    Set<PortAddress> seen = new HashSet<>();
    for (Port port : p.ports()) {
      String where = port.kind().segment() + " port '" + port.name() + "'";
      if (!port.address().product().equals(p.urn())) {
        v.add("port-address", where, "address " + port.address() + " does not belong to product " + p.urn());
      }
      if (!seen.add(port.address())) {
        v.add("unique-port-names", where, "is declared twice; port names must be unique within their kind");
      }
    }
    for (OutputPort out : p.outputPorts()) {
      outputPort(p, out, v);
    }
    for (InputPort in : p.inputPorts()) {
      inputPort(p, in, v);
    }
  }

  private static void outputPort(DataProduct p, OutputPort out, Violations v) {
    String where = "outputports port '" + out.name() + "'";
    if (isNull(out.contract())) {
      v.add("output-port-has-contract", where, "has no data contract; every output port serves under one");
      return;
    }
    try {
      Version.parse(out.contract().version());
    } catch (MeshException e) {
      v.add("contract-version", where, "the contract version is the port version and must be semantic: "
          + e.getMessage());
    }
  }

  private static void inputPort(DataProduct p, InputPort in, Violations v) {
    String where = "inputports port '" + in.name() + "'";
    Optional<PortAddress> up = in.upstream();
    if (up.isPresent() == in.externalSource().isPresent()) {
      v.add("input-source", where, "must read exactly one of an upstream output port or an external source");
    }
    if (up.isPresent() && up.get().kind() != PortKind.OUTPUT) {
      v.add("input-reads-output", where, "reads " + up.get() + ", which is not an output port address");
    }
    if (up.isPresent() && up.get().product().equals(p.urn())) {
      v.add("no-cycles", where, "reads an output port of its own product; a product cannot depend on itself");
    }
  }

  /** Rejects the product if, with it, the upstream graph of registered products would have a cycle. */
  private static void cycles(DataProduct product, Registry registry, Violations v) {
    Deque<List<ProductUrn>> paths = new ArrayDeque<>();
    Set<ProductUrn> visited = new HashSet<>();
    for (ProductUrn up : upstreams(product)) {
      paths.push(List.of(product.urn(), up));
    }
    while (!paths.isEmpty()) {
      List<ProductUrn> path = paths.pop();
      ProductUrn last = path.get(path.size() - 1);
      if (last.equals(product.urn())) {
        if (path.size() > 2) {
          v.add("no-cycles", "input ports", "registering would close the dependency cycle "
              + String.join(" -> ", path.stream().map(ProductUrn::toString).toList()));
        }
        return;
      }
      if (!visited.add(last)) {
        continue;
      }
      registry.get(last).ifPresent(up -> {
        for (ProductUrn next : upstreams(up)) {
          List<ProductUrn> longer = new java.util.ArrayList<>(path);
          longer.add(next);
          paths.push(List.copyOf(longer));
        }
      });
    }
  }

  private static Set<ProductUrn> upstreams(DataProduct p) {
    Set<ProductUrn> ups = new HashSet<>();
    for (InputPort in : p.inputPorts()) {
      in.upstream().ifPresent(a -> ups.add(a.product()));
    }
    return ups;
  }

  /**
   * Checks a new version against the registered one of the same major; returns true if they are identical.
   */
  static boolean checkVersion(DataProduct next, DataProduct current) {
    Version nv = next.version();
    Version cv = current.version();
    int cmp = nv.compareTo(cv);
    if (cmp == 0) {
      if (next.equals(current)) {
        return true;
      }
      throw new MeshException(MeshStatus.ALREADY_EXISTS, "product " + next.urn() + " version " + nv
          + " is already registered with a different descriptor; a changed product needs a new version"
          + " (a patch or minor bump for compatible changes, a new major for breaking ones)");
    }
    if (cmp < 0) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "product " + next.urn() + " version " + nv
          + " is older than the registered version " + cv + "; register a newer version, or deregister first");
    }
    for (OutputPort old : current.outputPorts()) {
      Optional<OutputPort> now = next.outputPort(old.name());
      if (now.isEmpty()) {
        throw new MeshException(MeshStatus.FAILED_PRECONDITION, "product " + next.urn() + " version " + nv
            + " removes output port '" + old.name() + "' that version " + cv + " serves; consumers read it, so"
            + " removing it needs a new product major (" + (cv.major() + 1) + ".0.0), which registers beside this one");
      }
      int oldMajor = old.version().major();
      int newMajor = now.get().version().major();
      if (oldMajor != newMajor) {
        throw new MeshException(MeshStatus.FAILED_PRECONDITION, "product " + next.urn() + " version " + nv
            + " changes the contract of output port '" + old.name() + "' from major " + oldMajor + " to "
            + newMajor + "; a port major bump requires a product major bump (" + (cv.major() + 1)
            + ".0.0), so the old major keeps serving until it is retired");
      }
    }
    return false;
  }

  private static boolean isNull(Object o) {
    return Objects.isNull(o);
  }
}
