package io.datamesh.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.PortAddress;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every event the mapper emits for generated products and attributes is valid OpenLineage 2-0-2. */
class LineageMappingProperties {
  @Property(tries = 60)
  void every_lifecycle_event_of_any_product_is_valid(@ForAll("products") DataProduct product,
      @ForAll boolean asRuns) {
    Map<io.datamesh.api.ProductUrn, DataProduct> registry = new LinkedHashMap<>();
    LineageMapper mapper = LineageMapper.builder().setProducts(u -> Optional.ofNullable(registry.get(u)))
        .setStaticEventsAsRuns(asRuns).build();
    registry.put(product.urn(), product);

    int registered = Fixtures.mapValid(mapper, Fixtures.product(MeshEventType.PRODUCT_REGISTERED, product)).size();
    int updated = Fixtures.mapValid(mapper, Fixtures.product(MeshEventType.PRODUCT_UPDATED, product)).size();
    registry.clear();
    int dropped = Fixtures.mapValid(mapper, Fixtures.product(MeshEventType.PRODUCT_DEREGISTERED, product)).size();

    int expected = product.outputPorts().isEmpty() ? 0 : asRuns ? 1 : product.outputPorts().size();
    assertThat(List.of(registered, updated, dropped)).containsOnly(expected);
  }

  @Property(tries = 100)
  void every_run_event_built_from_any_attributes_is_valid(@ForAll("ports") PortAddress port,
      @ForAll("types") MeshEventType type, @ForAll("attributes") Map<String, Object> attributes) {
    LineageMapper mapper = LineageMapper.builder().build();

    Fixtures.mapValid(mapper, MeshEvent.of(type, Fixtures.T0, port, attributes));
  }

  @Provide
  Arbitrary<DataProduct> products() {
    return ProductArbitraries.products();
  }

  @Provide
  Arbitrary<PortAddress> ports() {
    return ProductArbitraries.outputPorts();
  }

  @Provide
  Arbitrary<MeshEventType> types() {
    return Arbitraries.of(MeshEventType.SNAPSHOT_PUBLISHED, MeshEventType.PUBLISH_FAILED, MeshEventType.RUN_STARTED,
        MeshEventType.RUN_COMPLETED, MeshEventType.RUN_FAILED, MeshEventType.QUALITY_CHECKED);
  }

  @Provide
  Arbitrary<Map<String, Object>> attributes() {
    Arbitrary<Object> scalars = Arbitraries.oneOf(Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.doubles().map(d -> (Object) d), ProductArbitraries.texts().map(s -> (Object) s),
        Arbitraries.of(true, false).map(b -> (Object) b), ProductArbitraries.outputPorts().map(p -> (Object) p
            .toString()), Arbitraries.of((Object) "2026-03-01T10:15:00Z", "passed", "failed", "warning", "REPLACE"));
    Arbitrary<Object> metrics = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5),
        Arbitraries.maps(Arbitraries.of("nullCount", "distinctCount", "min", "max", "sum", "count", "quantiles"),
            scalars).ofMaxSize(4).map(m -> (Object) m)).ofMaxSize(3).map(m -> (Object) m);
    Arbitrary<Object> entries = Arbitraries.maps(Arbitraries.of("port", "snapshotId", "rows", "bytes", "outcome",
        "success", "name", "property", "field", "type", "masking", "metricValue", "mode"), scalars)
        .ofMaxSize(6).map(m -> (Object) m);
    Arbitrary<Object> lists = Arbitraries.oneOf(entries, scalars).list().ofMaxSize(3).map(l -> (Object) l);
    Arbitrary<Object> lineage = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5),
        lists).ofMaxSize(2).map(m -> (Object) m);
    Arbitrary<String> keys = Arbitraries.of("runId", "snapshotId", "rows", "bytes", "mode", "startedAt", "error",
        "stackTrace", "job", "inputs", "outputs", "metrics", "checks", "columnLineage", "parentRunId", "parentJob");
    return Arbitraries.maps(keys, Arbitraries.oneOf(scalars, lists, metrics, lineage)).ofMaxSize(8);
  }
}
