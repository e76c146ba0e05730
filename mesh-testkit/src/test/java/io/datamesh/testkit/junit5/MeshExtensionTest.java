package io.datamesh.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.event.MeshEventType;
import java.time.Duration;
import java.time.Instant;
import org.apache.arrow.memory.ArrowBuf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class MeshExtensionTest {
  @RegisterExtension
  static final MeshExtension mesh = MeshExtension.builder().setStart(Instant.parse("2026-06-01T00:00:00Z")).build();

  static DataProduct orders() {
    Contract c = Contract.builder().setId("orders").setVersion("1.0.0").addSchemaObject(SchemaObject
        .builder("orders").addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).build()).build()).build();
    return DataProduct.builder().setNamespace("com.example").setName("orders").setVersion("1.0.0")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("team@example.com"))
        .addOutputPort(OutputPort.builder("orders").setContract(c)).build();
  }

  @Test
  void each_test_gets_a_fresh_mesh_with_the_test_clock_and_the_in_memory_emitter() {
    assertThat(mesh.mesh().products()).isEmpty();
    mesh.register(orders());

    var e = mesh.events().await(ev -> ev.type() == MeshEventType.PRODUCT_REGISTERED, Duration.ofSeconds(30));
    assertThat(e.time()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    mesh.clock().advance(Duration.ofDays(1));
    assertThat(mesh.mesh().clock().instant()).isEqualTo(Instant.parse("2026-06-02T00:00:00Z"));
  }

  @Test
  void a_second_test_does_not_see_the_first_tests_products() {
    assertThat(mesh.mesh().products()).isEmpty();
    assertThat(mesh.events().events()).isEmpty();
  }

  @Test
  void a_test_that_leaks_arrow_memory_fails_naming_the_allocator_and_the_bytes() {
    Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(LeakingTest.class))
        .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
        .execute().testEvents();

    events.assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    Throwable failure = events.failed().stream().findFirst().orElseThrow()
        .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow();
    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Arrow memory leaked", "leaks_a_buffer", "1024 bytes");
  }

  /** Run only through the engine test kit above: one clean test, one that leaks 1 KiB. */
  @org.junit.jupiter.api.Disabled("run by MeshExtensionTest through the JUnit Platform test kit")
  static class LeakingTest {
    @RegisterExtension
    static final MeshExtension mesh = MeshExtension.create();

    @Test
    void clean() {
      try (ArrowBuf buf = mesh.mesh().allocator().buffer(1024)) {
        assertThat(buf.capacity()).isEqualTo(1024);
      }
    }

    @Test
    void leaks_a_buffer() {
      ArrowBuf leaked = mesh.mesh().allocator().buffer(1024);
      assertThat(leaked.capacity()).isEqualTo(1024);
    }
  }
}
