package io.datamesh.core.lineage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The OpenLineage 2-0-2 wire model (spec {@code OpenLineage.json}), as records Jackson writes in declaration order.
 * Facet maps are typed by slot, so a facet can only be placed where its schema's base type allows.
 */
final class OpenLineage {
  static final String SPEC = "https://openlineage.io/spec/2-0-2/OpenLineage.json";
  static final URI RUN_EVENT_SCHEMA = URI.create(SPEC + "#/$defs/RunEvent");
  static final URI DATASET_EVENT_SCHEMA = URI.create(SPEC + "#/$defs/DatasetEvent");
  static final URI JOB_EVENT_SCHEMA = URI.create(SPEC + "#/$defs/JobEvent");

  private OpenLineage() {}

  /** The run states of the spec. */
  enum EventType { START, RUNNING, COMPLETE, ABORT, FAIL, OTHER }

  /** One of the three envelopes. */
  sealed interface Event permits RunEvent, DatasetEvent, JobEvent {
    String eventTime();
  }

  record RunEvent(EventType eventType, String eventTime, URI producer, URI schemaURL, Run run, Job job,
      @JsonInclude(Include.NON_EMPTY) List<InputDataset> inputs,
      @JsonInclude(Include.NON_EMPTY) List<OutputDataset> outputs) implements Event {
    RunEvent {
      inputs = List.copyOf(inputs);
      outputs = List.copyOf(outputs);
    }
  }

  record DatasetEvent(String eventTime, URI producer, URI schemaURL, StaticDataset dataset) implements Event {}

  record JobEvent(String eventTime, URI producer, URI schemaURL, Job job,
      @JsonInclude(Include.NON_EMPTY) List<InputDataset> inputs,
      @JsonInclude(Include.NON_EMPTY) List<OutputDataset> outputs) implements Event {}

  record Run(UUID runId, @JsonInclude(Include.NON_EMPTY) Map<String, Facets.RunFacet> facets) {}

  record Job(String namespace, String name, @JsonInclude(Include.NON_EMPTY) Map<String, Facets.JobFacet> facets) {}

  record StaticDataset(String namespace, String name,
      @JsonInclude(Include.NON_EMPTY) Map<String, Facets.DatasetFacet> facets) {}

  record InputDataset(String namespace, String name,
      @JsonInclude(Include.NON_EMPTY) Map<String, Facets.DatasetFacet> facets,
      @JsonInclude(Include.NON_EMPTY) Map<String, Facets.InputDatasetFacet> inputFacets) {
    InputDataset named() {
      return new InputDataset(namespace, name, Map.of(), Map.of());
    }
  }

  record OutputDataset(String namespace, String name,
      @JsonInclude(Include.NON_EMPTY) Map<String, Facets.DatasetFacet> facets,
      @JsonInclude(Include.NON_EMPTY) Map<String, Facets.OutputDatasetFacet> outputFacets) {
    OutputDataset named() {
      return new OutputDataset(namespace, name, Map.of(), Map.of());
    }
  }

}
