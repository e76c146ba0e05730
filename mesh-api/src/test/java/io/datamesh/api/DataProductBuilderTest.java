package io.datamesh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataProductBuilderTest {
  private static DataProductBuilder minimal() {
    return DataProduct.builder().setNamespace("com.example").setName("orders").setVersion("1.2.3")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("team@example.com"));
  }

  @Test
  void the_urn_carries_the_namespace_the_name_and_the_major_version() {
    DataProduct p = minimal().build();

    assertThat(p.urn().toString()).isEqualTo("urn:dpds:com.example:dataproducts:orders:1");
    assertThat(p.id()).hasToString("642fdfed-5a87-587d-ad33-539589ca4bba");
    assertThat(p.status()).isEqualTo(LifecycleStatus.ACTIVE);
  }

  @Test
  void ports_get_addresses_under_the_product_urn() {
    DataProduct p = minimal()
        .addInputPort(InputPort.builder("raw").fromExternal("kafka://orders"))
        .addPort(PortKind.DISCOVERY, "catalog", "the descriptor")
        .build();

    assertThat(p.ports()).extracting(port -> port.address().toString()).containsExactly(
        "urn:dpds:com.example:dataproducts:orders:1:inputports:raw",
        "urn:dpds:com.example:dataproducts:orders:1:discoveryports:catalog");
    assertThat(p.port(PortKind.DISCOVERY, "catalog")).get().isInstanceOf(DiscoveryPort.class);
    assertThat(p.inputPort("raw")).get().extracting(in -> in.externalSource().orElseThrow())
        .isEqualTo("kafka://orders");
  }

  @Test
  void an_input_port_defaults_its_accepted_major_to_the_upstream_major() {
    DataProduct p = minimal()
        .addInputPort(InputPort.builder("up").fromPort("urn:dpds:com.example:dataproducts:x:3:outputports:x"))
        .build();

    assertThat(p.inputPorts().get(0).acceptedMajor()).isEqualTo(3);
  }

  @Test
  void each_missing_required_field_is_named_with_the_call_that_fixes_it() {
    assertThatThrownBy(() -> DataProduct.builder().setName("x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("namespace", "setNamespace(");
    assertThatThrownBy(() -> DataProduct.builder().setNamespace("a").setName("x").setVersion("1.0.0")
        .setOwner(Owner.of("o")).build()).hasMessageContaining("domain", "setDomain(");
    assertThatThrownBy(() -> DataProduct.builder().setNamespace("a").setName("x").setVersion("1.0.0")
        .setDomain(Domain.of("d", DomainKind.AGGREGATE)).build()).hasMessageContaining("owner", "setOwner(");
    assertThatThrownBy(() -> DataProduct.builder().setNamespace("a").setName("x").build())
        .hasMessageContaining("version", "setVersion(");
  }

  @Test
  void a_port_name_used_twice_in_one_kind_is_rejected() {
    assertThatThrownBy(() -> minimal()
        .addInputPort(InputPort.builder("raw").fromExternal("a"))
        .addInputPort(InputPort.builder("raw").fromExternal("b"))
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'raw' twice");
  }

  @Test
  void an_input_port_must_read_exactly_one_source() {
    assertThatThrownBy(() -> minimal().addInputPort(InputPort.builder("raw")).build())
        .hasMessageContaining("exactly one");
    assertThatThrownBy(() -> InputPort.builder("raw")
        .fromPort("urn:dpds:com.example:dataproducts:x:1:inputports:y"))
        .hasMessageContaining("must read an output port");
  }

  @Test
  void an_output_port_without_a_contract_is_rejected_with_how_to_add_one() {
    assertThatThrownBy(() -> minimal().addOutputPort(OutputPort.builder("orders")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'orders' has no contract", "setContract");
  }

  @Test
  void equal_declarations_build_equal_products() {
    assertThat(minimal().addTag("pii").build()).isEqualTo(minimal().addTag("pii").build())
        .isNotEqualTo(minimal().build());
  }
}
