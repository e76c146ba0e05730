package io.datamesh.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A data product, the architectural quantum of a data mesh: a domain's data with its ports, contracts, owner and
 * global address. Shaped like a DPDS 1.0 descriptor. Immutable.
 *
 * <pre>{@code
 * DataProduct orders = DataProduct.builder()
 *     .setNamespace("com.example")
 *     .setName("orders")
 *     .setVersion("1.0.0")
 *     .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED))
 *     .setOwner(Owner.of("orders-team@example.com"))
 *     .addOutputPort(OutputPort.builder("orders").setContract(contract))
 *     .build();
 * orders.urn(); // urn:dpds:com.example:dataproducts:orders:1
 * }</pre>
 */
public interface DataProduct {
  /**
   * Starts declaring a data product.
   *
   * @return a builder
   */
  static DataProductBuilder builder() {
    return new DataProductBuilder();
  }

  /**
   * Returns the product's global address, which carries its major version.
   *
   * @return the URN
   */
  ProductUrn urn();

  /**
   * Returns the product id, the UUIDv5 of its URN.
   *
   * @return the id
   */
  default UUID id() {
    return urn().id();
  }

  /**
   * Returns the product name, unique within its namespace.
   *
   * @return the name
   */
  default String name() {
    return urn().name();
  }

  /**
   * Returns the product's semantic version; its major is the URN's.
   *
   * @return the version
   */
  Version version();

  /**
   * Returns a human-friendly title, if given.
   *
   * @return the display name
   */
  Optional<String> displayName();

  /**
   * Returns what the product offers, if described.
   *
   * @return the description
   */
  Optional<String> description();

  /**
   * Returns the owning domain and the product's kind within it.
   *
   * @return the domain
   */
  Domain domain();

  /**
   * Returns the accountable owner.
   *
   * @return the owner
   */
  Owner owner();

  /**
   * Returns the team behind the product.
   *
   * @return the members, possibly empty
   */
  List<TeamMember> team();

  /**
   * Returns the lifecycle status.
   *
   * @return the status
   */
  LifecycleStatus status();

  /**
   * Returns the product's tags, used by discovery and policy scopes.
   *
   * @return the tags, possibly empty
   */
  Set<String> tags();

  /**
   * Returns the input ports.
   *
   * @return the input ports in declaration order
   */
  List<InputPort> inputPorts();

  /**
   * Returns the output ports.
   *
   * @return the output ports in declaration order
   */
  List<OutputPort> outputPorts();

  /**
   * Returns the discovery, observability and control ports.
   *
   * @return those ports in declaration order
   */
  List<Port> otherPorts();

  /**
   * Returns extension values that no standard field holds, keyed by name.
   *
   * @return plain Java values (strings, numbers, booleans, lists, maps)
   */
  Map<String, Object> extensions();

  /**
   * Returns every port: inputs, outputs, then the others.
   *
   * @return all ports
   */
  default List<Port> ports() {
    List<Port> all = new ArrayList<>(inputPorts());
    all.addAll(outputPorts());
    all.addAll(otherPorts());
    return List.copyOf(all);
  }

  /**
   * Finds a port by kind and name.
   *
   * @param kind the port kind
   * @param name the port name
   * @return the port, or empty
   */
  default Optional<Port> port(PortKind kind, String name) {
    return ports().stream().filter(p -> p.kind() == kind && p.name().equals(name)).findFirst();
  }

  /**
   * Finds an output port by name.
   *
   * @param name the port name
   * @return the port, or empty
   */
  default Optional<OutputPort> outputPort(String name) {
    return outputPorts().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Finds an input port by name.
   *
   * @param name the port name
   * @return the port, or empty
   */
  default Optional<InputPort> inputPort(String name) {
    return inputPorts().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Returns a builder that starts from every part of this product, to derive a variant without editing text.
   * Nested values are kept as they are; {@code x.toBuilder().build()} has the same parts as {@code x}.
   *
   * <p>{@code DataProduct next = product.toBuilder().setVersion("1.1.0").build()}
   *
   * @return a new builder holding this product's parts
   */
  default DataProductBuilder toBuilder() {
    return DataProductBuilder.from(this);
  }
}
