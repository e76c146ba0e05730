package io.datamesh.api;

import java.util.Optional;

/**
 * An input port: where a product takes data in, from an upstream product's output port or from an external source
 * (a database, a topic, files). Exactly one of {@link #upstream()} and {@link #externalSource()} is present.
 *
 * <pre>{@code
 * InputPort.builder("orders")
 *     .fromPort("urn:dpds:com.example:dataproducts:orders:1:outputports:orders")
 *     .setAcceptedMajor(1);
 * }</pre>
 */
public sealed interface InputPort extends Port permits InputPortRecord {
  /**
   * Starts declaring an input port; pass the builder to {@link DataProductBuilder#addInputPort(InputPortBuilder)}.
   *
   * @param name the port name
   * @return a builder
   */
  static InputPortBuilder builder(String name) {
    return new InputPortBuilder(name);
  }

  /**
   * Returns the upstream output port this port reads, if it reads a product.
   *
   * @return the upstream output port address
   */
  Optional<PortAddress> upstream();

  /**
   * Returns the major version of the upstream port's contract this port accepts.
   *
   * @return the accepted major; for an upstream product, defaults to the major in its URN
   */
  int acceptedMajor();

  /**
   * Returns the external source this port reads, such as {@code postgres://db/orders}, if it reads no product.
   *
   * @return the source URI
   */
  Optional<String> externalSource();

  /**
   * Returns a builder that starts from every part of this port, to derive a variant without editing text.
   * Nested values are kept as they are; {@code x.toBuilder().build()} has the same parts as {@code x}.
   *
   * <p>{@code port.toBuilder().setAcceptedMajor(2)}
   *
   * @return a new builder holding this port's parts
   */
  default InputPortBuilder toBuilder() {
    return InputPortBuilder.from(this);
  }
}
