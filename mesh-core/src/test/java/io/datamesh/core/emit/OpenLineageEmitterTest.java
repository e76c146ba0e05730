package io.datamesh.core.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.event.MetadataEmitter;
import io.datamesh.core.Mesh;
import io.datamesh.core.lineage.LineageEvent;
import io.datamesh.core.lineage.LineageMapper;
import io.datamesh.core.lineage.OpenLineageSchemas;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenLineageEmitterTest {
  @TempDir
  Path dir;

  /** Records what it is sent; the in-memory double of a transport. */
  static final class Recording implements LineageTransport {
    final List<LineageEvent> events = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    @Override
    public void send(LineageEvent event) {
      events.add(event);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  static DataProduct orders() {
    Contract c = Contract.builder().setId("orders").setVersion("1.0.0")
        .addSchemaObject(SchemaObject.builder("orders")
            .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING).build()).build())
        .build();
    return DataProduct.builder().setNamespace("com.example").setName("orders").setVersion("1.0.0")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("orders-team@example.com"))
        .addOutputPort(OutputPort.builder("orders").setContract(c)).build();
  }

  @Test
  void a_mesh_describes_what_it_registers_and_closes_the_transports_when_it_closes() throws Exception {
    Recording recording = new Recording();
    Path file = dir.resolve("lineage.jsonl");
    Mesh mesh = Mesh.builder().addEmitterFactory(m -> OpenLineageEmitter.builder()
        .setMapper(LineageMapper.builder().setProducts(m::product).build())
        .addTransport(recording)
        .addTransport(LineageTransport.jsonLines(file, FsyncPolicy.ON_FLUSH))
        .addTransport(LineageTransport.log())
        .build()).build();

    mesh.register(orders());
    // Events are delivered asynchronously and the mapper looks the product up at delivery: wait for it first.
    assertThat(RecordingServer.await(() -> recording.events.size() == 1, Duration.ofSeconds(20))).isTrue();
    mesh.deregister(orders().urn());
    mesh.close();

    assertThat(recording.closed).isTrue();
    assertThat(recording.events).extracting(LineageEvent::json)
        .allSatisfy(OpenLineageSchemas::assertValid)
        .satisfiesExactly(
            created -> assertThat(created).contains("\"lifecycleStateChange\":\"CREATE\""),
            dropped -> assertThat(dropped).contains("\"lifecycleStateChange\":\"DROP\""));
    assertThat(Files.readAllLines(file)).containsExactlyElementsOf(
        recording.events.stream().map(LineageEvent::json).toList());
  }

  @Test
  void a_failing_transport_is_counted_and_the_others_still_receive_the_event() {
    Recording recording = new Recording();
    LineageTransport broken = e -> {
      throw new IllegalStateException("disk full");
    };
    OpenLineageEmitter emitter = OpenLineageEmitter.builder().addTransport(broken).addTransport(recording).build();

    emitter.emit(MeshEvent.of(MeshEventType.RUN_STARTED, Instant.parse("2026-03-01T10:00:00Z"),
        ProductUrn.parse("urn:dpds:com.example:dataproducts:orders:1"), Map.of("runId", "r1")));

    assertThat(emitter.failures()).isEqualTo(1);
    assertThat(recording.events).hasSize(1);
  }

  @Test
  void a_failing_mapping_is_counted_never_thrown() {
    Recording recording = new Recording();
    OpenLineageEmitter emitter = OpenLineageEmitter.builder().addTransport(recording)
        .setMapper(e -> {
          throw new IllegalStateException("bug");
        }).build();

    emitter.emit(MeshEvent.of(MeshEventType.PRODUCT_REGISTERED, Instant.EPOCH, orders().urn(), Map.of()));
    emitter.flush();
    emitter.close();

    assertThat(emitter.failures()).isEqualTo(1);
    assertThat(recording.events).isEmpty();
    assertThat(recording.closed).isTrue();
  }

  @Test
  void an_emitter_without_a_transport_is_a_configuration_error() {
    assertThatThrownBy(() -> OpenLineageEmitter.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("addTransport");
  }

  @Test
  void the_log_transport_writes_each_event_as_one_json_line_on_the_lineage_logger() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    LineageEvent event;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8)); // slf4j-simple writes to System.err
      OpenLineageEmitter emitter = OpenLineageEmitter.builder().addTransport(LineageTransport.log()).build();
      Recording recording = new Recording();
      OpenLineageEmitter.builder().addTransport(recording).build().emit(started());
      event = recording.events.get(0);
      emitter.emit(started());
    } finally {
      System.setErr(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("io.datamesh.lineage")))
        .singleElement().satisfies(line -> assertThat(line).contains("INFO").endsWith(event.json()));
  }

  @Test
  void a_composite_hands_every_event_to_every_emitter_even_past_one_that_throws() {
    Recording first = new Recording();
    Recording second = new Recording();
    MetadataEmitter composite = MetadataEmitter.composite(List.of(
        OpenLineageEmitter.builder().addTransport(first).build(),
        e -> {
          throw new IllegalStateException("catalog down");
        },
        OpenLineageEmitter.builder().addTransport(second).build()));

    assertThatThrownBy(() -> composite.emit(started())).hasMessageContaining("catalog down");

    assertThat(first.events).hasSize(1);
    assertThat(second.events).extracting(LineageEvent::json)
        .containsExactlyElementsOf(first.events.stream().map(LineageEvent::json).toList());
  }

  private static MeshEvent started() {
    return MeshEvent.of(MeshEventType.RUN_STARTED, Instant.parse("2026-03-01T10:00:00Z"),
        ProductUrn.parse("urn:dpds:com.example:dataproducts:orders:1"), Map.of("runId", "r1"));
  }
}
