package io.datamesh.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The business domain that owns a data product, and the kind of product it is within that domain.
 *
 * <p>{@code Domain sales = Domain.of("sales", DomainKind.SOURCE_ALIGNED);}
 *
 * @param name the domain name, such as {@code sales}
 * @param kind source-aligned, aggregate or consumer-aligned
 * @param description what the domain covers, if given
 */
public record Domain(String name, DomainKind kind, Optional<String> description) {
  /**
   * Checks the parts.
   *
   * @param name see the record component
   * @param kind see the record component
   * @param description see the record component
   * @throws IllegalArgumentException if the name is blank
   */
  public Domain {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    if (name.isBlank()) {
      throw new IllegalArgumentException("domain name must not be blank");
    }
  }

  /**
   * Creates a domain without a description.
   *
   * @param name the domain name
   * @param kind the domain kind
   * @return the domain
   */
  public static Domain of(String name, DomainKind kind) {
    return new Domain(name, kind, Optional.empty());
  }
}
