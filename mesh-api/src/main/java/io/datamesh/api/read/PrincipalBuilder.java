package io.datamesh.api.read;

import io.datamesh.api.MeshException;
import io.datamesh.api.ProductUrn;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a {@link Principal}; every setter checks its value at once.
 *
 * <p>{@code Principal.builder("ana").setDomain("sales").addRole("analyst").putAttribute("region", "EMEA").build()}
 */
public final class PrincipalBuilder {
  private final String id;
  private Optional<String> domain = Optional.empty();
  private final Set<String> roles = new TreeSet<>();
  private final Map<String, String> attributes = new TreeMap<>();
  private Optional<String> purpose = Optional.empty();

  PrincipalBuilder(String id) {
    this.id = Texts.requireNotBlank("principal id", id);
  }

  /**
   * Sets the domain the principal belongs to.
   *
   * @param domain the domain, such as {@code sales}; not blank
   * @return this builder
   * @throws IllegalArgumentException if the domain is blank
   */
  public PrincipalBuilder setDomain(String domain) {
    this.domain = Optional.of(Texts.requireNotBlank("domain", domain));
    return this;
  }

  /**
   * Adds a role; adding a role twice has no further effect.
   *
   * @param role the role, such as {@code analyst}; not blank
   * @return this builder
   * @throws IllegalArgumentException if the role is blank
   */
  public PrincipalBuilder addRole(String role) {
    roles.add(Texts.requireNotBlank("role", role));
    return this;
  }

  /**
   * Sets an attribute, replacing any earlier value of the same name.
   *
   * @param name the attribute name, such as {@code region}; not blank
   * @param value the value, such as {@code EMEA}; may be empty
   * @return this builder
   * @throws IllegalArgumentException if the name is blank
   */
  public PrincipalBuilder putAttribute(String name, String value) {
    attributes.put(Texts.requireNotBlank("attribute name", name), Texts.requireNonNull("attribute value", value));
    return this;
  }

  /**
   * Sets why the principal reads.
   *
   * @param purpose the purpose, such as {@code fraud detection}; not blank
   * @return this builder
   * @throws IllegalArgumentException if the purpose is blank
   */
  public PrincipalBuilder setPurpose(String purpose) {
    this.purpose = Optional.of(Texts.requireNotBlank("purpose", purpose));
    return this;
  }

  /**
   * Builds the principal.
   *
   * @return an immutable principal
   * @throws IllegalArgumentException if the id is {@value Principal#ANONYMOUS_ID} and roles were added, or the role
   *     {@value Principal#PRODUCT_ROLE} was added without a valid product URN in the attribute
   *     {@value Principal#PRODUCT_ATTRIBUTE}
   */
  public Principal build() {
    if (Principal.ANONYMOUS_ID.equals(id) && !roles.isEmpty()) {
      throw new IllegalArgumentException("the anonymous principal cannot have roles, was given " + roles
          + "; give the reader an id of its own");
    }
    if (roles.contains(Principal.PRODUCT_ROLE)) {
      checkProductAttribute();
    }
    return new ImmutablePrincipal(id, domain, roles, attributes, purpose);
  }

  private void checkProductAttribute() {
    String urn = attributes.get(Principal.PRODUCT_ATTRIBUTE);
    if (urn == null) {
      throw new IllegalArgumentException("principal '" + id + "' has the role '" + Principal.PRODUCT_ROLE
          + "' but no attribute '" + Principal.PRODUCT_ATTRIBUTE + "'; use Principal.ofProduct(urn)");
    }
    try {
      ProductUrn.parse(urn);
    } catch (MeshException e) {
      throw new IllegalArgumentException("principal '" + id + "' has the role '" + Principal.PRODUCT_ROLE
          + "' but its attribute '" + Principal.PRODUCT_ATTRIBUTE + "' is not a product URN: " + e.getMessage(), e);
    }
  }
}
