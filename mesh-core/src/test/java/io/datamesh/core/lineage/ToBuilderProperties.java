package io.datamesh.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.OutputPort;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code toBuilder()} over generated products and contracts (built in code, so records): a lossless round trip. */
class ToBuilderProperties {
  @Provide
  Arbitrary<DataProduct> products() {
    return ProductArbitraries.products();
  }

  @Provide
  Arbitrary<Contract> contracts() {
    return ProductArbitraries.contracts();
  }

  @Property(tries = 200)
  void a_product_rebuilt_from_its_builder_equals_the_product(@ForAll("products") DataProduct product) {
    DataProduct copy = product.toBuilder().build();

    assertThat(copy).isEqualTo(product);
    assertThat(copy.hashCode()).isEqualTo(product.hashCode());
    for (OutputPort port : product.outputPorts()) {
      assertThat(product.toBuilder().replaceOutputPort(port.toBuilder()).build()).isEqualTo(product);
    }
  }

  @Property(tries = 200)
  void a_contract_and_each_of_its_parts_rebuilt_from_their_builders_equal_themselves(
      @ForAll("contracts") Contract contract) {
    assertThat(contract.toBuilder().build()).isEqualTo(contract);
    assertThat(contract.description().toBuilder().build()).isEqualTo(contract.description());
    for (SchemaObject o : contract.schema()) {
      assertThat(o.toBuilder().build()).isEqualTo(o);
      assertThat(contract.toBuilder().replaceSchemaObject(o.name(), o).build()).isEqualTo(contract);
      for (SchemaProperty p : o.properties()) {
        assertThat(p.toBuilder().build()).isEqualTo(p);
        p.items().ifPresent(items -> assertThat(items.toBuilder().build()).isEqualTo(items));
      }
    }
  }

  @Property(tries = 100)
  void a_variant_changes_only_what_its_builder_changed(@ForAll("contracts") Contract contract) {
    Contract next = contract.toBuilder().setVersion("9.9.9").build();

    assertThat(next.version()).isEqualTo("9.9.9");
    assertThat(next.toBuilder().setVersion(contract.version()).build()).isEqualTo(contract);
  }
}
