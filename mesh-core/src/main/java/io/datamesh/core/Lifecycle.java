package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.LifecycleStatus;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.ProductUrn;
import io.datamesh.core.governance.Deprecation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deprecation and retirement: who reads which port version, the warning reads of a deprecated port carry, and the
 * rules that refuse a retirement while consumers still read the product.
 */
final class Lifecycle {
  private final Clock clock;
  private final Duration quietPeriod;
  private final ConsumerLog consumers;

  Lifecycle(Clock clock, Duration quietPeriod, int consumersPerPort) {
    this.clock = clock;
    this.quietPeriod = quietPeriod;
    this.consumers = new ConsumerLog(consumersPerPort);
  }

  /** Keeps the mesh's deprecation on a new version of a deprecated product; refuses new versions of a retired one. */
  DataProduct carry(DataProduct next, Optional<DataProduct> current) {
    if (current.isEmpty() || !(current.get() instanceof LifecycleProduct l)) {
      return next;
    }
    if (l.status() == LifecycleStatus.RETIRED) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "product " + next.urn() + " is retired; register"
          + " a new major version instead of " + next.version());
    }
    return next.status() == LifecycleStatus.ACTIVE ? new LifecycleProduct(next, l.status(), l.deprecation()) : next;
  }

  DataProduct deprecate(DataProduct p, Instant sunset, Optional<ProductUrn> replacement, Registry view) {
    Instant now = clock.instant();
    if (p.status() == LifecycleStatus.RETIRED) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "product " + p.urn() + " is already retired");
    }
    if (!sunset.isAfter(now)) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, "the sunset " + sunset + " of " + p.urn() + " is not"
          + " after now (" + now + "); give consumers time: choose a later date");
    }
    replacement.ifPresent(r -> {
      if (r.equals(p.urn()) || view.get(r).isEmpty()) {
        throw new MeshException(MeshStatus.INVALID_ARGUMENT, "the replacement " + r + " of " + p.urn() + " must be"
            + " another registered product; register it first");
      }
    });
    Deprecation d = new Deprecation(p.urn(), now, sunset, replacement);
    return new LifecycleProduct(LifecycleProduct.descriptorOf(p), LifecycleStatus.DEPRECATED, Optional.of(d));
  }

  DataProduct retire(DataProduct p) {
    Instant now = clock.instant();
    Deprecation d = LifecycleProduct.deprecationOf(p).orElseThrow(() -> new MeshException(
        MeshStatus.FAILED_PRECONDITION, "product " + p.urn() + " is " + p.status().text() + ", not deprecated;"
            + " call mesh.deprecate(urn, sunset, replacement) first so its consumers are warned"));
    if (p.status() == LifecycleStatus.RETIRED) {
      return p;
    }
    if (now.isBefore(d.sunset())) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "product " + p.urn() + " may be retired from its"
          + " sunset " + d.sunset() + ", not before (now " + now + ")");
    }
    List<ConsumerLog.Read> recent = new ArrayList<>();
    for (OutputPort out : p.outputPorts()) {
      recent.addAll(consumers.since(out.address(), now.minus(quietPeriod)));
    }
    if (!recent.isEmpty()) {
      StringBuilder sb = new StringBuilder("cannot retire " + p.urn() + ": " + recent.size() + " consumer(s) read it"
          + " within the last " + quietPeriod.toDays() + " days; retire it once nobody has read it for that long, or"
          + " ask them to move" + d.replacement().map(r -> " to " + r).orElse(""));
      recent.forEach(r -> sb.append("\n  - ").append(r.principal()).append(" read ").append(r.port()).append(" (")
          .append(r.version()).append(") at ").append(r.at()));
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, sb.toString());
    }
    return new LifecycleProduct(LifecycleProduct.descriptorOf(p), LifecycleStatus.RETIRED, Optional.of(d));
  }

  /** Records a read; the read path calls this for every read of an output port. */
  void recordConsumer(PortAddress port, String principal, Registry view) {
    Optional<OutputPort> out = view.get(port.product()).flatMap(p -> p.outputPort(port.name()));
    if (port.kind() == PortKind.OUTPUT && out.isPresent()) {
      consumers.record(port, out.get().version(), principal, clock.instant());
    }
  }

  /** The warning a read of a port carries when its product is deprecated or retired. */
  Optional<String> readWarning(PortAddress port, Registry view) {
    return view.get(port.product()).flatMap(p -> LifecycleProduct.deprecationOf(p)
        .map(d -> p.status() == LifecycleStatus.RETIRED ? "product " + p.urn() + " is retired since its sunset "
            + d.sunset() + d.replacement().map(r -> "; read " + r).orElse("") : d.warning()));
  }
}
