package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeshSearchTest {
  private Mesh mesh;

  @BeforeEach
  void register() {
    mesh = Mesh.builder().build();
    Contract customerContract = Contract.builder().setId("customers").setVersion("1.0.0")
        .addSchemaObject(SchemaObject.builder("customers")
            .addProperty(SchemaProperty.builder("customer_id", LogicalType.STRING).build())
            .addProperty(SchemaProperty.builder("email", LogicalType.STRING)
                .setDescription("Where invoices are sent").build())
            .build())
        .build();
    mesh.register(Products.product("customers", "1.0.0", DomainKind.SOURCE_ALIGNED)
        .setDescription("Everyone who ever bought something").addTag("pii")
        .addOutputPort(OutputPort.builder("customers").setContract(customerContract)).build());
    mesh.register(Products.product("invoices", "1.0.0", DomainKind.AGGREGATE)
        .setDescription("Invoices sent to customers by email")
        .addOutputPort(OutputPort.builder("invoices").setContract(Products.contract("invoices", "1.0.0", "id",
            "amount"))).build());
    mesh.register(Products.source("shipments", "1.0.0"));
  }

  @AfterEach
  void close() {
    mesh.close();
  }

  private List<String> names(List<SearchHit> hits) {
    return hits.stream().map(h -> h.product().name()).toList();
  }

  @Test
  void a_name_match_outranks_a_match_in_a_description() {
    List<SearchHit> hits = mesh.search("invoices", 10);

    assertThat(names(hits)).containsExactly("invoices", "customers");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    assertThat(hits.get(0).reasons()).containsExactly("name 'invoices' matches 'invoices'");
    assertThat(hits.get(1).reasons()).containsExactly("description of field 'email' matches 'invoices'");
  }

  @Test
  void field_names_and_tags_are_found_and_said_to_be_the_reason() {
    assertThat(mesh.search("customer_id", 5)).singleElement().satisfies(h ->
        assertThat(h.reasons()).containsExactly("field 'customer_id' matches 'customer_id'"));
    assertThat(mesh.search("PII", 5)).singleElement().satisfies(h ->
        assertThat(h.reasons()).containsExactly("tag 'pii' matches 'pii'"));
  }

  @Test
  void products_matching_every_word_come_before_those_matching_some() {
    List<SearchHit> hits = mesh.search("email customers", 10);

    assertThat(names(hits)).startsWith("customers", "invoices");
    assertThat(hits.get(0).reasons()).hasSize(2);
  }

  @Test
  void a_prefix_counts_less_than_a_whole_word_and_the_limit_cuts_the_tail() {
    List<SearchHit> prefix = mesh.search("ship", 10);
    List<SearchHit> whole = mesh.search("shipments", 10);

    assertThat(names(prefix)).containsExactly("shipments");
    assertThat(prefix.get(0).score()).isLessThan(whole.get(0).score());
    assertThat(mesh.search("customers invoices shipments", 2)).hasSize(2);
    assertThat(mesh.search("nothing-like-this", 3)).isEmpty();
  }

  @Test
  void a_search_without_words_or_with_a_limit_below_one_is_rejected() {
    assertThatThrownBy(() -> mesh.search(" ,; ", 3)).isInstanceOfSatisfying(MeshException.class,
        e -> assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT));
    assertThatThrownBy(() -> mesh.search("orders", 0)).isInstanceOfSatisfying(MeshException.class,
        e -> assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT));
  }

  @Test
  void ties_are_ordered_by_urn_so_results_are_stable() {
    List<DataProduct> all = mesh.products();
    List<SearchHit> hits = mesh.search("sales", 10);

    assertThat(names(hits)).containsExactlyElementsOf(all.stream().map(DataProduct::name).toList());
  }
}
