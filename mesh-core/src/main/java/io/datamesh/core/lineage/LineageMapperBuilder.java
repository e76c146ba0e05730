package io.datamesh.core.lineage;

import io.datamesh.api.DataProduct;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Configures a {@link LineageMapper}.
 *
 * <pre>{@code
 * LineageMapper mapper = LineageMapper.builder()
 *     .setProducts(mesh::product)
 *     .setServingLocation(port -> Optional.of(URI.create("grpc+tls://orders.sales.internal:8815")))
 *     .setStaticEventsAsRuns(true) // for catalogs that accept only run events, such as Dataplex
 *     .build();
 * }</pre>
 */
public final class LineageMapperBuilder {
  /** The producer URI written when none is set: this SDK and its version. */
  public static final URI DEFAULT_PRODUCER = URI.create("https://datamesh.io/sdk/java/v0.1.0");

  Function<ProductUrn, Optional<DataProduct>> products = urn -> Optional.empty();
  Function<PortAddress, Optional<URI>> servingLocation = port -> Optional.empty();
  URI producer = DEFAULT_PRODUCER;
  boolean staticEventsAsRuns;

  LineageMapperBuilder() {}

  /**
   * Sets how the mapper looks a product's descriptor up when the mesh reports that it was registered or updated;
   * mesh events carry only the URN. The mapper remembers the last descriptor it described, so that a deregistered
   * product's ports can still be dropped. Without a lookup, product events map to nothing.
   *
   * @param products usually {@code mesh::product}
   * @return this builder
   */
  public LineageMapperBuilder setProducts(Function<ProductUrn, Optional<DataProduct>> products) {
    this.products = Objects.requireNonNull(products, "products");
    return this;
  }

  /**
   * Sets where each output port is served, for the {@code dataSource} facet; the dataset's name never depends on it.
   *
   * @param servingLocation the location of a port, such as {@code grpc+tls://host:8815}, or empty when it is served
   *     in-process only; empty for every port unless set
   * @return this builder
   */
  public LineageMapperBuilder setServingLocation(Function<PortAddress, Optional<URI>> servingLocation) {
    this.servingLocation = Objects.requireNonNull(servingLocation, "servingLocation");
    return this;
  }

  /**
   * Sets the {@code producer} and {@code _producer} URI of every event and facet.
   *
   * @param producer an absolute URI naming the emitting software and its version; {@link #DEFAULT_PRODUCER} unless
   *     set
   * @return this builder
   * @throws IllegalArgumentException if the URI is not absolute
   */
  public LineageMapperBuilder setProducer(URI producer) {
    Objects.requireNonNull(producer, "producer");
    if (!producer.isAbsolute()) {
      throw new IllegalArgumentException("producer must be an absolute URI, was '" + producer + "'");
    }
    this.producer = producer;
    return this;
  }

  /**
   * Sends static metadata (a product registered, updated or deregistered) as a run event of type {@code OTHER} on a
   * synthetic job {@code {product}/v{major}/descriptor}, instead of as dataset events, for catalogs that accept only
   * run events (Google Dataplex).
   *
   * @param asRuns true to send run events; false unless set
   * @return this builder
   */
  public LineageMapperBuilder setStaticEventsAsRuns(boolean asRuns) {
    this.staticEventsAsRuns = asRuns;
    return this;
  }

  /**
   * Builds the mapper.
   *
   * @return the mapper
   */
  public LineageMapper build() {
    return new DefaultLineageMapper(this);
  }
}
