package io.datamesh.api;

import java.util.Objects;
import java.util.UUID;

/**
 * The global address of a port, a DPDS URN
 * {@code urn:dpds:{namespace}:dataproducts:{name}:{major}:{kind}ports:{port}}.
 *
 * <pre>{@code
 * PortAddress a = PortAddress.parse("urn:dpds:com.example:dataproducts:orders:1:outputports:orders");
 * a.product().name(); // "orders"
 * a.kind();           // PortKind.OUTPUT
 * }</pre>
 *
 * @param product the product that owns the port
 * @param kind the port kind
 * @param name the port name (letters, digits, {@code . _ -})
 */
public record PortAddress(ProductUrn product, PortKind kind, String name) {
  static final String FORM = "urn:dpds:{namespace}:dataproducts:{name}:{major}:{kind}ports:{port}";

  /**
   * Checks the parts.
   *
   * @param product see the record component
   * @param kind see the record component
   * @param name see the record component
   * @throws IllegalArgumentException if the port name is empty or has a character outside letters, digits and
   *     {@code . _ -}
   */
  public PortAddress {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(kind, "kind");
    Urns.checkSegment("port name", name);
  }

  /**
   * Parses a port address.
   *
   * @param text a URN such as {@code urn:dpds:com.example:dataproducts:orders:1:outputports:orders}
   * @return the address
   * @throws MeshException with {@link MeshStatus#INVALID_ARGUMENT} naming the part that is wrong
   */
  public static PortAddress parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = Urns.split(text, FORM);
    if (parts.length != 8) {
      throw Urns.malformed(text, FORM, "it has " + parts.length + " ':'-separated parts, a port address has 8");
    }
    ProductUrn product = Urns.product(text, FORM, parts);
    PortKind kind;
    try {
      kind = PortKind.fromSegment(parts[6]);
    } catch (IllegalArgumentException e) {
      throw Urns.malformed(text, FORM, e.getMessage());
    }
    try {
      return new PortAddress(product, kind, parts[7]);
    } catch (IllegalArgumentException e) {
      throw Urns.malformed(text, FORM, e.getMessage());
    }
  }

  /**
   * Returns the port id under the default {@link IdStrategy#UUID_V5}.
   *
   * @return the id
   */
  public UUID id() {
    return IdStrategy.UUID_V5.id(toString());
  }

  /**
   * Returns the port id under a strategy.
   *
   * @param strategy how ids are computed
   * @return the id
   */
  public UUID id(IdStrategy strategy) {
    return strategy.id(toString());
  }

  /** Returns the URN text, which {@link #parse(String)} reads back to an equal value. */
  @Override
  public String toString() {
    return product + ":" + kind.segment() + ":" + name;
  }
}
