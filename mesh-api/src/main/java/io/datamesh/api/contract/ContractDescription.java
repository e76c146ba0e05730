package io.datamesh.api.contract;

import java.util.List;
import java.util.Optional;

/**
 * Says what a contract's data is for, the ODCS {@code description} object: purpose, usage and limitations.
 *
 * <pre>{@code
 * ContractDescription d = ContractDescription.builder().setPurpose("Successful customer orders.").build();
 * }</pre>
 */
public interface ContractDescription {
  /**
   * Returns the purpose of the data.
   *
   * @return the purpose, if stated
   */
  Optional<String> purpose();

  /**
   * Returns how the data may be used.
   *
   * @return the usage, if stated
   */
  Optional<String> usage();

  /**
   * Returns the limitations of the data.
   *
   * @return the limitations, if stated
   */
  Optional<String> limitations();

  /**
   * Returns the links to authoritative definitions (privacy statements, terms).
   *
   * @return the links, possibly empty
   */
  List<AuthoritativeDefinition> authoritativeDefinitions();

  /**
   * Returns the extension values of the description.
   *
   * @return the custom properties, possibly empty
   */
  List<CustomProperty> customProperties();

  /**
   * Returns a description with nothing stated.
   *
   * @return the empty description
   */
  static ContractDescription empty() {
    return builder().build();
  }

  /**
   * Starts a description.
   *
   * @return a builder
   */
  static ContractDescriptionBuilder builder() {
    return new ContractDescriptionBuilder();
  }

  /**
   * Returns a builder that starts from every part of this description, to derive a variant without editing text.
   * Nested values are kept as they are; {@code x.toBuilder().build()} has the same parts as {@code x}.
   *
   * <p>{@code contract.description().toBuilder().setPurpose("Orders for finance.").build()}
   *
   * @return a new builder holding this description's parts
   */
  default ContractDescriptionBuilder toBuilder() {
    return ContractDescriptionBuilder.from(this);
  }
}
