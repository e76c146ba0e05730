package io.datamesh.core.contract;

import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.ContractDescription;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.Operator;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.QualityUnit;
import io.datamesh.api.contract.Relationship;
import io.datamesh.api.contract.Role;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.Server;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.contract.Team;
import io.datamesh.api.contract.TeamMember;
import io.datamesh.api.contract.Threshold;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A contract declared in code with most of the vocabulary, for write and validate tests. */
final class BuiltContracts {
  private BuiltContracts() {}

  static Contract orders() {
    return Contract.builder().setId("orders-contract").setVersion("1.0.0").setName("Orders").setStatus("active")
        .setDomain("sales").setDescription(ContractDescription.builder().setPurpose("Orders.").build())
        .addTag("sales")
        .addServer(Server.builder("prod", "postgres").setAttribute("host", "db").setAttribute("port", 5432)
            .setAttribute("database", "sales").setAttribute("schema", "public").build())
        .addSchemaObject(SchemaObject.builder("customers")
            .addProperty(SchemaProperty.builder("id", LogicalType.STRING).setPrimaryKeyPosition(1).build())
            .build())
        .addSchemaObject(SchemaObject.builder("orders").setPhysicalType("table")
            .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING).setRequired(true)
                .setPrimaryKeyPosition(2).build())
            .addProperty(SchemaProperty.builder("tenant_id", LogicalType.STRING).setPrimaryKeyPosition(1).build())
            .addProperty(SchemaProperty.builder("customer_id", LogicalType.STRING)
                .addRelationship(Relationship.of(List.of(), List.of("customers.id"))).build())
            .addProperty(SchemaProperty.builder("email", LogicalType.STRING).setClassification("restricted")
                .setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat("email").setMaxLength(254).build())
                .addQualityRule(QualityRule.builder().setMetric(QualityMetric.NULL_VALUES)
                    .setThreshold(Threshold.of(Operator.MUST_BE_LESS_THAN, 1)).setUnit(QualityUnit.PERCENT).build())
                .build())
            .addProperty(SchemaProperty.builder("status", LogicalType.STRING)
                .addQualityRule(QualityRule.builder().setMetric(QualityMetric.MISSING_VALUES)
                    .setMissingValues(Arrays.asList(null, "", "N/A"))
                    .setThreshold(Threshold.of(Operator.MUST_BE, 0)).build())
                .build())
            .addProperty(SchemaProperty.builder("amount", LogicalType.NUMBER).setPhysicalType("DECIMAL(12,2)")
                .setLogicalTypeOptions(LogicalTypeOptions.builder().setMinimum(0).build()).build())
            .addProperty(SchemaProperty.builder("lines", LogicalType.ARRAY)
                .setItems(SchemaProperty.itemsBuilder(LogicalType.OBJECT)
                    .addProperty(SchemaProperty.builder("sku", LogicalType.STRING).build()).build())
                .build())
            .addQualityRule(QualityRule.builder().setMetric(QualityMetric.ROW_COUNT)
                .setThreshold(Threshold.of(Operator.MUST_BE_BETWEEN, 1, 1_000_000)).build())
            .addQualityRule(QualityRule.builder().setEngine("soda").setImplementation(Map.of("type", "x")).build())
            .build())
        .addSlaProperty(SlaProperty.builder("latency", 4).setUnit("h").setElement("orders.order_id").build())
        .setTeam(Team.builder().setName("sales-data").addMember(TeamMember.builder("alice@example.com")
            .setRole("owner").setDateIn(LocalDate.of(2024, 1, 31)).build()).build())
        .addRole(Role.of("orders_reader", "read"))
        .addCustomProperty(CustomProperty.of("retention", Map.of("days", 30)))
        .build();
  }
}
