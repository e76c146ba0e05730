package io.datamesh.testkit.guide;

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
import io.datamesh.api.contract.Contract;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.core.Mesh;
import io.datamesh.core.RefreshPolicy;
import io.datamesh.core.RunResult;
import io.datamesh.core.contract.Contracts;
import io.datamesh.testkit.LeakCheck;
import io.datamesh.testkit.Rows;
import io.datamesh.testkit.TestClock;
import io.datamesh.testkit.TestData;
import io.datamesh.testkit.jqwik.MeshArbitraries;
import io.datamesh.testkit.junit5.MeshExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The examples of docs/testing.md, run; {@link TestingGuideTest} checks that the page shows this code. */
class OrdersProductTest {
  @RegisterExtension
  static final MeshExtension mesh = MeshExtension.create();

  static final Contract CONTRACT = Contracts.read("""
      apiVersion: v3.1.0
      kind: DataContract
      id: orders-contract
      version: 1.0.0
      status: active
      schema:
        - name: orders
          properties:
            - {name: order_id, logicalType: string, required: true}
            - {name: amount, logicalType: number, physicalType: "DECIMAL(12,2)"}
            - {name: placed_at, logicalType: timestamp, required: true}
      """);

  static final DataProduct ORDERS = DataProduct.builder()
      .setNamespace("com.example").setName("orders").setVersion("1.0.0")
      .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED))
      .setOwner(Owner.of("orders-team@example.com"))
      .addOutputPort(OutputPort.builder("orders").setContract(CONTRACT))
      .build();
  static final PortAddress ORDERS_PORT = ORDERS.outputPorts().get(0).address();

  @Test
  void registers_the_product() {
    mesh.register(ORDERS);

    assertThat(mesh.mesh().products()).containsExactly(ORDERS);
  }

  @Test
  void reads_back_what_was_published() {
    mesh.register(ORDERS);
    TestData orders = TestData.of(CONTRACT).table("""
        order_id | amount | placed_at
        o-1      | 12.50  | 2026-01-01T10:00:00Z
        o-2      | null   | 2026-01-01T11:00:00Z
        """);

    mesh.publish(ORDERS_PORT, orders);

    List<Map<String, Object>> rows = mesh.readRows(ORDERS_PORT);
    assertThat(rows).isEqualTo(orders.toMaps());
    assertThat(rows.get(0).get("amount")).isEqualTo(new BigDecimal("12.50"));
    assertThat(rows.get(1).get("placed_at")).isEqualTo(Instant.parse("2026-01-01T11:00:00Z"));
  }

  @Test
  void rejects_rows_that_break_the_contract() {
    assertThatThrownBy(() -> TestData.of(CONTRACT).row("o-1", "12.50", Instant.EPOCH))
        .hasMessageStartingWith("row 1, column 'amount': expected decimal(12,2)");
    assertThatThrownBy(() -> TestData.of(CONTRACT).row(null, null, Instant.EPOCH))
        .hasMessageStartingWith("row 1, column 'order_id': null in a required column");
  }

  static final DataProduct BIG_ORDERS = DataProduct.builder()
      .setNamespace("com.example").setName("big-orders").setVersion("1.0.0")
      .setDomain(Domain.of("sales", DomainKind.AGGREGATE))
      .setOwner(Owner.of("orders-team@example.com"))
      .addInputPort(InputPort.builder("orders").fromPort(ORDERS_PORT))
      .addOutputPort(OutputPort.builder("big_orders").setContract(CONTRACT))
      .build();

  @Test
  void the_transform_keeps_orders_over_ten() {
    mesh.register(ORDERS);
    mesh.register(BIG_ORDERS);
    mesh.mesh().setTransform(BIG_ORDERS.urn(), ctx -> {
      TestData big = TestData.of(CONTRACT);
      try (ArrowReader in = ctx.input("orders")) {
        for (Map<String, Object> o : Rows.readAll(in)) {
          if (o.get("amount") != null && ((BigDecimal) o.get("amount")).compareTo(BigDecimal.TEN) > 0) {
            big = big.row(o.get("order_id"), o.get("amount"), o.get("placed_at"));
          }
        }
      }
      ctx.publish("big_orders", big.build(ctx.allocator()));
    }, RefreshPolicy.manual());
    mesh.publish(ORDERS_PORT, TestData.of(CONTRACT).table("""
        order_id | amount | placed_at
        o-1      | 12.50  | 2026-01-01T10:00:00Z
        o-2      | 3.00   | 2026-01-01T11:00:00Z
        """));

    RunResult run = mesh.refresh(BIG_ORDERS.urn());

    assertThat(run).succeeded();
    assertThat(mesh.readRows(BIG_ORDERS.outputPorts().get(0).address()))
        .extracting(r -> r.get("order_id")).containsExactly("o-1");
  }

  @Test
  void the_clock_moves_only_when_the_test_says_so() {
    Instant start = mesh.clock().instant();
    mesh.clock().advance(Duration.ofHours(1));

    assertThat(mesh.mesh().clock().instant()).isEqualTo(start.plus(Duration.ofHours(1)));
  }

  @Property(tries = 50)
  void any_generated_orders_satisfy_the_contract(@ForAll("orders") List<List<Object>> rows) {
    assertThat(TestData.of(CONTRACT).rows(rows).rowCount()).isEqualTo(rows.size());
  }

  @Provide
  Arbitrary<List<List<Object>>> orders() {
    return MeshArbitraries.rowsFor(CONTRACT, "orders").ofMaxSize(20);
  }

  @Test
  void works_without_the_extension() throws Exception {
    try (LeakCheck leaks = LeakCheck.create("orders job");
        Mesh plain = Mesh.builder().setAllocator(leaks.allocator()).setClock(TestClock.create()).build()) {
      plain.register(ORDERS);
      plain.publish(ORDERS_PORT, TestData.of(CONTRACT).row("o-1", null, Instant.EPOCH).build(plain.allocator()));
      try (ArrowReader reader = plain.read(ReadRequest.of(ORDERS_PORT, Principal.anonymous()))) {
        assertThat(Rows.readAll(reader)).extracting(r -> r.get("order_id")).containsExactly("o-1");
      }
    }
  }
}
