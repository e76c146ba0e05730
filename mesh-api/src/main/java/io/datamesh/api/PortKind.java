package io.datamesh.api;

/**
 * The five kinds of port of a DPDS 1.0 data product, each with the URN segment that addresses it.
 *
 * <p>{@code PortKind.fromSegment("outputports") == PortKind.OUTPUT}
 */
public enum PortKind {
  /** Where data comes in: an upstream product's output port or an external source. */
  INPUT("inputports"),
  /** Where the product serves its data under a contract. */
  OUTPUT("outputports"),
  /** Where the product describes itself to catalogs. */
  DISCOVERY("discoveryports"),
  /** Where the product exposes its quality, SLO and run state. */
  OBSERVABILITY("observabilityports"),
  /** Where the product is operated (refresh, policies). */
  CONTROL("controlports");

  private final String segment;

  PortKind(String segment) {
    this.segment = segment;
  }

  /**
   * Returns the URN segment of this kind, such as {@code outputports}.
   *
   * @return the segment
   */
  public String segment() {
    return segment;
  }

  /**
   * Returns the kind whose URN segment is the given text.
   *
   * @param segment a segment such as {@code inputports}
   * @return the kind
   * @throws IllegalArgumentException if no kind has that segment
   */
  public static PortKind fromSegment(String segment) {
    for (PortKind k : values()) {
      if (k.segment.equals(segment)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown port kind '" + segment
        + "': expected one of inputports, outputports, discoveryports, observabilityports, controlports");
  }
}
