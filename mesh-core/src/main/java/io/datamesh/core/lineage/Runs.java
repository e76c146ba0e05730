package io.datamesh.core.lineage;

import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.core.lineage.OpenLineage.EventType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs from mesh events. A publish or a quality check reported after the fact becomes a whole run (START then
 * COMPLETE or FAIL) whose id is derived from the port and snapshot, so a replayed event names the same run; a publish
 * inside a transform run (attribute {@code runId}) becomes a RUNNING event of that run.
 */
final class Runs {
  private static final Logger LOG = LoggerFactory.getLogger(Runs.class);

  private final URI producer;
  private final RunParts parts;

  Runs(URI producer, RunParts parts) {
    this.producer = producer;
    this.parts = parts;
  }

  List<OpenLineage.RunEvent> published(MeshEvent e, PortAddress port) {
    Attributes a = Attributes.of(e.attributes());
    List<OpenLineage.InputDataset> inputs = parts.inputs(a.list("inputs"));
    OpenLineage.OutputDataset output = parts.output(port, a);
    Optional<UUID> enclosing = a.uuid("runId");
    if (enclosing.isPresent()) {
      return List.of(run(EventType.RUNNING, e.time(), enclosing.get(), Map.of(), transformJob(e, a), inputs,
          List.of(output)));
    }
    UUID runId = derived("publish", port, a.string("snapshotId").orElse(e.time().toString()));
    OpenLineage.Job job = job(port.product(), portJob(port, "publish"), "PUBLISH");
    return List.of(
        run(EventType.START, start(e, a), runId, Map.of(), job, named(inputs), List.of(output.named())),
        run(EventType.COMPLETE, e.time(), runId, Map.of(), job, inputs, List.of(output)));
  }

  List<OpenLineage.RunEvent> publishFailed(MeshEvent e, PortAddress port) {
    Attributes a = Attributes.of(e.attributes());
    List<OpenLineage.InputDataset> inputs = parts.inputs(a.list("inputs"));
    OpenLineage.OutputDataset output = parts.output(port, Attributes.of(Map.of())).named();
    Map<String, Facets.RunFacet> error = facets(parts.error(a, "publish of " + port + " failed"));
    Optional<UUID> enclosing = a.uuid("runId");
    if (enclosing.isPresent()) {
      return List.of(run(EventType.RUNNING, e.time(), enclosing.get(), error, transformJob(e, a), inputs,
          List.of(output)));
    }
    UUID runId = derived("publish-failed", port, e.time().toString());
    OpenLineage.Job job = job(port.product(), portJob(port, "publish"), "PUBLISH");
    return List.of(
        run(EventType.START, start(e, a), runId, Map.of(), job, named(inputs), List.of(output)),
        run(EventType.FAIL, e.time(), runId, error, job, inputs, List.of(output)));
  }

  List<OpenLineage.RunEvent> transform(MeshEvent e) {
    Attributes a = Attributes.of(e.attributes());
    Optional<UUID> runId = a.uuid("runId");
    if (runId.isEmpty()) {
      LOG.warn("{} of {} has no 'runId' attribute: no OpenLineage run can be correlated, so none is sent",
          e.type(), e.port().map(Object::toString).orElse(e.product().toString()));
      return List.of();
    }
    OpenLineage.Job job = transformJob(e, a);
    List<OpenLineage.InputDataset> inputs = parts.inputs(a.list("inputs"));
    List<OpenLineage.OutputDataset> outputs = parts.outputs(a.list("outputs"));
    if (e.type() == MeshEventType.RUN_STARTED) {
      return List.of(run(EventType.START, e.time(), runId.get(), Map.of(), job, inputs,
          outputs.stream().map(OpenLineage.OutputDataset::named).toList()));
    }
    if (e.type() == MeshEventType.RUN_FAILED) {
      return List.of(run(EventType.FAIL, e.time(), runId.get(), facets(parts.error(a, "run failed")), job, inputs,
          outputs));
    }
    return List.of(run(EventType.COMPLETE, e.time(), runId.get(), Map.of(), job, inputs, outputs));
  }

  List<OpenLineage.RunEvent> quality(MeshEvent e, PortAddress port) {
    Attributes a = Attributes.of(e.attributes());
    UUID runId = a.uuid("runId").orElseGet(() -> derived("quality", port,
        a.string("snapshotId").orElse(e.time().toString())));
    OpenLineage.Job job = job(port.product(), portJob(port, "quality"), "QUALITY");
    OpenLineage.InputDataset checked = parts.checked(port, a);
    Map<String, Facets.RunFacet> parent = producerOf(port, a).<Map<String, Facets.RunFacet>>map(Runs::facets)
        .orElse(Map.of());
    return List.of(
        run(EventType.START, start(e, a), runId, parent, job, List.of(checked.named()), List.of()),
        run(EventType.COMPLETE, e.time(), runId, parent, job, List.of(checked), List.of()));
  }

  /**
   * The run that wrote the checked snapshot: the transform run named by {@code parentRunId} (and {@code parentJob}),
   * else the publish run {@link #published} derives from the port and {@code snapshotId}; none without either.
   */
  private Optional<Facets.Parent> producerOf(PortAddress port, Attributes a) {
    String namespace = DatasetName.SCHEME + "://" + port.product().namespace();
    Optional<UUID> transform = a.uuid("parentRunId");
    if (transform.isPresent()) {
      String name = a.string("parentJob").orElseGet(() -> productJob(port.product(), "transform"));
      return Optional.of(new Facets.Parent(producer, new Facets.RunRef(transform.get()),
          new Facets.JobRef(namespace, name)));
    }
    return a.string("snapshotId").map(id -> new Facets.Parent(producer,
        new Facets.RunRef(derived("publish", port, id)), new Facets.JobRef(namespace, portJob(port, "publish"))));
  }

  /** The synthetic run that carries static metadata to catalogs that accept only run events. */
  OpenLineage.RunEvent descriptor(MeshEvent e, List<OpenLineage.OutputDataset> outputs) {
    ProductUrn urn = e.product();
    UUID runId = derived("descriptor", urn, e.type() + "|" + e.time() + "|" + e.attributes().get("version"));
    return run(EventType.OTHER, e.time(), runId, Map.of(), job(urn, productJob(urn, "descriptor"), "DESCRIPTOR"),
        List.of(), outputs);
  }

  private OpenLineage.RunEvent run(EventType type, Instant time, UUID runId, Map<String, Facets.RunFacet> facets,
      OpenLineage.Job job, List<OpenLineage.InputDataset> inputs, List<OpenLineage.OutputDataset> outputs) {
    return new OpenLineage.RunEvent(type, LineageJson.time(time), producer, OpenLineage.RUN_EVENT_SCHEMA,
        new OpenLineage.Run(runId, facets), job, inputs, outputs);
  }

  private OpenLineage.Job transformJob(MeshEvent e, Attributes a) {
    // a transform belongs to the product: its run events and its outputs' publishes share the product's job
    String name = a.string("job").orElseGet(() -> productJob(e.product(), "transform"));
    return job(e.product(), name, "TRANSFORM");
  }

  private OpenLineage.Job job(ProductUrn urn, String name, String jobType) {
    return new OpenLineage.Job(DatasetName.SCHEME + "://" + urn.namespace(), name,
        facets(new Facets.JobType(producer, Facets.JOB_TYPE, "BATCH", "DATAMESH", jobType)));
  }

  private static <F extends Facets.Facet> Map<String, F> facets(F facet) {
    return Map.of(facet.key(), facet);
  }

  private static Instant start(MeshEvent e, Attributes a) {
    return a.instant("startedAt").filter(s -> !s.isAfter(e.time())).orElse(e.time());
  }

  private static List<OpenLineage.InputDataset> named(List<OpenLineage.InputDataset> inputs) {
    return inputs.stream().map(OpenLineage.InputDataset::named).toList();
  }

  /** {@code {product}/v{major}/{port}/{what}}: the port's dataset name and what ran on it. */
  static String portJob(PortAddress port, String what) {
    return DatasetName.of(port).name() + "/" + what;
  }

  /** {@code {product}/v{major}/{what}}. */
  static String productJob(ProductUrn urn, String what) {
    return urn.name() + "/v" + urn.major() + "/" + what;
  }

  private static UUID derived(String what, Object subject, String discriminator) {
    return UUID.nameUUIDFromBytes((what + "|" + subject + "|" + discriminator).getBytes(StandardCharsets.UTF_8));
  }
}
