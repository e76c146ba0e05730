package io.datamesh.api;

import io.datamesh.api.contract.Contract;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Declares an output port; the product builder gives it its address.
 *
 * <p>{@code OutputPort.builder("orders").setContract(contract)}
 */
public final class OutputPortBuilder {
  private final String name;
  private @Nullable Contract contract;
  private @Nullable String description;

  OutputPortBuilder(String name) {
    Urns.checkSegment("output port name", Objects.requireNonNull(name, "name"));
    this.name = name;
  }

  /** Starts from every part of a port: {@link OutputPort#toBuilder()}. */
  static OutputPortBuilder from(OutputPort port) {
    OutputPortBuilder b = new OutputPortBuilder(port.name()).setContract(port.contract());
    b.description = port.description().orElse(null);
    return b;
  }

  String name() {
    return name;
  }

  /**
   * Sets the data contract the port serves under; its version becomes the port version.
   *
   * @param contract the contract, whose version must be a semantic version
   * @return this builder
   */
  public OutputPortBuilder setContract(Contract contract) {
    this.contract = Objects.requireNonNull(contract, "contract");
    return this;
  }

  /**
   * Describes what the port serves.
   *
   * @param description the description
   * @return this builder
   */
  public OutputPortBuilder setDescription(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  OutputPort build(ProductUrn product) {
    if (contract == null) {
      throw new IllegalArgumentException("output port '" + name + "' has no contract: every output port serves"
          + " under a data contract; call setContract(Contracts.read(path)) or setContract(Contract.builder()...)");
    }
    Version version;
    try {
      version = Version.parse(contract.version());
    } catch (MeshException e) {
      throw new IllegalArgumentException("output port '" + name + "': the contract version is the port version and"
          + " must be semantic: " + e.getMessage(), e);
    }
    return new OutputPortRecord(product.port(PortKind.OUTPUT, name), version, Optional.ofNullable(description),
        contract);
  }
}
