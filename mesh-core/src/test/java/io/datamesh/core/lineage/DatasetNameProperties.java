package io.datamesh.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The naming rule: a function of the port URN only, reversible, and so never two ports under one name. */
class DatasetNameProperties {
  @Property
  void the_name_of_a_port_reads_back_to_the_same_port(@ForAll("ports") PortAddress port) {
    assertThat(DatasetName.of(port).portAddress()).contains(port);
  }

  @Property
  void two_ports_share_a_name_only_if_they_are_the_same_port(@ForAll("ports") PortAddress a,
      @ForAll("ports") PortAddress b) {
    assertThat(DatasetName.of(a).equals(DatasetName.of(b))).isEqualTo(a.equals(b));
  }

  @Property
  void the_name_depends_on_the_urn_text_alone(@ForAll("ports") PortAddress port) {
    assertThat(DatasetName.of(PortAddress.parse(port.toString()))).isEqualTo(DatasetName.of(port));
  }

  @Example
  void an_output_port_is_named_by_namespace_product_major_and_port() {
    DatasetName n = DatasetName.of(PortAddress.parse("urn:dpds:com.example:dataproducts:orders:1:outputports:lines"));

    assertThat(n).isEqualTo(new DatasetName("dpds://com.example", "orders/v1/lines"));
    assertThat(n.toString()).isEqualTo("dpds://com.example/orders/v1/lines");
  }

  @Example
  void external_sources_follow_the_openlineage_conventions() {
    assertThat(DatasetName.ofExternal("postgres://db:5432/shop.public.orders"))
        .isEqualTo(new DatasetName("postgres://db:5432", "shop.public.orders"));
    assertThat(DatasetName.ofExternal("s3://bucket/raw/orders.parquet"))
        .isEqualTo(new DatasetName("s3://bucket", "raw/orders.parquet"));
    assertThat(DatasetName.ofExternal("legacy-orders")).isEqualTo(new DatasetName("external", "legacy-orders"));
    assertThat(DatasetName.ofExternal("legacy-orders").portAddress()).isEmpty();
  }

  @Example
  void only_output_ports_are_datasets() {
    PortAddress in = PortAddress.parse("urn:dpds:com.example:dataproducts:orders:1:inputports:customers");

    assertThatThrownBy(() -> DatasetName.of(in)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input");
    assertThat(in.kind()).isEqualTo(PortKind.INPUT);
  }

  @Provide
  Arbitrary<PortAddress> ports() {
    return ProductArbitraries.outputPorts();
  }
}
