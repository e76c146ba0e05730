package io.datamesh.core.lineage;

import static io.datamesh.core.lineage.Fixtures.CUSTOMERS;
import static io.datamesh.core.lineage.Fixtures.LINES;
import static io.datamesh.core.lineage.Fixtures.fieldNames;
import static io.datamesh.core.lineage.Fixtures.mapValid;
import static io.datamesh.core.lineage.Fixtures.orders;
import static io.datamesh.core.lineage.Fixtures.port;
import static io.datamesh.core.lineage.Fixtures.product;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.DataProduct;
import io.datamesh.api.event.MeshEventType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LineageMappingTest {
  private final Fixtures fx = new Fixtures();
  private final LineageMapper mapper = fx.mapper(false);

  private List<JsonNode> register(DataProduct p) {
    fx.registry.put(p.urn(), p);
    return mapValid(mapper, product(MeshEventType.PRODUCT_REGISTERED, p));
  }

  @Test
  void registering_a_product_describes_each_output_port_as_a_created_dataset() {
    List<JsonNode> events = register(orders("1.0.0", "totals"));

    assertThat(events).hasSize(2);
    JsonNode dataset = events.get(0).get("dataset");
    assertThat(dataset.get("namespace").asText()).isEqualTo("dpds://com.example");
    assertThat(dataset.get("name").asText()).isEqualTo("orders/v1/lines");
    assertThat(fieldNames(dataset.get("facets"))).containsExactly("schema", "documentation", "ownership",
        "dataSource", "lifecycleStateChange", "tags", "datamesh_product");
    JsonNode facets = dataset.get("facets");
    assertThat(facets.at("/lifecycleStateChange/lifecycleStateChange").asText()).isEqualTo("CREATE");
    assertThat(facets.at("/dataSource/uri").asText()).isEqualTo("grpc+tls://orders.sales.internal:8815");
    assertThat(facets.at("/schema/fields/2/fields/0/name").asText()).isEqualTo("email");
    assertThat(facets.at("/schema/fields/3/fields/0/type").asText()).isEqualTo("string");
    assertThat(facets.at("/tags/tags/1/field").asText()).isEqualTo("customer.email");
    assertThat(facets.at("/datamesh_product/status").asText()).isEqualTo("active");
    assertThat(facets.at("/datamesh_product/contract/id").asText()).isEqualTo("orders-lines");
    assertThat(events.get(1).at("/dataset/name").asText()).isEqualTo("orders/v1/totals");
  }

  @Test
  void a_new_version_alters_kept_ports_creates_new_ones_and_drops_removed_ones() {
    register(orders("1.0.0", "totals"));
    DataProduct next = orders("1.1.0", "daily");
    fx.registry.put(next.urn(), next);

    List<JsonNode> events = mapValid(mapper, product(MeshEventType.PRODUCT_UPDATED, next));

    assertThat(events).extracting(e -> e.at("/dataset/name").asText() + " "
            + e.at("/dataset/facets/lifecycleStateChange/lifecycleStateChange").asText())
        .containsExactly("orders/v1/lines ALTER", "orders/v1/daily CREATE", "orders/v1/totals DROP");
  }

  @Test
  void deregistering_drops_every_port_the_mapper_described_even_after_the_registry_forgot_it() {
    DataProduct p = orders("1.0.0");
    register(p);
    fx.registry.clear();

    List<JsonNode> events = mapValid(mapper, product(MeshEventType.PRODUCT_DEREGISTERED, p));

    assertThat(events).singleElement().satisfies(e ->
        assertThat(e.at("/dataset/facets/lifecycleStateChange/lifecycleStateChange").asText()).isEqualTo("DROP"));
  }

  @Test
  void a_deprecated_product_says_so_in_its_product_facet() {
    DataProduct p = io.datamesh.api.DataProduct.builder().setNamespace("com.example").setName("old")
        .setVersion("2.0.0").setDomain(io.datamesh.api.Domain.of("sales", io.datamesh.api.DomainKind.AGGREGATE))
        .setOwner(io.datamesh.api.Owner.of("x")).setStatus(io.datamesh.api.LifecycleStatus.DEPRECATED)
        .addOutputPort(io.datamesh.api.OutputPort.builder("o").setContract(Fixtures.linesContract("2.0.0")))
        .build();

    JsonNode facet = register(p).get(0).at("/dataset/facets/datamesh_product");

    assertThat(facet.get("status").asText()).isEqualTo("deprecated");
    assertThat(facet.get("domainKind").asText()).isEqualTo("aggregate");
    assertThat(facet.get("productUrn").asText()).isEqualTo("urn:dpds:com.example:dataproducts:old:2");
  }

  @Test
  void static_events_can_travel_as_one_other_run_on_a_synthetic_job_for_dataplex() {
    DataProduct p = orders("1.0.0", "totals");
    fx.registry.put(p.urn(), p);

    List<JsonNode> events = mapValid(fx.mapper(true), product(MeshEventType.PRODUCT_REGISTERED, p));

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.get("eventType").asText()).isEqualTo("OTHER");
      assertThat(e.at("/job/name").asText()).isEqualTo("orders/v1/descriptor");
      assertThat(e.get("outputs")).hasSize(2);
      assertThat(e.at("/outputs/0/facets/lifecycleStateChange/lifecycleStateChange").asText()).isEqualTo("CREATE");
    });
  }

  @Test
  void a_publish_is_a_run_that_starts_and_completes_with_pinned_inputs_statistics_and_metrics() {
    register(orders("1.0.0"));
    Map<String, Object> attrs = Map.of("snapshotId", 42L, "rows", 1000L, "bytes", 65536L, "mode", "REPLACE",
        "startedAt", "2026-03-01T10:15:00Z",
        "inputs", List.of(Map.of("port", CUSTOMERS, "snapshotId", 7), "postgres://db:5432/shop.public.orders"),
        "metrics", Map.of("amount", Map.of("nullCount", 2, "min", 0.5, "max", 99.0, "quantiles", Map.of("0.5", 31.2)),
            "order_id", Map.of("nullCount", 0, "distinctCount", 1000)),
        "columnLineage", Map.of("order_id", List.of(CUSTOMERS + "#id")));

    List<JsonNode> events = mapValid(mapper, port(MeshEventType.SNAPSHOT_PUBLISHED, LINES, attrs));

    assertThat(events).extracting(e -> e.get("eventType").asText()).containsExactly("START", "COMPLETE");
    assertThat(events.get(0).at("/run/runId")).isEqualTo(events.get(1).at("/run/runId"));
    assertThat(events.get(0).get("eventTime").asText()).isEqualTo("2026-03-01T10:15:00Z");
    JsonNode complete = events.get(1);
    assertThat(complete.at("/job/name").asText()).isEqualTo("orders/v1/lines/publish");
    assertThat(complete.at("/inputs/0/name").asText()).isEqualTo("customers/v1/customers");
    assertThat(complete.at("/inputs/0/facets/version/datasetVersion").asText()).isEqualTo("7");
    assertThat(complete.at("/inputs/1/namespace").asText()).isEqualTo("postgres://db:5432");
    JsonNode out = complete.at("/outputs/0");
    assertThat(out.at("/outputFacets/outputStatistics/rowCount").asLong()).isEqualTo(1000);
    assertThat(out.at("/outputFacets/outputStatistics/size").asLong()).isEqualTo(65536);
    assertThat(out.at("/facets/dataQualityMetrics/columnMetrics/amount/quantiles/0.5").asDouble()).isEqualTo(31.2);
    assertThat(out.at("/facets/lifecycleStateChange/lifecycleStateChange").asText()).isEqualTo("OVERWRITE");
    assertThat(out.at("/facets/version/datasetVersion").asText()).isEqualTo("42");
    assertThat(out.at("/facets/columnLineage/fields/order_id/inputFields/0/field").asText()).isEqualTo("id");
    assertThat(out.at("/facets/schema/fields/0/name").asText()).isEqualTo("order_id");
  }

  @Test
  void the_same_publish_reported_twice_names_the_same_run() {
    register(orders("1.0.0"));
    var event = port(MeshEventType.SNAPSHOT_PUBLISHED, LINES, Map.of("snapshotId", 3));

    assertThat(mapValid(mapper, event).get(0).at("/run/runId"))
        .isEqualTo(mapValid(mapper, event).get(0).at("/run/runId"));
  }

  @Test
  void a_publish_inside_a_transform_run_is_a_running_event_of_that_runs_product_job() {
    UUID run = UUID.randomUUID();

    List<JsonNode> events = mapValid(mapper, port(MeshEventType.SNAPSHOT_PUBLISHED, LINES,
        Map.of("runId", run.toString(), "snapshotId", 5, "rows", 10)));

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.get("eventType").asText()).isEqualTo("RUNNING");
      assertThat(e.at("/run/runId").asText()).isEqualTo(run.toString());
      assertThat(e.at("/job/name").asText()).isEqualTo("orders/v1/transform");
    });
  }

  @Test
  void a_failed_publish_is_a_run_that_starts_and_fails_with_the_error() {
    List<JsonNode> events = mapValid(mapper, port(MeshEventType.PUBLISH_FAILED, LINES,
        Map.of("error", "amount must not be negative", "stackTrace", "at Publisher.publish(Publisher.java:10)")));

    assertThat(events).extracting(e -> e.get("eventType").asText()).containsExactly("START", "FAIL");
    assertThat(events.get(1).at("/run/facets/errorMessage/message").asText()).isEqualTo("amount must not be negative");
    assertThat(events.get(1).at("/run/facets/errorMessage/programmingLanguage").asText()).isEqualTo("JAVA");
  }

  @Test
  void transform_runs_start_and_complete_or_fail_under_their_run_id() {
    register(orders("1.0.0"));
    String run = UUID.randomUUID().toString();
    var product = io.datamesh.api.ProductUrn.parse(Fixtures.ORDERS);
    var started = io.datamesh.api.event.MeshEvent.of(MeshEventType.RUN_STARTED, Fixtures.T0, product,
        Map.of("runId", run, "trigger", "schedule", "attempt", 1, "inputs", List.of(CUSTOMERS)));
    var completed = io.datamesh.api.event.MeshEvent.of(MeshEventType.RUN_COMPLETED, Fixtures.T0.plusSeconds(5),
        product, Map.of("runId", run, "outcome", "success", "inputs", List.of(Map.of("port", CUSTOMERS,
            "snapshotId", 9)), "outputs", List.of(Map.of("port", LINES, "snapshotId", 43, "rows", 5))));
    var failed = io.datamesh.api.event.MeshEvent.of(MeshEventType.RUN_FAILED, Fixtures.T0, product,
        Map.of("runId", "attempt-2", "error", "boom"));

    JsonNode start = mapValid(mapper, started).get(0);
    JsonNode complete = mapValid(mapper, completed).get(0);
    JsonNode fail = mapValid(mapper, failed).get(0);

    assertThat(start.get("eventType").asText()).isEqualTo("START");
    assertThat(start.at("/job/name").asText()).isEqualTo("orders/v1/transform");
    assertThat(complete.get("eventType").asText()).isEqualTo("COMPLETE");
    assertThat(complete.at("/run/runId").asText()).isEqualTo(run);
    assertThat(complete.at("/outputs/0/outputFacets/outputStatistics/rowCount").asLong()).isEqualTo(5);
    assertThat(fail.get("eventType").asText()).isEqualTo("FAIL");
    assertThat(fail.at("/run/facets/errorMessage/message").asText()).isEqualTo("boom");
  }

  @Test
  void a_run_event_without_a_run_id_maps_to_nothing() {
    var event = io.datamesh.api.event.MeshEvent.of(MeshEventType.RUN_STARTED, Fixtures.T0,
        io.datamesh.api.ProductUrn.parse(Fixtures.ORDERS), Map.of());

    assertThat(mapper.map(event)).isEmpty();
  }

  @Test
  void a_quality_check_is_a_validation_run_reading_the_snapshot_with_assertions_and_metrics() {
    List<JsonNode> events = mapValid(mapper, port(MeshEventType.QUALITY_CHECKED, LINES, Map.of(
        "snapshotId", 42, "rows", 1000,
        "metrics", Map.of("order_id", Map.of("nullCount", 0)),
        "checks", List.of(
            Map.of("name", "order_id_not_null", "outcome", "passed", "assertion", "not_null", "property", "order_id"),
            Map.of("name", "row_count", "outcome", "warning", "dimension", "completeness", "metricValue", 1000.0,
                "expected", ">= 2000"),
            Map.of("name", "skipped_one", "outcome", "skipped")))));

    assertThat(events).extracting(e -> e.get("eventType").asText()).containsExactly("START", "COMPLETE");
    JsonNode input = events.get(1).at("/inputs/0");
    assertThat(events.get(1).at("/job/name").asText()).isEqualTo("orders/v1/lines/quality");
    assertThat(input.get("name").asText()).isEqualTo("orders/v1/lines");
    JsonNode assertions = input.at("/inputFacets/dataQualityAssertions/assertions");
    assertThat(assertions).hasSize(2);
    assertThat(assertions.get(0).get("success").asBoolean()).isTrue();
    assertThat(assertions.get(1).get("success").asBoolean()).isFalse();
    assertThat(assertions.get(1).get("severity").asText()).isEqualTo("warn");
    assertThat(assertions.get(1).get("assertion").asText()).isEqualTo("completeness");
    assertThat(input.at("/inputFacets/dataQualityMetrics/rowCount").asLong()).isEqualTo(1000);
  }

  @Test
  void a_quality_check_names_the_publish_run_that_wrote_the_snapshot_as_its_parent_and_root() {
    register(orders("1.0.0"));
    JsonNode publish = mapValid(mapper, port(MeshEventType.SNAPSHOT_PUBLISHED, LINES, Map.of("snapshotId", 42L)))
        .get(1);

    List<JsonNode> validation = mapValid(mapper, port(MeshEventType.QUALITY_CHECKED, LINES,
        Map.of("snapshotId", 42, "checks", List.of())));

    assertThat(validation).hasSize(2).allSatisfy(e -> {
      JsonNode parent = e.at("/run/facets/parent");
      assertThat(parent.at("/run/runId")).isEqualTo(publish.at("/run/runId"));
      assertThat(parent.at("/job/namespace")).isEqualTo(publish.at("/job/namespace"));
      assertThat(parent.at("/job/name").asText()).isEqualTo("orders/v1/lines/publish")
          .isEqualTo(publish.at("/job/name").asText());
      assertThat(parent.at("/root/run/runId")).isEqualTo(publish.at("/run/runId"));
      assertThat(parent.at("/root/job/name")).isEqualTo(publish.at("/job/name"));
      assertThat(e.at("/run/runId")).isNotEqualTo(publish.at("/run/runId"));
    });
    assertThat(mapValid(mapper, port(MeshEventType.QUALITY_CHECKED, LINES, Map.of("snapshotId", 43)))
        .get(1).at("/run/facets/parent/run/runId")).as("another snapshot, another publish run")
        .isNotEqualTo(publish.at("/run/runId"));
  }

  @Test
  void a_quality_check_of_a_snapshot_a_transform_run_wrote_names_that_run_as_its_parent() {
    UUID run = UUID.randomUUID();

    JsonNode complete = mapValid(mapper, port(MeshEventType.QUALITY_CHECKED, LINES,
        Map.of("snapshotId", 5, "parentRunId", run.toString()))).get(1);
    JsonNode named = mapValid(mapper, port(MeshEventType.QUALITY_CHECKED, LINES,
        Map.of("snapshotId", 5, "parentRunId", run, "parentJob", "nightly"))).get(1);

    assertThat(complete.at("/run/facets/parent/run/runId").asText()).isEqualTo(run.toString());
    assertThat(complete.at("/run/facets/parent/job/name").asText()).isEqualTo("orders/v1/transform");
    assertThat(named.at("/run/facets/parent/job/name").asText()).isEqualTo("nightly");
  }

  @Test
  void a_quality_check_that_names_no_snapshot_has_no_parent() {
    JsonNode complete = mapValid(mapper, port(MeshEventType.QUALITY_CHECKED, LINES, Map.of("rows", 3))).get(1);

    assertThat(complete.at("/run/facets/parent").isMissingNode()).isTrue();
  }

  @Test
  void attributes_of_the_wrong_type_cost_a_facet_never_the_event() {
    List<JsonNode> events = mapValid(mapper, port(MeshEventType.SNAPSHOT_PUBLISHED, LINES, Map.of(
        "rows", "many", "bytes", List.of(1), "inputs", "not a list", "metrics", Map.of("x", "y"),
        "columnLineage", Map.of("a", 3), "startedAt", "yesterday")));

    assertThat(events).hasSize(2);
  }

  @Test
  void events_without_lineage_map_to_nothing() {
    assertThat(mapper.map(port(MeshEventType.INPUT_RESOLVED, Fixtures.ORDERS + ":inputports:customers",
        Map.of()))).isEmpty();
    assertThat(mapper.map(product(MeshEventType.PRODUCT_REGISTERED, orders("1.0.0")))).as("not in the registry")
        .isEmpty();
  }
}
