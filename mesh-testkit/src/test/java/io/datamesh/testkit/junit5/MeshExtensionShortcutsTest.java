package io.datamesh.testkit.junit5;

import static io.datamesh.testkit.assertj.MeshAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.InputPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortAddress;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.core.PublishResult;
import io.datamesh.core.RefreshPolicy;
import io.datamesh.core.RunResult;
import io.datamesh.testkit.Fixtures;
import io.datamesh.testkit.Rows;
import io.datamesh.testkit.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MeshExtensionShortcutsTest {
  @RegisterExtension
  static final MeshExtension mesh = MeshExtension.create();

  static final DataProduct ORDERS = Fixtures.ordersProduct();
  static final PortAddress ORDERS_PORT = ORDERS.outputPorts().get(0).address();
  static final TestData TWO_ORDERS = TestData.of(Fixtures.orders()).table("""
      order_id | amount | placed_at
      o-1      | 12.50  | 2026-01-01T10:00:00Z
      o-2      | 3.00   | 2026-01-01T11:00:00Z
      """);

  /** Reads orders and publishes those over 10 under the same contract. */
  static DataProduct bigOrders() {
    return DataProduct.builder().setNamespace("com.example").setName("big-orders").setVersion("1.0.0")
        .setDomain(Domain.of("sales", DomainKind.AGGREGATE)).setOwner(Owner.of("orders@example.com"))
        .addInputPort(InputPort.builder("orders").fromPort(ORDERS_PORT))
        .addOutputPort(OutputPort.builder("orders").setContract(Fixtures.orders())).build();
  }

  @Test
  void published_test_data_reads_back_as_rows_of_plain_values() {
    mesh.register(ORDERS);

    PublishResult published = mesh.publish(ORDERS_PORT, TWO_ORDERS);

    assertThat(published.rows()).isEqualTo(2);
    assertThat(mesh.readRows(ORDERS_PORT)).isEqualTo(TWO_ORDERS.toMaps());
  }

  @Test
  void a_batch_built_in_the_mesh_allocator_publishes_and_reads_with_a_request() throws Exception {
    mesh.register(ORDERS);
    mesh.publish(ORDERS_PORT, TWO_ORDERS.build(mesh.mesh().allocator()));

    List<Map<String, Object>> ids = mesh.readRows(ReadRequest.builder(ORDERS_PORT, Principal.anonymous())
        .addColumn("order_id").build());
    try (ArrowReader reader = mesh.read(ORDERS_PORT)) {
      assertThat(Rows.readAll(reader)).hasSize(2);
    }

    assertThat(ids).containsExactly(Map.of("order_id", "o-1"), Map.of("order_id", "o-2"));
    assertThat(mesh.mesh().openReads()).isEmpty();
  }

  @Test
  void a_reader_published_through_the_extension_replaces_the_snapshot() throws Exception {
    mesh.register(ORDERS);
    mesh.publish(ORDERS_PORT, TWO_ORDERS);
    mesh.register(bigOrders());
    PortAddress copy = bigOrders().outputPorts().get(0).address();

    try (ArrowReader reader = mesh.read(ORDERS_PORT)) {
      mesh.publish(copy, reader);
    }

    assertThat(mesh.readRows(copy)).isEqualTo(TWO_ORDERS.toMaps());
  }

  @Test
  void refresh_runs_the_transform_and_its_result_reads_back() {
    mesh.register(ORDERS);
    mesh.publish(ORDERS_PORT, TWO_ORDERS);
    DataProduct big = mesh.register(bigOrders()).product();
    mesh.mesh().setTransform(big.urn(), ctx -> {
      List<Map<String, Object>> orders;
      try (ArrowReader in = ctx.input("orders")) {
        orders = Rows.readAll(in);
      }
      TestData out = TestData.of(Fixtures.orders());
      for (Map<String, Object> o : orders) {
        if (((BigDecimal) o.get("amount")).compareTo(BigDecimal.TEN) > 0) {
          out = out.row(o.get("order_id"), o.get("amount"), o.get("placed_at"));
        }
      }
      ctx.publish("orders", out.build(ctx.allocator()));
    }, RefreshPolicy.manual());

    RunResult run = mesh.refresh(big.urn());

    assertThat(run).succeeded().publishedRows(big.outputPorts().get(0).address(), 1);
    assertThat(mesh.readRows(big.outputPorts().get(0).address())).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("order_id", "o-1")
            .containsEntry("placed_at", Instant.parse("2026-01-01T10:00:00Z")));
  }

  @Test
  void a_failed_run_fails_the_assertion_with_the_runs_error() {
    mesh.register(ORDERS);
    DataProduct big = mesh.register(bigOrders()).product();
    mesh.mesh().setTransform(big.urn(), ctx -> {
      throw new IllegalStateException("upstream is empty");
    }, RefreshPolicy.manual());

    RunResult run = mesh.refresh(big.urn());

    assertThat(run).failed();
    assertThatThrownBy(() -> assertThat(run).succeeded()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be SUCCEEDED but it was FAILED", "upstream is empty");
  }

  @Test
  void the_shortcuts_fail_clearly_outside_a_test() {
    MeshExtension unused = MeshExtension.create();

    assertThatThrownBy(() -> unused.readRows(ORDERS_PORT)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("@RegisterExtension");
  }
}
