package io.datamesh.api;

import java.util.Optional;

/**
 * A port of a data product: the one way data or metadata enters or leaves it. DPDS 1.0 defines five kinds, each a
 * subtype here, so a {@code switch} over a port is exhaustive.
 *
 * <pre>{@code
 * String what = switch (port) {
 *   case InputPort in -> "reads " + in.upstream().map(PortAddress::toString).orElse("an external source");
 *   case OutputPort out -> "serves " + out.contract().id();
 *   case DiscoveryPort d -> "describes the product";
 *   case ObservabilityPort o -> "reports health";
 *   case ControlPort c -> "operates the product";
 * };
 * }</pre>
 */
public sealed interface Port permits InputPort, OutputPort, DiscoveryPort, ObservabilityPort, ControlPort {
  /**
   * Returns the global address of this port.
   *
   * @return the address, such as {@code urn:dpds:com.example:dataproducts:orders:1:outputports:orders}
   */
  PortAddress address();

  /**
   * Returns the kind of this port.
   *
   * @return the kind
   */
  default PortKind kind() {
    return address().kind();
  }

  /**
   * Returns the port name, unique among the product's ports of the same kind.
   *
   * @return the name
   */
  default String name() {
    return address().name();
  }

  /**
   * Returns the port version: the contract version for an output port, the product version otherwise.
   *
   * @return the version
   */
  Version version();

  /**
   * Returns what this port is for, if described.
   *
   * @return the description
   */
  Optional<String> description();
}
