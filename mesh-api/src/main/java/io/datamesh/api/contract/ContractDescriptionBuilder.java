package io.datamesh.api.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Builds a {@link ContractDescription}; obtain one from {@link ContractDescription#builder()}. */
public final class ContractDescriptionBuilder {
  private @Nullable String purpose;
  private @Nullable String usage;
  private @Nullable String limitations;
  private final List<AuthoritativeDefinition> definitions = new ArrayList<>();
  private final List<CustomProperty> customProperties = new ArrayList<>();

  ContractDescriptionBuilder() {}

  /** Starts from every part of a description: {@link ContractDescription#toBuilder()}. */
  static ContractDescriptionBuilder from(ContractDescription d) {
    ContractDescriptionBuilder b = new ContractDescriptionBuilder();
    b.purpose = d.purpose().orElse(null);
    b.usage = d.usage().orElse(null);
    b.limitations = d.limitations().orElse(null);
    b.definitions.addAll(d.authoritativeDefinitions());
    b.customProperties.addAll(d.customProperties());
    return b;
  }

  /**
   * Sets the purpose.
   *
   * @param purpose what the data is for
   * @return this builder
   */
  public ContractDescriptionBuilder setPurpose(String purpose) {
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    return this;
  }

  /**
   * Sets the usage.
   *
   * @param usage how the data may be used
   * @return this builder
   */
  public ContractDescriptionBuilder setUsage(String usage) {
    this.usage = Objects.requireNonNull(usage, "usage");
    return this;
  }

  /**
   * Sets the limitations.
   *
   * @param limitations what the data cannot be used for
   * @return this builder
   */
  public ContractDescriptionBuilder setLimitations(String limitations) {
    this.limitations = Objects.requireNonNull(limitations, "limitations");
    return this;
  }

  /**
   * Adds a link to an authoritative definition.
   *
   * @param definition the link
   * @return this builder
   */
  public ContractDescriptionBuilder addAuthoritativeDefinition(AuthoritativeDefinition definition) {
    definitions.add(Objects.requireNonNull(definition, "definition"));
    return this;
  }

  /**
   * Adds an extension value.
   *
   * @param property the custom property
   * @return this builder
   */
  public ContractDescriptionBuilder addCustomProperty(CustomProperty property) {
    customProperties.add(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Builds the description.
   *
   * @return the description
   */
  public ContractDescription build() {
    return new ContractDescriptionRecord(Optional.ofNullable(purpose), Optional.ofNullable(usage),
        Optional.ofNullable(limitations), List.copyOf(definitions), List.copyOf(customProperties));
  }
}
