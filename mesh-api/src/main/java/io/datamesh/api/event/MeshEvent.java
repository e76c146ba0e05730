package io.datamesh.api.event;

import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened in a mesh, about a product and possibly one of its ports, at an instant of the mesh clock.
 *
 * <pre>{@code
 * MeshEvent e = MeshEvent.of(MeshEventType.PRODUCT_REGISTERED, clock.instant(), product.urn(),
 *     Map.of("version", "1.0.0"));
 * }</pre>
 *
 * @param type what happened
 * @param time when, on the mesh clock
 * @param product the product it happened to
 * @param port the port it happened to, if any
 * @param attributes details as plain Java values (strings, numbers, booleans, lists, maps)
 */
public record MeshEvent(MeshEventType type, Instant time, ProductUrn product, Optional<PortAddress> port,
    Map<String, Object> attributes) {
  /**
   * Checks and copies the parts.
   *
   * @param type see the record component
   * @param time see the record component
   * @param product see the record component
   * @param port see the record component
   * @param attributes see the record component
   */
  public MeshEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(port, "port");
    attributes = Map.copyOf(attributes);
  }

  /**
   * Creates an event about a product.
   *
   * @param type what happened
   * @param time when
   * @param product the product
   * @param attributes details
   * @return the event
   */
  public static MeshEvent of(MeshEventType type, Instant time, ProductUrn product, Map<String, Object> attributes) {
    return new MeshEvent(type, time, product, Optional.empty(), attributes);
  }

  /**
   * Creates an event about a port.
   *
   * @param type what happened
   * @param time when
   * @param port the port
   * @param attributes details
   * @return the event
   */
  public static MeshEvent of(MeshEventType type, Instant time, PortAddress port, Map<String, Object> attributes) {
    return new MeshEvent(type, time, port.product(), Optional.of(port), attributes);
  }
}
