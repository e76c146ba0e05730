package io.datamesh.api;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Declares an input port; the product builder gives it its address.
 *
 * <p>{@code InputPort.builder("raw_orders").fromExternal("kafka://orders-topic")}
 */
public final class InputPortBuilder {
  private final String name;
  private @Nullable PortAddress upstream;
  private @Nullable Integer acceptedMajor;
  private @Nullable String externalSource;
  private @Nullable String description;

  InputPortBuilder(String name) {
    Urns.checkSegment("input port name", Objects.requireNonNull(name, "name"));
    this.name = name;
  }

  /** Starts from every part of a port: {@link InputPort#toBuilder()}. */
  static InputPortBuilder from(InputPort port) {
    InputPortBuilder b = new InputPortBuilder(port.name());
    b.upstream = port.upstream().orElse(null);
    b.externalSource = port.externalSource().orElse(null);
    b.acceptedMajor = port.acceptedMajor();
    b.description = port.description().orElse(null);
    return b;
  }

  String name() {
    return name;
  }

  /**
   * Reads an upstream product's output port.
   *
   * @param address the upstream output port
   * @return this builder
   * @throws IllegalArgumentException if the address is not an output port
   */
  public InputPortBuilder fromPort(PortAddress address) {
    Objects.requireNonNull(address, "address");
    if (address.kind() != PortKind.OUTPUT) {
      throw new IllegalArgumentException("input port '" + name + "' must read an output port, but '" + address
          + "' is a " + address.kind().segment() + " address");
    }
    this.upstream = address;
    return this;
  }

  /**
   * Reads an upstream product's output port given as URN text.
   *
   * @param address the upstream output port URN
   * @return this builder
   */
  public InputPortBuilder fromPort(String address) {
    return fromPort(PortAddress.parse(address));
  }

  /**
   * Reads an external source instead of a product.
   *
   * @param uri the source, such as {@code postgres://db/orders}
   * @return this builder
   */
  public InputPortBuilder fromExternal(String uri) {
    Objects.requireNonNull(uri, "uri");
    if (uri.isBlank()) {
      throw new IllegalArgumentException("external source of input port '" + name + "' must not be blank");
    }
    this.externalSource = uri;
    return this;
  }

  /**
   * Sets the major version of the upstream contract this port accepts.
   *
   * @param major the accepted major, zero or more
   * @return this builder
   */
  public InputPortBuilder setAcceptedMajor(int major) {
    if (major < 0) {
      throw new IllegalArgumentException("accepted major of input port '" + name + "' must be >= 0, was " + major);
    }
    this.acceptedMajor = major;
    return this;
  }

  /**
   * Describes what the port is for.
   *
   * @param description the description
   * @return this builder
   */
  public InputPortBuilder setDescription(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  InputPort build(ProductUrn product, Version version) {
    if ((upstream == null) == (externalSource == null)) {
      throw new IllegalArgumentException("input port '" + name + "' must read exactly one of an upstream port"
          + " (fromPort) or an external source (fromExternal)");
    }
    int major = acceptedMajor != null ? acceptedMajor : upstream != null ? upstream.product().major() : 0;
    return new InputPortRecord(product.port(PortKind.INPUT, name), version, Optional.ofNullable(description),
        Optional.ofNullable(upstream), major, Optional.ofNullable(externalSource));
  }
}
