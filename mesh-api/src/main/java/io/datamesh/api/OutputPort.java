package io.datamesh.api;

import io.datamesh.api.contract.Contract;

/**
 * An output port: where a product serves its data, as Apache Arrow, under a data contract. The contract's version
 * is the port's version; a new contract major needs a new product major (a new URN), and the old major keeps serving
 * until it is retired.
 *
 * <pre>{@code
 * OutputPort.builder("orders").setContract(ordersContract).setDescription("One row per order line");
 * }</pre>
 */
public sealed interface OutputPort extends Port permits OutputPortRecord {
  /**
   * Starts declaring an output port; pass the builder to
   * {@link DataProductBuilder#addOutputPort(OutputPortBuilder)}.
   *
   * @param name the port name
   * @return a builder
   */
  static OutputPortBuilder builder(String name) {
    return new OutputPortBuilder(name);
  }

  /**
   * Returns the data contract this port serves under.
   *
   * @return the contract
   */
  Contract contract();

  /**
   * Returns a builder that starts from every part of this port, to derive a variant without editing text.
   * Nested values are kept as they are; {@code x.toBuilder().build()} has the same parts as {@code x}.
   *
   * <p>{@code port.toBuilder().setContract(nextContract)}
   *
   * @return a new builder holding this port's parts
   */
  default OutputPortBuilder toBuilder() {
    return OutputPortBuilder.from(this);
  }
}
