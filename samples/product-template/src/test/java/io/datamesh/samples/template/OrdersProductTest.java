package io.datamesh.samples.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.core.RegistrationResult;
import io.datamesh.testkit.TestData;
import io.datamesh.testkit.junit5.MeshExtension;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrdersProductTest {
  @RegisterExtension
  static final MeshExtension mesh = MeshExtension.create();

  @Test
  void the_product_registers_from_its_contract_file() {
    RegistrationResult registered = mesh.register(OrdersProduct.descriptor());

    assertThat(registered.product().outputPorts()).singleElement()
        .satisfies(port -> assertThat(port.address()).isEqualTo(OrdersProduct.ordersPort()));
  }

  @Test
  void published_orders_read_back_with_their_values() {
    mesh.register(OrdersProduct.descriptor());
    TestData orders = TestData.of(OrdersProduct.contract()).table("""
        order_id | customer_id | amount | status  | placed_at
        o-1      | c-1         | 12.50  | shipped | 2026-01-01T10:00:00Z
        o-2      | c-2         | 7.25   | null    | 2026-01-01T11:00:00Z
        """);

    mesh.publish(OrdersProduct.ordersPort(), orders);
    List<Map<String, Object>> rows = mesh.readRows(OrdersProduct.ordersPort());

    assertThat(rows).isEqualTo(orders.toMaps());
    assertThat(rows.stream().map(r -> (BigDecimal) r.get("amount")).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("19.75");
  }
}
