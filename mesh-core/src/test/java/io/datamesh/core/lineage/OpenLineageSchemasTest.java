package io.datamesh.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The oracle must be able to fail: it accepts the spec's own examples and rejects broken events. */
class OpenLineageSchemasTest {
  private static final String PRODUCER = "https://datamesh.io/sdk/java/v0.1.0";

  static String validRunEvent() throws IOException {
    String ref = Files.readString(Path.of("..", "..", "shared", "reference", "serving.md"));
    String block = ref.substring(ref.indexOf("### 1.3"));
    return OpenLineageSchemas.JSON.readTree(block.substring(block.indexOf("```json") + 7, block.indexOf("```\n",
        block.indexOf("```json") + 7))).toString();
  }

  @Test
  void the_validated_example_of_the_reference_note_passes() throws IOException {
    assertThat(OpenLineageSchemas.problems(validRunEvent())).isEmpty();
  }

  @Test
  void an_assertions_facet_among_dataset_facets_is_in_the_wrong_slot() throws IOException {
    String json = validRunEvent().replace("\"facets\":{\"schema\"", "\"facets\":{\"dataQualityAssertions\":{"
        + "\"_producer\":\"" + PRODUCER + "\",\"_schemaURL\":\"https://openlineage.io/spec/facets/1-1-0/"
        + "DataQualityAssertionsDatasetFacet.json#/$defs/DataQualityAssertionsDatasetFacet\",\"assertions\":[]},"
        + "\"schema\"");

    assertThat(OpenLineageSchemas.problems(json)).anyMatch(p -> p.contains("this slot takes"));
  }

  @Test
  void a_facet_missing_a_required_field_fails_its_own_schema() throws IOException {
    String json = validRunEvent().replace("\"assertion\":\"not_null\",", "");

    assertThat(OpenLineageSchemas.problems(json)).anyMatch(p -> p.contains("assertion"));
  }

  @Test
  void an_unknown_schema_url_and_a_bad_run_id_are_reported() throws IOException {
    String json = validRunEvent().replace("1-0-2/OutputStatistics", "9-9-9/OutputStatistics")
        .replace("01956a4e-8c2f-7d3b-9a10-4f2e6b7c8d90", "not-a-uuid");

    assertThat(OpenLineageSchemas.problems(json)).anyMatch(p -> p.contains("names no known facet schema"))
        .anyMatch(p -> p.contains("uuid"));
  }

  @Test
  void a_dataset_event_without_a_dataset_name_fails_the_core_schema() {
    String json = "{\"eventTime\":\"2026-03-01T10:15:30Z\",\"producer\":\"" + PRODUCER + "\",\"schemaURL\":"
        + "\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent\",\"dataset\":{\"namespace\":"
        + "\"dpds://x\"}}";

    assertThat(OpenLineageSchemas.problems(json)).anyMatch(p -> p.startsWith("core:"));
  }

  @Test
  void a_dataset_event_that_also_names_a_run_is_read_as_a_run_event_and_reported() {
    String json = "{\"eventTime\":\"2026-03-01T10:15:30Z\",\"producer\":\"" + PRODUCER + "\",\"schemaURL\":"
        + "\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent\",\"dataset\":{\"namespace\":"
        + "\"dpds://x\",\"name\":\"a/v1/b\"},\"job\":{\"namespace\":\"n\",\"name\":\"j\"},\"run\":{\"runId\":"
        + "\"01956a4e-8c2f-7d3b-9a10-4f2e6b7c8d90\"}}";

    assertThat(OpenLineageSchemas.problems(json)).anyMatch(p -> p.startsWith("schemaURL"));
  }
}
