package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.read.Principal;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.core.Mesh;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.Types.MinorType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

/** The generated contract of an observability port is valid ODCS v3.1.0 and describes the served table. */
class ObservabilityContractTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final PortAddress HEALTH = PortAddress.parse(
      "urn:dpds:com.example:dataproducts:orders:1:observabilityports:health");

  private static DataProduct product() {
    Contract orders = Contract.builder().setId("orders").setVersion("1.0.0").addSchemaObject(SchemaObject
        .builder("orders").addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).build()).build()).build();
    return DataProduct.builder().setNamespace("com.example").setName("orders").setVersion("1.2.0")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("orders@example.com"))
        .addOutputPort(OutputPort.builder("orders").setContract(orders))
        .addPort(PortKind.OBSERVABILITY, "health", "SLO states").build();
  }

  @Test
  void the_generated_contract_validates_against_the_official_odcs_schema_in_yaml_and_json() throws Exception {
    try (RootAllocator leakCheck = new RootAllocator();
        Mesh mesh = Mesh.builder().setAllocator(leakCheck).build()) {
      mesh.register(product());
      Contract contract = mesh.contract(HEALTH).orElseThrow();

      assertThat(OfficialSchema.errors(YAML.readTree(Contracts.write(contract, Format.YAML)))).isEmpty();
      assertThat(OfficialSchema.errors(new ObjectMapper().readTree(Contracts.write(contract, Format.JSON))))
          .isEmpty();
      assertThat(Contracts.validate(contract).errors()).isEmpty();
      var times = contract.schema().get(0).properties().stream()
          .filter(p -> p.name().equals("last_published") || p.name().equals("last_failure_at")).toList();
      assertThat(times).hasSize(2).allSatisfy(p -> {
        assertThat(p.logicalTypeOptions().timezone()).as("a time zone stated for %s", p.name())
            .contains(true);
        assertThat(p.logicalTypeOptions().defaultTimezone()).contains("UTC");
      });
      String yaml = Contracts.write(contract, Format.YAML);
      assertThat(Contracts.write(Contracts.read(yaml), Format.YAML)).isEqualTo(yaml);
      assertThat(contract.domain()).contains("sales");
      assertThat(contract.dataProduct()).contains("orders");
      assertThat(mesh.contract(HEALTH, Principal.builder("ana").build())).contains(contract);
    }
  }

  @Test
  void the_contract_maps_to_the_documented_arrow_types() {
    try (RootAllocator leakCheck = new RootAllocator();
        Mesh mesh = Mesh.builder().setAllocator(leakCheck).build()) {
      mesh.register(product());
      Schema s = ArrowSchemas.of(mesh.contract(HEALTH).orElseThrow(), "port_status");

      assertThat(s.getFields()).extracting(Field::getName).containsExactly("port", "snapshot_id", "rows",
          "size_bytes", "last_published", "quality_result", "quality_checks_failed", "quality_checks_warned",
          "last_failure_at", "last_failure_status", "last_failure_reason", "slos", "quality_history");
      assertThat(s.findField("port").isNullable()).isFalse();
      assertThat(s.findField("snapshot_id").isNullable()).isTrue();
      assertThat(minor(s, "snapshot_id")).isEqualTo(MinorType.BIGINT);
      assertThat(minor(s, "quality_checks_failed")).isEqualTo(MinorType.INT);
      assertThat(s.findField("last_published").getType().toString()).isEqualTo("Timestamp(MICROSECOND, UTC)");
      Field slo = s.findField("slos").getChildren().get(0);
      assertThat(slo.getChildren()).extracting(Field::getName).containsExactly("sla", "state", "observed_ms",
          "allowed_ms", "checked_at");
      assertThat(s.findField("quality_history").getChildren().get(0).getChildren()).extracting(Field::getName)
          .containsExactly("at", "run_id", "result", "rows");
    }
  }

  private static MinorType minor(Schema s, String field) {
    return org.apache.arrow.vector.types.Types.getMinorTypeForArrowType(s.findField(field).getType());
  }
}
