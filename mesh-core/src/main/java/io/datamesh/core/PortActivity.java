package io.datamesh.core;

import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.core.observe.MeshMetrics;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers, from the mesh's events as they are dispatched (on the thread that caused them), when each product
 * registered, and counts publishes and failures in the metrics. When each port last published comes from the
 * {@link PublishLedger} (its commit time, written with the snapshot), the one source {@link Mesh#observe} reads too,
 * so the SLO monitor and {@code last_published} never disagree.
 */
final class PortActivity {
  private final Function<PortAddress, Optional<Instant>> published;
  private final Map<ProductUrn, Instant> registered = new ConcurrentHashMap<>();
  private final Map<ProductUrn, Instant> changed = new ConcurrentHashMap<>();
  private final MeshMetrics metrics;

  PortActivity(MeshMetrics metrics, Function<PortAddress, Optional<Instant>> published) {
    this.metrics = metrics;
    this.published = published;
  }

  void accept(MeshEvent e) {
    switch (e.type()) {
      case SNAPSHOT_PUBLISHED -> e.port().ifPresent(p -> metrics.published(p, number(e, "rows"), number(e, "bytes")));
      case PUBLISH_FAILED -> e.port().ifPresent(p -> {
        metrics.publishFailed(p, status(e));
      });
      case QUALITY_CHECKED -> e.port().filter(p -> e.attributes().containsKey("snapshotId")) // else rejected
          .ifPresent(p -> metrics.quarantined(p, number(e, "quarantinedRows")));
      case PRODUCT_REGISTERED, PRODUCT_UPDATED -> {
        registered.putIfAbsent(e.product(), e.time());
        changed.put(e.product(), e.time());
      }
      case PRODUCT_DEREGISTERED -> {
        registered.remove(e.product());
        changed.remove(e.product());
      }
      default -> { }
    }
  }

  /** When the port's current snapshot became current (its commit time), if it has one. */
  Optional<Instant> lastPublished(PortAddress port) {
    return published.apply(port);
  }

  /** When the product was last registered or updated (a port added by an update appeared then). */
  Optional<Instant> changed(ProductUrn product) {
    return Optional.ofNullable(changed.get(product));
  }

  Optional<Instant> registered(ProductUrn product) {
    return Optional.ofNullable(registered.get(product));
  }

  private static long number(MeshEvent e, String name) {
    return e.attributes().get(name) instanceof Number n ? n.longValue() : 0;
  }

  private static MeshStatus status(MeshEvent e) {
    try {
      return MeshStatus.valueOf(String.valueOf(e.attributes().get("status")));
    } catch (IllegalArgumentException ex) {
      return MeshStatus.INTERNAL;
    }
  }
}
