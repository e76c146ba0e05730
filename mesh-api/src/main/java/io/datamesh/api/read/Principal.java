package io.datamesh.api.read;

import io.datamesh.api.ProductUrn;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Describes who reads a port: an id, an optional domain, roles, free-form attributes (such as {@code region}) and an
 * optional purpose. Policies decide on these; filters reach the attributes as {@code $principal.<name>}.
 *
 * <pre>{@code
 * Principal ana = Principal.builder("ana@example.com")
 *     .setDomain("sales")
 *     .addRole("analyst")
 *     .putAttribute("region", "EMEA")
 *     .setPurpose("quarterly report")
 *     .build();
 * Principal transform = Principal.ofProduct(ProductUrn.parse("urn:dpds:com.example:dataproducts:revenue:1"));
 * }</pre>
 *
 * <p>Principals are immutable values: two principals with the same id, domain, roles, attributes and purpose are
 * equal. A principal is a claim, not a proof; whoever builds one is responsible for having authenticated it. The
 * interface is sealed, so that it can grow without breaking anyone: build principals with the factories.
 */
public sealed interface Principal permits ImmutablePrincipal {
  /** The id of {@link #anonymous()}. */
  String ANONYMOUS_ID = "anonymous";
  /** The role of the principal a data product's transform reads with. */
  String PRODUCT_ROLE = "data-product";
  /** The attribute that holds the product URN of a {@link #PRODUCT_ROLE} principal. */
  String PRODUCT_ATTRIBUTE = "product";

  /**
   * Starts a principal.
   *
   * <p>{@code Principal.builder("ana").addRole("analyst").build()}
   *
   * @param id the principal's id, such as a user name or a service account; not blank
   * @return a builder
   * @throws IllegalArgumentException if the id is blank
   */
  static PrincipalBuilder builder(String id) {
    return new PrincipalBuilder(id);
  }

  /**
   * Returns the principal of an unauthenticated reader: id {@value #ANONYMOUS_ID}, no roles, no attributes.
   *
   * @return the anonymous principal
   */
  static Principal anonymous() {
    return ImmutablePrincipal.ANONYMOUS;
  }

  /**
   * Returns the identity a data product's transform reads its inputs with: the id is the URN, the only role is
   * {@value #PRODUCT_ROLE} and the attribute {@value #PRODUCT_ATTRIBUTE} holds the URN.
   *
   * <p>{@code Principal.ofProduct(ProductUrn.of("com.example", "revenue", 1)).productUrn()} is present.
   *
   * @param urn the reading product
   * @return the product's principal
   */
  static Principal ofProduct(ProductUrn urn) {
    String text = urn.toString();
    return builder(text).addRole(PRODUCT_ROLE).putAttribute(PRODUCT_ATTRIBUTE, text).build();
  }

  /**
   * Returns the id.
   *
   * @return the id, never blank
   */
  String id();

  /**
   * Returns the domain the principal belongs to, if known.
   *
   * @return the domain
   */
  Optional<String> domain();

  /**
   * Returns the roles, sorted.
   *
   * @return an unmodifiable set, empty if the principal has no role
   */
  Set<String> roles();

  /**
   * Returns the attributes, sorted by name.
   *
   * @return an unmodifiable map, empty if the principal has no attribute
   */
  Map<String, String> attributes();

  /**
   * Returns why the principal reads, if stated.
   *
   * @return the purpose
   */
  Optional<String> purpose();

  /**
   * Tells whether the principal has a role.
   *
   * @param role a role name
   * @return true if {@link #roles()} contains it
   */
  default boolean hasRole(String role) {
    return roles().contains(role);
  }

  /**
   * Returns one attribute.
   *
   * @param name the attribute name, such as {@code region}
   * @return the value, empty if the principal has no such attribute
   */
  default Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes().get(name));
  }

  /**
   * Tells whether this is an unauthenticated reader.
   *
   * @return true if the id is {@value #ANONYMOUS_ID}
   */
  default boolean isAnonymous() {
    return ANONYMOUS_ID.equals(id());
  }

  /**
   * Returns the product this principal reads for, if it is a product's principal (see
   * {@link #ofProduct(ProductUrn)}).
   *
   * @return the product URN, present if the principal has the role {@value #PRODUCT_ROLE}
   */
  default Optional<ProductUrn> productUrn() {
    return hasRole(PRODUCT_ROLE) ? attribute(PRODUCT_ATTRIBUTE).map(ProductUrn::parse) : Optional.empty();
  }
}
