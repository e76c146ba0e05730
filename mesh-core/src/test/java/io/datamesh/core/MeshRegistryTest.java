package io.datamesh.core;

import static io.datamesh.core.Products.out;
import static io.datamesh.core.Products.reading;
import static io.datamesh.core.Products.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.InputPort;
import io.datamesh.api.LifecycleStatus;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeshRegistryTest {
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final Mesh mesh = Mesh.builder().addEmitter(events::add).setName("registry-test").build();

  @AfterEach
  void close() {
    mesh.close();
  }

  @Test
  void a_registered_product_is_found_by_urn_by_id_and_in_the_product_list() {
    DataProduct orders = source("orders", "1.0.0");
    RegistrationResult r = mesh.register(orders);

    assertThat(r.action()).isEqualTo(RegistrationResult.Action.REGISTERED);
    assertThat(mesh.product(ProductUrn.parse("urn:dpds:com.example:dataproducts:orders:1"))).contains(orders);
    assertThat(mesh.product(orders.urn().id())).contains(orders);
    assertThat(mesh.products()).containsExactly(orders);
  }

  @Test
  void re_registering_an_identical_descriptor_changes_nothing_and_emits_nothing() {
    mesh.register(source("orders", "1.0.0"));
    RegistrationResult again = mesh.register(source("orders", "1.0.0"));
    mesh.close();

    assertThat(again.action()).isEqualTo(RegistrationResult.Action.UNCHANGED);
    assertThat(events).extracting(MeshEvent::type).containsExactly(MeshEventType.PRODUCT_REGISTERED);
  }

  @Test
  void a_different_descriptor_with_the_same_version_is_already_exists() {
    mesh.register(source("orders", "1.0.0"));
    DataProduct changed = Products.product("orders", "1.0.0", DomainKind.SOURCE_ALIGNED)
        .setDescription("changed without a version bump")
        .addOutputPort(OutputPort.builder("orders").setContract(Products.contract("orders", "1.0.0", "id")))
        .build();

    assertThatThrownBy(() -> mesh.register(changed)).isInstanceOfSatisfying(MeshException.class, e -> {
      assertThat(e.status()).isEqualTo(MeshStatus.ALREADY_EXISTS);
      assertThat(e.getMessage()).contains("urn:dpds:com.example:dataproducts:orders:1", "1.0.0", "new version");
    });
  }

  @Test
  void a_new_minor_replaces_the_registered_version() {
    mesh.register(source("orders", "1.0.0"));
    RegistrationResult r = mesh.register(source("orders", "1.1.0"));

    assertThat(r.action()).isEqualTo(RegistrationResult.Action.REPLACED);
    assertThat(mesh.products()).singleElement().extracting(p -> p.version().toString()).isEqualTo("1.1.0");
  }

  @Test
  void an_older_version_is_refused() {
    mesh.register(source("orders", "1.2.0"));

    assertThatThrownBy(() -> mesh.register(source("orders", "1.1.0")))
        .isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.FAILED_PRECONDITION);
          assertThat(e.getMessage()).contains("older", "1.2.0");
        });
  }

  @Test
  void a_minor_that_drops_an_output_port_or_bumps_its_contract_major_is_refused() {
    mesh.register(source("orders", "1.0.0"));
    DataProduct dropped = Products.product("orders", "1.1.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("other").setContract(Products.contract("other", "1.0.0", "id")))
        .build();
    DataProduct bumped = Products.product("orders", "1.1.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("orders").setContract(Products.contract("orders", "2.0.0", "id")))
        .build();

    assertThatThrownBy(() -> mesh.register(dropped)).isInstanceOfSatisfying(MeshException.class, e -> {
      assertThat(e.status()).isEqualTo(MeshStatus.FAILED_PRECONDITION);
      assertThat(e.getMessage()).contains("removes output port 'orders'", "2.0.0");
    });
    assertThatThrownBy(() -> mesh.register(bumped)).isInstanceOfSatisfying(MeshException.class, e -> {
      assertThat(e.status()).isEqualTo(MeshStatus.FAILED_PRECONDITION);
      assertThat(e.getMessage()).contains("port major bump requires a product major bump");
    });
  }

  @Test
  void a_new_major_lives_beside_the_old_one() {
    mesh.register(source("orders", "1.3.0"));
    mesh.register(source("orders", "2.0.0"));

    assertThat(mesh.products()).extracting(p -> p.urn().toString()).containsExactly(
        "urn:dpds:com.example:dataproducts:orders:1", "urn:dpds:com.example:dataproducts:orders:2");
  }

  @Test
  void an_input_whose_upstream_is_missing_is_pending_until_the_upstream_registers() {
    RegistrationResult r = mesh.register(reading("revenue", "1.0.0", out("orders")));
    PortAddress input = r.product().inputPorts().get(0).address();

    assertThat(r.pendingInputs()).containsExactly(input);
    assertThat(r.warnings()).singleElement().asString().contains("pending", "orders", "UNAVAILABLE");
    assertThatThrownBy(() -> mesh.resolveInput(input)).isInstanceOfSatisfying(MeshException.class,
        e -> assertThat(e.status()).isEqualTo(MeshStatus.UNAVAILABLE));

    mesh.register(source("orders", "1.0.0"));

    assertThat(mesh.resolveInput(input)).isEqualTo(PortAddress.parse(out("orders")));
    assertThat(mesh.pendingInputs()).isEmpty();
    mesh.deregister(ProductUrn.parse("urn:dpds:com.example:dataproducts:orders:1"));
    assertThat(mesh.pendingInputs()).containsExactly(input);
    mesh.close();
    assertThat(events).extracting(MeshEvent::type).containsExactly(MeshEventType.PRODUCT_REGISTERED,
        MeshEventType.PRODUCT_REGISTERED, MeshEventType.INPUT_RESOLVED, MeshEventType.PRODUCT_DEREGISTERED);
  }

  @Test
  void an_input_reading_an_upstream_that_lacks_the_port_is_pending_with_the_reason() {
    mesh.register(source("orders", "1.0.0"));
    RegistrationResult r = mesh.register(reading("revenue", "1.0.0",
        "urn:dpds:com.example:dataproducts:orders:1:outputports:missing"));

    assertThat(r.warnings()).singleElement().asString().contains("has no output port 'missing'");
  }

  @Test
  void an_input_accepting_another_contract_major_is_reported() {
    mesh.register(source("orders", "1.0.0"));
    DataProduct p = Products.product("revenue", "1.0.0", DomainKind.AGGREGATE)
        .addInputPort(InputPort.builder("orders").fromPort(out("orders")).setAcceptedMajor(2))
        .build();

    assertThat(mesh.register(p).warnings()).singleElement().asString().contains("accepts contract major 2");
  }

  @Test
  void a_dependency_cycle_is_refused_naming_the_cycle() {
    mesh.register(reading("a", "1.0.0", out("b")));
    DataProduct b = reading("b", "1.0.0", out("a"));

    assertThatThrownBy(() -> mesh.register(b)).isInstanceOfSatisfying(MeshException.class, e -> {
      assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT);
      assertThat(e.getMessage()).contains("[no-cycles]", "dataproducts:b:1 -> urn:dpds:com.example:dataproducts:a:1"
          + " -> urn:dpds:com.example:dataproducts:b:1");
    });
    assertThat(mesh.product(b.urn())).isEmpty();
  }

  @Test
  void a_product_reading_itself_is_refused() {
    assertThatThrownBy(() -> mesh.register(reading("a", "1.0.0", out("a"))))
        .isInstanceOfSatisfying(MeshException.class, e -> assertThat(e.getMessage())
            .contains("[no-cycles]", "inputports port 'in0'", "its own product"));
  }

  @Test
  void every_broken_rule_of_a_foreign_descriptor_is_reported_at_once() {
    DataProduct good = reading("a", "1.0.0", out("b"));
    DataProduct broken = new ForeignProduct(good, "2.0.0", true);

    assertThatThrownBy(() -> mesh.register(broken)).isInstanceOfSatisfying(MeshException.class, e -> {
      assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT);
      assertThat(e.getMessage()).contains("2 problems", "[major-matches-urn]", "[unique-port-names]",
          "outputports port 'a'");
    });
  }

  @Test
  void find_matches_every_criterion_that_is_set() {
    DataProduct orders = Products.product("orders", "1.0.0", DomainKind.SOURCE_ALIGNED).addTag("PII")
        .addOutputPort(OutputPort.builder("orders").setContract(Products.contract("orders", "1.0.0", "email")))
        .build();
    DataProduct revenue = Products.product("revenue", "1.0.0", DomainKind.AGGREGATE)
        .setStatus(LifecycleStatus.DEPRECATED)
        .addOutputPort(OutputPort.builder("revenue").setContract(Products.contract("revenue", "1.0.0", "total")))
        .build();
    mesh.register(orders);
    mesh.register(revenue);

    assertThat(mesh.find(ProductQuery.all())).containsExactly(orders, revenue);
    assertThat(mesh.find(ProductQuery.builder().setDomain("SALES").build())).hasSize(2);
    assertThat(mesh.find(ProductQuery.builder().setKind(DomainKind.AGGREGATE).build())).containsExactly(revenue);
    assertThat(mesh.find(ProductQuery.builder().addTag("pii").build())).containsExactly(orders);
    assertThat(mesh.find(ProductQuery.builder().setOwner("revenue-team@example.com").build()))
        .containsExactly(revenue);
    assertThat(mesh.find(ProductQuery.builder().setStatus(LifecycleStatus.DEPRECATED).build()))
        .containsExactly(revenue);
    assertThat(mesh.find(ProductQuery.builder().setFieldName("Email").build())).containsExactly(orders);
    assertThat(mesh.find(ProductQuery.builder().setFieldName("email").setKind(DomainKind.AGGREGATE).build()))
        .isEmpty();
  }

  @Test
  void a_failing_emitter_never_fails_a_registration_and_the_others_still_receive_events() {
    List<MeshEvent> seen = new CopyOnWriteArrayList<>();
    try (Mesh m = Mesh.builder().addEmitter(e -> {
      throw new IllegalStateException("catalog down");
    }).addEmitter(seen::add).build()) {
      assertThat(m.register(source("orders", "1.0.0")).action()).isEqualTo(RegistrationResult.Action.REGISTERED);
      m.close();
      assertThat(seen).extracting(MeshEvent::type).containsExactly(MeshEventType.PRODUCT_REGISTERED);
    }
  }

  @Test
  void a_closed_mesh_refuses_work_and_leaves_no_thread_behind() {
    mesh.register(source("orders", "1.0.0"));
    mesh.close();

    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("registry-test-"));
    assertThatThrownBy(() -> mesh.register(source("x", "1.0.0"))).isInstanceOfSatisfying(MeshException.class,
        e -> assertThat(e.status()).isEqualTo(MeshStatus.FAILED_PRECONDITION));
  }
}
