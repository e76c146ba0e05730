package io.datamesh.samples.template;

import static io.datamesh.testkit.assertj.MeshAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.core.RefreshPolicy;
import io.datamesh.core.RegistrationResult;
import io.datamesh.core.RunResult;
import io.datamesh.core.governance.PolicySet;
import io.datamesh.testkit.TestData;
import io.datamesh.testkit.junit5.MeshExtension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The products in a real in-process mesh: registered under the policies, published, gated and transformed. */
class OrdersProductTest {
  // A fresh mesh per test, with the global built-ins and the sales domain's policies, as the host configures them.
  @RegisterExtension
  static final MeshExtension mesh = MeshExtension.builder().configure(b -> b
      .setPolicies(PolicySet.builtIns())
      .addDomainPolicies("sales", GovernanceTest.salesPolicies())).build();

  private static final TestData ORDERS = TestData.of(OrdersProduct.contract()).table("""
      order_id | customer_id | amount | status  | placed_at
      o-1      | c-1         | 12.50  | shipped | 2026-01-01T10:00:00Z
      o-2      | c-2         | 7.25   | null    | 2026-01-01T11:00:00Z
      o-3      | c-1         | 30.00  | placed  | 2026-01-02T09:30:00Z
      """);

  @Test
  void the_products_register_from_their_contract_files_without_warnings() {
    RegistrationResult orders = mesh.register(OrdersProduct.descriptor());
    RegistrationResult revenue = mesh.register(DailyRevenue.descriptor());

    assertThat(orders.product().outputPorts()).singleElement()
        .satisfies(port -> assertThat(port.address()).isEqualTo(OrdersProduct.ordersPort()));
    assertThat(orders.warnings()).isEmpty();
    assertThat(revenue.warnings()).isEmpty();
    assertThat(revenue.pendingInputs()).isEmpty();
  }

  @Test
  void published_orders_read_back_with_their_values() {
    mesh.register(OrdersProduct.descriptor());

    mesh.publish(OrdersProduct.ordersPort(), ORDERS);
    List<Map<String, Object>> rows = mesh.readRows(OrdersProduct.ordersPort());

    assertThat(rows).isEqualTo(ORDERS.toMaps());
  }

  @Test
  void a_batch_that_breaks_a_quality_rule_is_rejected_and_the_last_good_snapshot_keeps_serving() {
    mesh.register(OrdersProduct.descriptor());
    mesh.publish(OrdersProduct.ordersPort(), ORDERS);
    TestData refund = TestData.of(OrdersProduct.contract()).table("""
        order_id | customer_id | amount | placed_at
        o-4      | c-2         | -5.00  | 2026-01-03T08:00:00Z
        """);

    assertThatThrownBy(() -> mesh.publish(OrdersProduct.ordersPort(), refund)) // amount has `minimum: 0`
        .isInstanceOfSatisfying(MeshException.class,
            e -> assertThat(e.status()).isEqualTo(MeshStatus.QUALITY_GATE_FAILED))
        .hasMessageContaining("amount");
    assertThat(mesh.readRows(OrdersProduct.ordersPort())).isEqualTo(ORDERS.toMaps());
  }

  @Test
  void the_transform_sums_the_orders_per_day() {
    mesh.register(OrdersProduct.descriptor());
    mesh.register(DailyRevenue.descriptor());
    mesh.mesh().setTransform(DailyRevenue.descriptor().urn(), new DailyRevenue(), RefreshPolicy.manual());
    mesh.publish(OrdersProduct.ordersPort(), ORDERS);

    RunResult run = mesh.refresh(DailyRevenue.descriptor().urn());

    assertThat(run).succeeded();
    assertThat(mesh.readRows(DailyRevenue.revenuePort())).containsExactly(
        Map.of("day", LocalDate.parse("2026-01-01"), "orders", 2L, "revenue", new BigDecimal("19.75")),
        Map.of("day", LocalDate.parse("2026-01-02"), "orders", 1L, "revenue", new BigDecimal("30.00")));
  }
}
