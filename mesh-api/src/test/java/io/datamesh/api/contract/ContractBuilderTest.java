package io.datamesh.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractBuilderTest {

  static Contract orders() {
    return Contract.builder().setId("orders-contract").setVersion("1.0.0").setName("Orders").setDomain("sales")
        .setDescription(ContractDescription.builder().setPurpose("Successful customer orders.").build())
        .addSchemaObject(SchemaObject.builder("orders")
            .addProperty(SchemaProperty.builder("tenant_id", LogicalType.STRING).setPrimaryKeyPosition(2).build())
            .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING)
                .setRequired(true).setPrimaryKeyPosition(1).build())
            .addProperty(SchemaProperty.builder("amount", LogicalType.NUMBER).setPhysicalType("DECIMAL(12,2)")
                .build())
            .addQualityRule(QualityRule.builder().setMetric(QualityMetric.ROW_COUNT)
                .setThreshold(Threshold.of(Operator.MUST_BE_GREATER_THAN, 0)).build())
            .build())
        .addSlaProperty(SlaProperty.builder("latency", 4).setUnit("h").setElement("orders.created_at").build())
        .setTeam(Team.builder().setName("sales-data")
            .addMember(TeamMember.builder("alice@example.com").setRole("owner")
                .setDateIn(LocalDate.of(2024, 1, 1)).build())
            .build())
        .addRole(Role.of("orders_reader", "read"))
        .addCustomProperty(CustomProperty.of("retentionClass", "gold"))
        .build();
  }

  @Test
  void a_contract_declared_in_code_exposes_what_it_declares() {
    Contract c = orders();

    assertThat(c.id()).isEqualTo("orders-contract");
    assertThat(c.apiVersion()).isEqualTo("v3.1.0");
    assertThat(c.status()).contains("draft");
    assertThat(c.description().purpose()).contains("Successful customer orders.");
    assertThat(c.schemaObject("orders")).isPresent();
    assertThat(c.schemaObject("missing")).isEmpty();
    assertThat(c.schemaObject("orders").orElseThrow().primaryKey()).extracting(SchemaProperty::name)
        .containsExactly("order_id", "tenant_id");
    assertThat(c.schemaObject("orders").orElseThrow().property("amount").orElseThrow().physicalType())
        .contains("DECIMAL(12,2)");
    assertThat(c.slaProperties().get(0).elements()).containsExactly("orders.created_at");
    assertThat(c.team().orElseThrow().members().get(0).role()).contains("owner");
    assertThat(c.customProperties().get(0).value()).contains("gold");
  }

  @Test
  void two_contracts_built_alike_are_equal() {
    assertThat(orders()).isEqualTo(orders());
  }

  @Test
  void a_contract_without_id_or_version_is_rejected() {
    assertThatThrownBy(() -> Contract.builder().setVersion("1.0.0").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setId");
    assertThatThrownBy(() -> Contract.builder().setId(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("' '");
  }

  @Test
  void only_odcs_v3_api_versions_are_accepted() {
    assertThat(Contract.builder().setId("a").setVersion("1").setApiVersion("v3.0.2").build().apiVersion())
        .isEqualTo("v3.0.2");
    assertThatThrownBy(() -> Contract.builder().setApiVersion("v2.2.2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'v2.2.2'");
  }

  @Test
  void schema_object_and_server_names_are_unique() {
    SchemaObject t = SchemaObject.builder("t").build();
    assertThatThrownBy(() -> Contract.builder().setId("a").setVersion("1").addSchemaObject(t).addSchemaObject(t)
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'t'");
    Server s = Server.builder("prod", "s3").setAttribute("location", "s3://bucket/orders").build();
    assertThatThrownBy(() -> Contract.builder().setId("a").setVersion("1").addServer(s).addServer(s).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'prod'");
  }

  @Test
  void servers_have_an_odcs_type_and_scalar_connection_fields() {
    Server s = Server.builder("prod", "postgres").setAttribute("port", 5432).build();
    assertThat(s.attribute("port")).contains(java.math.BigDecimal.valueOf(5432));
    assertThatThrownBy(() -> Server.builder("prod", "postgress"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'postgress'");
    assertThatThrownBy(() -> Server.builder("prod", "s3").setAttribute("type", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'type'");
  }

  @Test
  void a_member_cannot_leave_before_joining() {
    assertThatThrownBy(() -> TeamMember.builder("bob").setDateIn(LocalDate.of(2024, 5, 1))
        .setDateOut(LocalDate.of(2024, 4, 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-04-01");
  }

  @Test
  void stable_ids_have_only_letters_digits_underscore_and_dash() {
    assertThatThrownBy(() -> SchemaObject.builder("t").setId("a b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a b'");
  }
}
