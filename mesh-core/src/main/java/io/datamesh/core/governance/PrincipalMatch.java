package io.datamesh.core.governance;

import io.datamesh.api.ProductUrn;
import io.datamesh.api.read.Principal;
import java.util.Objects;

/**
 * Says which principals a grant, masking rule or row filter rule applies to: one id, one role, one attribute value,
 * one product's transforms, or anyone.
 *
 * <pre>{@code
 * PrincipalMatch marketing = PrincipalMatch.attribute("department", "marketing");
 * PrincipalMatch revenue = PrincipalMatch.product(ProductUrn.parse("urn:dpds:com.example:dataproducts:revenue:1"));
 * }</pre>
 *
 * @param kind what is compared: {@code id}, {@code role}, {@code attribute} or {@code any}
 * @param name the attribute name for {@code attribute}, else empty
 * @param value the id, role or attribute value; empty for {@code any}
 */
public record PrincipalMatch(String kind, String name, String value) {
  /**
   * Checks the parts.
   *
   * @param kind see the record component
   * @param name see the record component
   * @param value see the record component
   * @throws IllegalArgumentException for an unknown kind
   */
  public PrincipalMatch {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!java.util.Set.of("id", "role", "attribute", "any").contains(kind)) {
      throw new IllegalArgumentException("principal match kind '" + kind + "' must be id, role, attribute or any");
    }
  }

  /**
   * Matches one principal id.
   *
   * @param id the id
   * @return the match
   */
  public static PrincipalMatch id(String id) {
    return new PrincipalMatch("id", "", id);
  }

  /**
   * Matches the principals with a role.
   *
   * @param role the role
   * @return the match
   */
  public static PrincipalMatch role(String role) {
    return new PrincipalMatch("role", "", role);
  }

  /**
   * Matches the principals with an attribute value.
   *
   * @param name the attribute name
   * @param value the value
   * @return the match
   */
  public static PrincipalMatch attribute(String name, String value) {
    return new PrincipalMatch("attribute", name, value);
  }

  /**
   * Matches the principal a product's transforms read with ({@link Principal#ofProduct}).
   *
   * @param urn the reading product
   * @return the match
   */
  public static PrincipalMatch product(ProductUrn urn) {
    return id(urn.toString());
  }

  /**
   * Matches every principal.
   *
   * @return the match
   */
  public static PrincipalMatch any() {
    return new PrincipalMatch("any", "", "");
  }

  /**
   * Tells whether a principal matches.
   *
   * @param principal who reads
   * @return true if it matches
   */
  public boolean matches(Principal principal) {
    return switch (kind) {
      case "id" -> principal.id().equals(value);
      case "role" -> principal.hasRole(value);
      case "attribute" -> principal.attribute(name).filter(value::equals).isPresent();
      default -> true;
    };
  }

  @Override
  public String toString() {
    return kind.equals("attribute") ? name + "=" + value : kind + (value.isEmpty() ? "" : ":" + value);
  }
}
