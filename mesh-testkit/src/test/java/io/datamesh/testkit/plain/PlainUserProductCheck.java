package io.datamesh.testkit.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datamesh.api.PortAddress;
import io.datamesh.testkit.Fixtures;
import io.datamesh.testkit.TestData;
import io.datamesh.testkit.junit5.MeshExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A product test as a user without AssertJ or jqwik writes it: JUnit's own assertions only. Run by
 * {@link WithoutOptionalDependenciesTest} in a JVM whose class path has neither (not by surefire: the name does
 * not end in Test).
 */
class PlainUserProductCheck {
  @RegisterExtension
  static final MeshExtension mesh = MeshExtension.create();

  @Test
  void registers_publishes_and_reads_orders() {
    PortAddress port = mesh.register(Fixtures.ordersProduct()).product().outputPorts().get(0).address();

    mesh.publish(port, TestData.of(Fixtures.orders()).table("""
        order_id | placed_at
        o-1      | 2026-01-01T10:00:00Z
        """));

    List<Map<String, Object>> rows = mesh.readRows(port);
    assertEquals(1, rows.size());
    assertEquals("o-1", rows.get(0).get("order_id"));
  }
}
