package io.datamesh.core.lineage;

import io.datamesh.api.DataProduct;
import io.datamesh.api.InputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.ProductUrn;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The datasets and facets of runs, read from event attributes: pinned inputs, written outputs with statistics,
 * metrics and column lineage, and quality assertions. Attribute names are listed in {@code docs/metadata.md}.
 */
final class RunParts {
  private final URI producer;
  private final Descriptors descriptors;
  private final Function<ProductUrn, Optional<DataProduct>> known;

  RunParts(URI producer, Descriptors descriptors, Function<ProductUrn, Optional<DataProduct>> known) {
    this.producer = producer;
    this.descriptors = descriptors;
    this.known = known;
  }

  List<OpenLineage.InputDataset> inputs(List<Object> entries) {
    List<OpenLineage.InputDataset> inputs = new ArrayList<>();
    for (Object entry : entries) {
      Attributes a = entry instanceof CharSequence s ? Attributes.of(Map.of("port", s.toString()))
          : Attributes.of(entry);
      Optional<DatasetName> name = a.string("port").or(() -> a.string("source")).flatMap(this::dataset);
      if (name.isPresent()) {
        Map<String, Facets.DatasetFacet> facets = new LinkedHashMap<>();
        a.string("snapshotId").ifPresent(v -> Descriptors.put(facets, new Facets.Version(producer,
            Facets.VERSION, v)));
        inputs.add(new OpenLineage.InputDataset(name.get().namespace(), name.get().name(), facets, Map.of()));
      }
    }
    return inputs;
  }

  List<OpenLineage.OutputDataset> outputs(List<Object> entries) {
    List<OpenLineage.OutputDataset> outputs = new ArrayList<>();
    for (Object entry : entries) {
      Attributes a = entry instanceof CharSequence s ? Attributes.of(Map.of("port", s.toString()))
          : Attributes.of(entry);
      a.string("port").flatMap(RunParts::outputPort).ifPresent(port -> outputs.add(output(port, a)));
    }
    return outputs;
  }

  /** The dataset a publish wrote, with every facet its attributes allow. */
  OpenLineage.OutputDataset output(PortAddress port, Attributes a) {
    DatasetName name = DatasetName.of(port);
    Map<String, Facets.DatasetFacet> facets = new LinkedHashMap<>();
    known.apply(port.product()).flatMap(p -> p.outputPort(port.name()))
        .ifPresent(out -> Descriptors.put(facets, descriptors.schema(out.contract())));
    a.string("snapshotId").ifPresent(v -> Descriptors.put(facets, new Facets.Version(producer, Facets.VERSION, v)));
    if (a.string("mode").map(m -> m.equalsIgnoreCase("REPLACE")).orElse(false)) {
      Descriptors.put(facets, new Facets.Lifecycle(producer, Facets.LIFECYCLE, "OVERWRITE"));
    }
    if (a.has("metrics") || a.has("rows") || a.has("bytes")) {
      Descriptors.put(facets, new Facets.QualityMetrics(producer, Facets.QUALITY_METRICS,
          a.longValue("rows").orElse(null), a.longValue("bytes").orElse(null), columnMetrics(a.map("metrics"))));
    }
    Map<String, Facets.ColumnSources> lineage = columnLineage(a.map("columnLineage"));
    if (!lineage.isEmpty()) {
      Descriptors.put(facets, new Facets.ColumnLineage(producer, Facets.COLUMN_LINEAGE, lineage));
    }
    Map<String, Facets.OutputDatasetFacet> outputFacets = new LinkedHashMap<>();
    if (a.has("rows") || a.has("bytes")) {
      Descriptors.put(outputFacets, new Facets.OutputStatistics(producer, Facets.OUTPUT_STATISTICS,
          a.longValue("rows").orElse(null), a.longValue("bytes").orElse(null)));
    }
    return new OpenLineage.OutputDataset(name.namespace(), name.name(), facets, outputFacets);
  }

  /** The dataset a validation run read, with its assertions and metrics as input facets. */
  OpenLineage.InputDataset checked(PortAddress port, Attributes a) {
    DatasetName name = DatasetName.of(port);
    Map<String, Facets.DatasetFacet> facets = new LinkedHashMap<>();
    a.string("snapshotId").ifPresent(v -> Descriptors.put(facets, new Facets.Version(producer, Facets.VERSION, v)));
    Map<String, Facets.InputDatasetFacet> inputFacets = new LinkedHashMap<>();
    List<Facets.Assertion> assertions = assertions(a.list("checks"));
    if (!assertions.isEmpty()) {
      Descriptors.put(inputFacets, new Facets.Assertions(producer, Facets.ASSERTIONS, assertions));
    }
    if (a.has("metrics") || a.has("rows") || a.has("bytes")) {
      Descriptors.put(inputFacets, new Facets.InputQualityMetrics(producer, Facets.INPUT_QUALITY_METRICS,
          a.longValue("rows").orElse(null), a.longValue("bytes").orElse(null), columnMetrics(a.map("metrics"))));
    }
    return new OpenLineage.InputDataset(name.namespace(), name.name(), facets, inputFacets);
  }

  Facets.ErrorMessage error(Attributes a, String fallback) {
    // "reason" is what the mesh's own PUBLISH_FAILED carries; "error" what a run failure or a caller writes
    return new Facets.ErrorMessage(producer, Facets.ERROR_MESSAGE,
        a.string("error").or(() -> a.string("reason")).orElse(fallback), "JAVA",
        a.string("stackTrace").orElse(null));
  }

  static Optional<PortAddress> outputPort(String text) {
    try {
      PortAddress port = PortAddress.parse(text);
      return port.kind() == PortKind.OUTPUT ? Optional.of(port) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Names what a run read: a mesh output port, the upstream of a mesh input port, or an external source. */
  Optional<DatasetName> dataset(String text) {
    if (!text.startsWith("urn:dpds:")) {
      return Optional.of(DatasetName.ofExternal(text));
    }
    PortAddress port;
    try {
      port = PortAddress.parse(text);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (port.kind() == PortKind.OUTPUT) {
      return Optional.of(DatasetName.of(port));
    }
    if (port.kind() != PortKind.INPUT) {
      return Optional.empty();
    }
    Optional<InputPort> in = known.apply(port.product()).flatMap(p -> p.inputPort(port.name()));
    return in.flatMap(i -> i.upstream().map(DatasetName::of)
        .or(() -> i.externalSource().map(DatasetName::ofExternal)));
  }

  private static Map<String, Facets.ColumnMetrics> columnMetrics(Attributes metrics) {
    Map<String, Facets.ColumnMetrics> columns = new LinkedHashMap<>();
    metrics.asMap().forEach((column, value) -> {
      Attributes c = Attributes.of(value);
      Map<String, Double> quantiles = new LinkedHashMap<>();
      c.map("quantiles").asMap().keySet().forEach(q -> c.map("quantiles").doubleValue(q)
          .ifPresent(v -> quantiles.put(q, v)));
      columns.put(column, new Facets.ColumnMetrics(c.longValue("nullCount").orElse(null),
          c.longValue("distinctCount").orElse(null), c.doubleValue("sum").orElse(null),
          c.doubleValue("count").orElse(null), c.doubleValue("min").orElse(null), c.doubleValue("max").orElse(null),
          quantiles.isEmpty() ? null : quantiles));
    });
    return columns;
  }

  private static List<Facets.Assertion> assertions(List<Object> checks) {
    List<Facets.Assertion> assertions = new ArrayList<>();
    for (Object check : checks) {
      Attributes c = Attributes.of(check);
      String outcome = c.string("outcome").map(o -> o.toLowerCase(Locale.ROOT)).orElse("");
      Optional<Boolean> success = c.bool("success").or(() -> outcome.isEmpty() || outcome.equals("skipped")
          ? Optional.empty() : Optional.of(outcome.equals("passed")));
      if (success.isEmpty()) {
        continue;
      }
      String severity = c.string("severity").orElse(outcome.equals("warning") ? "warn" : "error");
      assertions.add(new Facets.Assertion(
          c.string("assertion").or(() -> c.string("dimension")).orElse("custom"), success.get(),
          c.string("property").or(() -> c.string("column")).orElse(null), severity, c.string("name").orElse(null),
          c.string("reason").or(() -> c.string("description")).orElse(null), c.string("expected").orElse(null),
          c.string("actual").or(() -> c.string("metricValue")).orElse(null)));
    }
    return assertions;
  }

  private Map<String, Facets.ColumnSources> columnLineage(Attributes lineage) {
    Map<String, Facets.ColumnSources> fields = new LinkedHashMap<>();
    lineage.asMap().forEach((column, sources) -> {
      List<Facets.InputField> inputs = new ArrayList<>();
      for (Object source : Attributes.of(Map.of("s", sources)).list("s")) {
        inputField(source).ifPresent(inputs::add);
      }
      if (!inputs.isEmpty()) {
        fields.put(column, new Facets.ColumnSources(inputs));
      }
    });
    return fields;
  }

  private Optional<Facets.InputField> inputField(Object source) {
    Attributes a;
    if (source instanceof CharSequence s && s.toString().lastIndexOf('#') > 0) {
      String text = s.toString();
      a = Attributes.of(Map.of("port", text.substring(0, text.lastIndexOf('#')),
          "field", text.substring(text.lastIndexOf('#') + 1)));
    } else {
      a = Attributes.of(source);
    }
    Optional<DatasetName> name = a.string("port").flatMap(this::dataset);
    Optional<String> field = a.string("field");
    if (name.isEmpty() || field.isEmpty()) {
      return Optional.empty();
    }
    @Nullable Boolean masking = a.bool("masking").orElse(null);
    Facets.Transformation t = new Facets.Transformation(a.string("type").orElse("DIRECT"),
        a.string("subtype").orElse(null), a.string("description").orElse(null), masking);
    return Optional.of(new Facets.InputField(name.get().namespace(), name.get().name(), field.get(), List.of(t)));
  }
}
