package io.datamesh.api;

import java.util.Objects;
import java.util.UUID;

/**
 * The global address of a data product, a DPDS URN {@code urn:dpds:{namespace}:dataproducts:{name}:{major}}. Two
 * versions of a product with the same major share a URN; a new major is a new product address.
 *
 * <pre>{@code
 * ProductUrn urn = ProductUrn.parse("urn:dpds:com.example:dataproducts:orders:1");
 * PortAddress out = urn.port(PortKind.OUTPUT, "orders");
 * UUID id = urn.id(); // 642fdfed-5a87-587d-ad33-539589ca4bba
 * }</pre>
 *
 * @param namespace the organisation's namespace, such as {@code com.example} (letters, digits, {@code . _ -})
 * @param name the product name (letters, digits, {@code . _ -})
 * @param major the major version, zero or more
 */
public record ProductUrn(String namespace, String name, int major) {
  static final String PREFIX = "urn:dpds:";
  static final String FORM = "urn:dpds:{namespace}:dataproducts:{name}:{major}";

  /**
   * Checks the parts.
   *
   * @param namespace see the record component
   * @param name see the record component
   * @param major see the record component
   * @throws IllegalArgumentException if a part is empty or has a character outside letters, digits and
   *     {@code . _ -}, or the major is negative
   */
  public ProductUrn {
    Urns.checkSegment("namespace", namespace);
    Urns.checkSegment("name", name);
    if (major < 0) {
      throw new IllegalArgumentException("major version must be >= 0, was " + major);
    }
  }

  /**
   * Creates a URN from its parts.
   *
   * @param namespace the namespace, such as {@code com.example}
   * @param name the product name
   * @param major the major version
   * @return the URN
   */
  public static ProductUrn of(String namespace, String name, int major) {
    return new ProductUrn(namespace, name, major);
  }

  /**
   * Parses a product URN.
   *
   * @param text a URN such as {@code urn:dpds:com.example:dataproducts:orders:1}
   * @return the URN
   * @throws MeshException with {@link MeshStatus#INVALID_ARGUMENT} naming the part that is wrong
   */
  public static ProductUrn parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = Urns.split(text, FORM);
    if (parts.length != 6) {
      throw Urns.malformed(text, FORM, parts.length > 6
          ? "it has " + parts.length + " ':'-separated parts, a product URN has 6 (is it a port address?)"
          : "it has " + parts.length + " ':'-separated parts, a product URN has 6");
    }
    return Urns.product(text, FORM, parts);
  }

  /**
   * Returns the address of one of this product's ports.
   *
   * @param kind the port kind
   * @param portName the port name
   * @return the port address
   */
  public PortAddress port(PortKind kind, String portName) {
    return new PortAddress(this, kind, portName);
  }

  /**
   * Returns the product id under the default {@link IdStrategy#UUID_V5}.
   *
   * @return the id
   */
  public UUID id() {
    return IdStrategy.UUID_V5.id(toString());
  }

  /**
   * Returns the product id under a strategy.
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
    return PREFIX + namespace + ":dataproducts:" + name + ":" + major;
  }
}
