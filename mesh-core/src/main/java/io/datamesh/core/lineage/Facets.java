package io.datamesh.core.lineage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The facets a mesh emits, one record per facet schema, each with its {@code _producer} and {@code _schemaURL}
 * ({@code $id#/$defs/Name} of the schema version we write). The marker interfaces mirror the spec's base types:
 * a record implements the base type its schema extends, and the event model only accepts it in that slot.
 */
final class Facets {
  static final String OL = "https://openlineage.io/spec/facets/";
  /** Where our own facet schemas live; the file is {@code docs/schemas/datamesh-product-facet.json}. */
  static final String DATAMESH = "https://datamesh.io/spec/facets/";

  private Facets() {}

  static URI url(String base, String version, String type) {
    return URI.create(base + version + "/" + type + ".json#/$defs/" + type);
  }

  static final URI SCHEMA = url(OL, "1-2-0", "SchemaDatasetFacet");
  static final URI DOCUMENTATION = url(OL, "1-1-0", "DocumentationDatasetFacet");
  static final URI OWNERSHIP = url(OL, "1-0-1", "OwnershipDatasetFacet");
  static final URI DATA_SOURCE = url(OL, "1-0-1", "DatasourceDatasetFacet");
  static final URI LIFECYCLE = url(OL, "1-0-1", "LifecycleStateChangeDatasetFacet");
  static final URI VERSION = url(OL, "1-0-1", "DatasetVersionDatasetFacet");
  static final URI TAGS = url(OL, "1-0-0", "TagsDatasetFacet");
  static final URI COLUMN_LINEAGE = url(OL, "1-2-0", "ColumnLineageDatasetFacet");
  static final URI QUALITY_METRICS = url(OL, "1-0-0", "DataQualityMetricsDatasetFacet");
  static final URI INPUT_QUALITY_METRICS = url(OL, "1-0-3", "DataQualityMetricsInputDatasetFacet");
  static final URI ASSERTIONS = url(OL, "1-1-0", "DataQualityAssertionsDatasetFacet");
  static final URI OUTPUT_STATISTICS = url(OL, "1-0-2", "OutputStatisticsOutputDatasetFacet");
  static final URI ERROR_MESSAGE = url(OL, "1-0-1", "ErrorMessageRunFacet");
  static final URI PARENT = url(OL, "1-2-0", "ParentRunFacet");
  static final URI JOB_TYPE = url(OL, "2-0-4", "JobTypeJobFacet");
  static final URI PRODUCT = url(DATAMESH, "1-0-0", "DatameshProductDatasetFacet");

  /** A facet knows the key it is stored under. */
  interface Facet {
    String key();
  }

  /** Extends {@code DatasetFacet}: goes in a dataset's {@code facets}. */
  interface DatasetFacet extends Facet {}

  /** Extends {@code InputDatasetFacet}: goes in an input's {@code inputFacets}. */
  interface InputDatasetFacet extends Facet {}

  /** Extends {@code OutputDatasetFacet}: goes in an output's {@code outputFacets}. */
  interface OutputDatasetFacet extends Facet {}

  /** Extends {@code RunFacet}: goes in {@code run.facets}. */
  interface RunFacet extends Facet {}

  /** Extends {@code JobFacet}: goes in {@code job.facets}. */
  interface JobFacet extends Facet {}

  record Schema(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      List<Field> fields) implements DatasetFacet {
    public String key() {
      return "schema";
    }
  }

  record Field(String name, @Nullable String type, @Nullable String description,
      @JsonProperty("ordinal_position") @Nullable Integer ordinalPosition, @Nullable List<Field> fields) {}

  record Documentation(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      String description, String contentType) implements DatasetFacet {
    public String key() {
      return "documentation";
    }
  }

  record Ownership(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      List<Owner> owners) implements DatasetFacet {
    public String key() {
      return "ownership";
    }
  }

  record Owner(String name, @Nullable String type) {}

  record DataSource(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      String name, @Nullable URI uri) implements DatasetFacet {
    public String key() {
      return "dataSource";
    }
  }

  record Lifecycle(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      String lifecycleStateChange) implements DatasetFacet {
    public String key() {
      return "lifecycleStateChange";
    }
  }

  record Version(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      String datasetVersion) implements DatasetFacet {
    public String key() {
      return "version";
    }
  }

  record Tags(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      List<Tag> tags) implements DatasetFacet {
    public String key() {
      return "tags";
    }
  }

  record Tag(String key, String value, String source, @Nullable String field) {}

  record OutputStatistics(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      @Nullable Long rowCount, @Nullable Long size) implements OutputDatasetFacet {
    public String key() {
      return "outputStatistics";
    }
  }

  /** The output form (dataset facet 1-0-0): quality measured on what a publish wrote. */
  record QualityMetrics(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      @Nullable Long rowCount, @Nullable Long bytes, Map<String, ColumnMetrics> columnMetrics)
      implements DatasetFacet {
    public String key() {
      return "dataQualityMetrics";
    }
  }

  /** The input form (input facet 1-0-3): quality measured by a validation run that read the dataset. */
  record InputQualityMetrics(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      @Nullable Long rowCount, @Nullable Long bytes, Map<String, ColumnMetrics> columnMetrics)
      implements InputDatasetFacet {
    public String key() {
      return "dataQualityMetrics";
    }
  }

  record ColumnMetrics(@Nullable Long nullCount, @Nullable Long distinctCount, @Nullable Double sum,
      @Nullable Double count, @Nullable Double min, @Nullable Double max, @Nullable Map<String, Double> quantiles) {}

  record Assertions(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      List<Assertion> assertions) implements InputDatasetFacet {
    public String key() {
      return "dataQualityAssertions";
    }
  }

  record Assertion(String assertion, boolean success, @Nullable String column, @Nullable String severity,
      @Nullable String name, @Nullable String description, @Nullable String expected, @Nullable String actual) {}

  record ColumnLineage(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      Map<String, ColumnSources> fields) implements DatasetFacet {
    public String key() {
      return "columnLineage";
    }
  }

  record ColumnSources(List<InputField> inputFields) {}

  record InputField(String namespace, String name, String field, List<Transformation> transformations) {}

  record Transformation(String type, @Nullable String subtype, @Nullable String description,
      @Nullable Boolean masking) {}

  record ErrorMessage(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      String message, String programmingLanguage, @Nullable String stackTrace) implements RunFacet {
    public String key() {
      return "errorMessage";
    }
  }

  /** Links a run to the run that caused it, and to the root of that hierarchy (here always the same run). */
  record Parent(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL, RunRef run,
      JobRef job, Root root) implements RunFacet {
    Parent(URI producer, RunRef run, JobRef job) {
      this(producer, PARENT, run, job, new Root(run, job));
    }

    public String key() {
      return "parent";
    }
  }

  record RunRef(UUID runId) {}

  record JobRef(String namespace, String name) {}

  record Root(RunRef run, JobRef job) {}

  record JobType(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      String processingType, String integration, String jobType) implements JobFacet {
    public String key() {
      return "jobType";
    }
  }

  /** Our own facet {@code datamesh_product}: what a catalog needs to show a port as part of a data product. */
  record Product(@JsonProperty("_producer") URI producer, @JsonProperty("_schemaURL") URI schemaURL,
      String productUrn, String productId, String productName, String productVersion, String portUrn,
      String domain, String domainKind, String status, String owner, ContractRef contract) implements DatasetFacet {
    public String key() {
      return "datamesh_product";
    }
  }

  record ContractRef(String id, String version) {}
}
