package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.MeshException;
import io.datamesh.core.emit.LineageTransport;
import io.datamesh.core.emit.OpenLineageEmitter;
import io.datamesh.core.lineage.LineageMapper;
import io.datamesh.core.lineage.OpenLineageSchemas;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** A real transform run, through the real mesh, becomes OpenLineage START and COMPLETE with its pinned datasets. */
class RunLineageTest {
  @Test
  void a_transform_run_emits_start_and_complete_with_its_datasets_and_declared_column_lineage() throws Exception {
    List<String> sent = aggRun(ctx -> {
      ctx.declareLineage("agg", "amount", "in0", "amount");
      ctx.publish("agg", ctx.input("in0"));
    });
    sent.forEach(OpenLineageSchemas::assertValid);
    List<String> runs = sent.stream().filter(j -> j.contains("\"eventType\":\"COMPLETE\"")
        && j.contains("\"name\":\"orders/v1/orders\"") && j.contains("\"name\":\"agg/v1/agg\"")).toList();
    assertThat(runs).as("COMPLETE of the transform run, reading orders and writing agg, among %s", sent)
        .hasSize(1);
    assertThat(runs.get(0)).as("the declared column lineage").contains("\"columnLineage\"", "\"amount\"",
        "\"namespace\":\"dpds://com.example\"");
    assertThat(sent.stream().filter(j -> j.contains("\"eventType\":\"START\"") && j.contains("agg/v1/agg")))
        .isNotEmpty();
  }

  @Test
  void a_transform_output_is_reported_inside_the_transform_run_and_its_validation_run_names_that_run()
      throws Exception {
    List<String> sent = aggRun(ctx -> ctx.publish("agg", ctx.input("in0")));
    sent.forEach(OpenLineageSchemas::assertValid);
    List<JsonNode> aggJobs = parsed(sent).stream().filter(e -> e.at("/job/name").asText().startsWith("agg/"))
        .toList();
    assertThat(aggJobs).as("no publish run of its own for the transform's output, among %s", sent)
        .noneMatch(e -> e.at("/job/name").asText().endsWith("/publish"));
    JsonNode complete = aggJobs.stream().filter(e -> e.get("eventType").asText().equals("COMPLETE")
        && e.at("/job/name").asText().equals("agg/v1/transform")).findFirst().orElseThrow();
    String transformRun = complete.at("/run/runId").asText();
    assertThat(aggJobs.stream().filter(e -> e.get("eventType").asText().equals("RUNNING")))
        .as("the output's publish, inside the transform run").singleElement()
        .satisfies(e -> assertThat(e.at("/run/runId").asText()).isEqualTo(transformRun));
    assertThat(aggJobs.stream().filter(e -> e.at("/job/name").asText().equals("agg/v1/agg/quality")
        && e.get("eventType").asText().equals("COMPLETE"))).singleElement().satisfies(e -> {
          assertThat(e.at("/run/facets/parent/run/runId").asText()).isEqualTo(transformRun);
          assertThat(e.at("/run/facets/parent/job/name").asText()).isEqualTo("agg/v1/transform");
        });
  }

  @Test
  void a_real_publish_overwrites_its_dataset_and_its_validation_run_names_the_publish_run_as_parent()
      throws Exception {
    List<String> sent = new CopyOnWriteArrayList<>();
    try (Mesh mesh = recording(sent)) {
      mesh.register(Orders.product());
      mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
      mesh.close(Duration.ofSeconds(5));
    }
    sent.forEach(OpenLineageSchemas::assertValid);
    List<JsonNode> events = parsed(sent);
    List<JsonNode> publish = events.stream().filter(e -> e.at("/job/name").asText().endsWith("/publish")).toList();
    List<JsonNode> validation = events.stream().filter(e -> e.at("/job/name").asText().endsWith("/quality"))
        .toList();
    assertThat(publish).as("START and COMPLETE of the publish run among %s", sent).hasSize(2);
    assertThat(validation).as("START and COMPLETE of the validation run among %s", sent).hasSize(2)
        .allSatisfy(e -> {
          assertThat(e.at("/run/facets/parent/run/runId")).isEqualTo(publish.get(1).at("/run/runId"));
          assertThat(e.at("/run/facets/parent/job/name")).isEqualTo(publish.get(1).at("/job/name"));
          assertThat(e.at("/inputs/0/name")).isEqualTo(publish.get(1).at("/outputs/0/name"));
        });
    JsonNode out = publish.get(1).at("/outputs/0");
    assertThat(out.at("/facets/lifecycleStateChange/lifecycleStateChange").asText())
        .as("a snapshot replaces the port's content").isEqualTo("OVERWRITE");
    assertThat(out.at("/facets/dataQualityMetrics/rowCount").asLong()).isEqualTo(10);
    assertThat(out.at("/outputFacets/outputStatistics/rowCount").asLong()).isEqualTo(10);
    assertThat(validation.get(1).at("/inputs/0/facets/version/datasetVersion").asText()).as("the snapshot checked")
        .isEqualTo(out.at("/facets/version/datasetVersion").asText()).isEqualTo("1");
  }

  @Test
  void a_publish_the_quality_gate_rejects_is_a_failed_run_that_says_why() throws Exception {
    List<String> sent = new CopyOnWriteArrayList<>();
    try (Mesh mesh = recording(sent)) {
      mesh.register(Orders.product());
      VectorSchemaRoot bad = Orders.batch(mesh.allocator(), 0, 4);
      ((BigIntVector) bad.getVector("id")).setNull(0);
      assertThatThrownBy(() -> mesh.publish(Orders.PORT, bad)).isInstanceOf(MeshException.class);
      mesh.close(Duration.ofSeconds(5));
    }
    sent.forEach(OpenLineageSchemas::assertValid);
    List<JsonNode> events = parsed(sent);
    List<JsonNode> fail = events.stream().filter(e -> e.path("eventType").asText().equals("FAIL")).toList();
    assertThat(fail).as("the FAIL of the publish run among %s", sent).singleElement().satisfies(e -> {
      assertThat(e.at("/job/name").asText()).isEqualTo("orders/v1/orders/publish");
      assertThat(e.at("/run/facets/errorMessage/message").asText()).as("the gate's reason, not a generic text")
          .contains("id").doesNotStartWith("publish of");
    });
    List<JsonNode> validation = events.stream().filter(e -> e.at("/job/name").asText()
        .equals("orders/v1/orders/quality") && e.path("eventType").asText().equals("COMPLETE")).toList();
    assertThat(validation).as("the validation run of the rejected snapshot, naming the failed assertion")
        .singleElement().satisfies(e -> {
          JsonNode assertions = e.at("/inputs/0/inputFacets/dataQualityAssertions/assertions");
          assertThat(assertions.findValuesAsText("success")).contains("false");
          assertThat(e.at("/inputs/0/facets/version").isMissingNode()).as("the snapshot never existed").isTrue();
          assertThat(e.at("/inputs/0/inputFacets/dataQualityMetrics/columnMetrics/id/nullCount").asLong())
              .as("column metrics of the checked rows").isEqualTo(1);
        });
  }

  @Test
  void a_transform_output_the_gate_rejects_stays_inside_the_transform_run() throws Exception {
    List<String> sent = aggRun(ctx -> {
      VectorSchemaRoot bad = Orders.batch(ctx.allocator(), 0, 4);
      ((BigIntVector) bad.getVector("id")).setNull(0); // id is required: the gate rejects the output
      ctx.publish("agg", bad);
    });
    sent.forEach(OpenLineageSchemas::assertValid);
    List<JsonNode> aggJobs = parsed(sent).stream().filter(e -> e.at("/job/name").asText().startsWith("agg/"))
        .toList();
    String transformRun = aggJobs.stream().filter(e -> e.at("/job/name").asText().equals("agg/v1/transform"))
        .findFirst().orElseThrow().at("/run/runId").asText();
    assertThat(aggJobs).as("no orphan publish run for the rejected output, among %s", sent)
        .noneMatch(e -> e.at("/job/name").asText().endsWith("/publish"));
    assertThat(aggJobs.stream().filter(e -> e.at("/job/name").asText().equals("agg/v1/agg/quality")
        && e.get("eventType").asText().equals("COMPLETE"))).singleElement().satisfies(e -> {
          assertThat(e.at("/run/facets/parent/run/runId").asText()).isEqualTo(transformRun);
          assertThat(e.at("/inputs/0/inputFacets/dataQualityAssertions/assertions").findValuesAsText("success"))
              .contains("false");
        });
  }

  /**
   * Registers orders and an aggregate {@code agg} reading them, publishes 10 orders, runs {@code transform} once as
   * agg's transform and closes the mesh (delivering every event); returns the OpenLineage events as JSON.
   */
  private static List<String> aggRun(Transform transform) {
    List<String> sent = new CopyOnWriteArrayList<>();
    try (Mesh mesh = recording(sent)) {
      mesh.register(Orders.product());
      DataProduct agg = Chain.product("agg", DomainKind.AGGREGATE, new String[] {"agg"}, Orders.PORT);
      mesh.register(agg);
      mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
      mesh.setTransform(agg.urn(), transform, RefreshPolicy.manual());
      mesh.refresh(agg.urn());
      mesh.close(Duration.ofSeconds(5));
    }
    return sent;
  }

  /** A mesh whose OpenLineage events, as JSON, go to {@code sent}. */
  private static Mesh recording(List<String> sent) {
    LineageTransport recording = event -> sent.add(event.json());
    return Mesh.builder().addEmitterFactory(m -> OpenLineageEmitter.builder()
        .setMapper(LineageMapper.builder().setProducts(m::product).build()).addTransport(recording).build())
        .build();
  }

  /** Parses each event. */
  private static List<JsonNode> parsed(List<String> sent) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> events = new ArrayList<>();
    for (String s : sent) {
      events.add(json.readTree(s));
    }
    return events;
  }
}
