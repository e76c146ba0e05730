package io.datamesh.core.lineage;

import io.datamesh.api.DataProduct;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.event.MeshEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps mesh events to OpenLineage. Remembers the last descriptor it described per product, so a deregistration can
 * drop the ports it had, and an update can create ports that are new and drop ports that are gone.
 */
final class DefaultLineageMapper implements LineageMapper {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultLineageMapper.class);

  private final Function<ProductUrn, Optional<DataProduct>> products;
  private final URI producer;
  private final boolean staticEventsAsRuns;
  private final Descriptors descriptors;
  private final Runs runs;
  private final Map<ProductUrn, DataProduct> described = new ConcurrentHashMap<>();

  DefaultLineageMapper(LineageMapperBuilder b) {
    this.products = b.products;
    this.producer = b.producer;
    this.staticEventsAsRuns = b.staticEventsAsRuns;
    this.descriptors = new Descriptors(b.producer, b.servingLocation);
    this.runs = new Runs(b.producer, new RunParts(b.producer, descriptors, this::known));
  }

  @Override
  public List<LineageEvent> map(MeshEvent event) {
    List<? extends OpenLineage.Event> events = switch (event.type()) {
      case PRODUCT_REGISTERED -> describe(event, "CREATE");
      case PRODUCT_UPDATED -> describe(event, "ALTER");
      case PRODUCT_DEREGISTERED -> drop(event);
      case SNAPSHOT_PUBLISHED -> outputPort(event).map(p -> runs.published(event, p)).orElse(List.of());
      case PUBLISH_FAILED -> outputPort(event).map(p -> runs.publishFailed(event, p)).orElse(List.of());
      case RUN_STARTED, RUN_COMPLETED, RUN_FAILED -> runs.transform(event);
      case QUALITY_CHECKED -> outputPort(event).map(p -> runs.quality(event, p)).orElse(List.of());
      case INPUT_RESOLVED, POLICY_EVALUATED, ACCESS_DECISION, SLO_STATE_CHANGED -> List.of(); // not lineage
    };
    return events.stream().map(DefaultLineageMapper::serialize).toList();
  }

  private Optional<DataProduct> known(ProductUrn urn) {
    return products.apply(urn).or(() -> Optional.ofNullable(described.get(urn)));
  }

  private static Optional<PortAddress> outputPort(MeshEvent event) {
    Optional<PortAddress> port = event.port().filter(p -> p.kind() == PortKind.OUTPUT);
    if (port.isEmpty()) {
      LOG.debug("{} of {} names no output port; no lineage is sent for it", event.type(), event.product());
    }
    return port;
  }

  private List<OpenLineage.Event> describe(MeshEvent event, String change) {
    Optional<DataProduct> found = products.apply(event.product());
    if (found.isEmpty()) {
      LOG.debug("{} of {}: the product is no longer registered, nothing to describe", event.type(),
          event.product());
      return List.of();
    }
    DataProduct product = found.get();
    @Nullable DataProduct previous = described.put(product.urn(), product);
    List<Dataset> datasets = new ArrayList<>();
    for (OutputPort out : product.outputPorts()) {
      boolean isNew = previous == null || previous.outputPort(out.name()).isEmpty();
      datasets.add(new Dataset(out.address(), descriptors.described(product, out,
          change.equals("ALTER") && isNew ? "CREATE" : change)));
    }
    if (previous != null) {
      for (OutputPort gone : previous.outputPorts()) {
        if (product.outputPort(gone.name()).isEmpty()) {
          datasets.add(new Dataset(gone.address(), descriptors.dropped(previous, gone)));
        }
      }
    }
    return staticEvents(event, datasets);
  }

  private List<OpenLineage.Event> drop(MeshEvent event) {
    @Nullable DataProduct previous = described.remove(event.product());
    if (previous == null) {
      LOG.debug("{} was never described here; there is nothing to drop", event.product());
      return List.of();
    }
    List<Dataset> datasets = new ArrayList<>();
    for (OutputPort out : previous.outputPorts()) {
      datasets.add(new Dataset(out.address(), descriptors.dropped(previous, out)));
    }
    return staticEvents(event, datasets);
  }

  private List<OpenLineage.Event> staticEvents(MeshEvent event, List<Dataset> datasets) {
    if (datasets.isEmpty()) {
      return List.of();
    }
    if (staticEventsAsRuns) {
      List<OpenLineage.OutputDataset> outputs = datasets.stream()
          .map(d -> new OpenLineage.OutputDataset(d.name().namespace(), d.name().name(), d.facets(), Map.of()))
          .toList();
      return List.of(runs.descriptor(event, outputs));
    }
    List<OpenLineage.Event> events = new ArrayList<>();
    for (Dataset d : datasets) {
      events.add(new OpenLineage.DatasetEvent(LineageJson.time(event.time()), producer,
          OpenLineage.DATASET_EVENT_SCHEMA,
          new OpenLineage.StaticDataset(d.name().namespace(), d.name().name(), d.facets())));
    }
    return events;
  }

  private static LineageEvent serialize(OpenLineage.Event event) {
    String json = LineageJson.write(event);
    if (event instanceof OpenLineage.RunEvent r) {
      return new SerializedEvent(LineageEventKind.RUN, r.eventType().name(), java.time.Instant.parse(r.eventTime()),
          "run:" + r.run().runId(), json);
    }
    if (event instanceof OpenLineage.DatasetEvent d) {
      return new SerializedEvent(LineageEventKind.DATASET, "DATASET", java.time.Instant.parse(d.eventTime()),
          "dataset:" + d.dataset().namespace() + "/" + d.dataset().name(), json);
    }
    OpenLineage.JobEvent j = (OpenLineage.JobEvent) event;
    return new SerializedEvent(LineageEventKind.JOB, "JOB", java.time.Instant.parse(j.eventTime()),
        "job:" + j.job().namespace() + "/" + j.job().name(), json);
  }

  /** One output port's dataset and its facets. */
  private record Dataset(DatasetName name, Map<String, Facets.DatasetFacet> facets) {
    Dataset(PortAddress port, Map<String, Facets.DatasetFacet> facets) {
      this(DatasetName.of(port), facets);
    }
  }
}
