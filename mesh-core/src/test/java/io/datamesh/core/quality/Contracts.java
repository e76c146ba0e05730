package io.datamesh.core.quality;

import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaObjectBuilder;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SlaProperty;
import java.util.List;

/** Small contracts for the quality tests. */
final class Contracts {
  private Contracts() {}

  /** orders(order_id string pk, email string required + email format, qty integer 0..1000, status string). */
  static SchemaObjectBuilder orders() {
    return SchemaObject.builder("orders")
        .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING).setPrimaryKey(true)
            .setPrimaryKeyPosition(1).build())
        .addProperty(SchemaProperty.builder("email", LogicalType.STRING).setRequired(true)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat("email").build()).build())
        .addProperty(SchemaProperty.builder("qty", LogicalType.INTEGER)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMinimum(0).setMaximum(1000).build()).build())
        .addProperty(SchemaProperty.builder("status", LogicalType.STRING).build());
  }

  static Contract contract(SchemaObject object, SlaProperty... sla) {
    var b = Contract.builder().setId("orders-contract").setVersion("1.0.0").addSchemaObject(object);
    for (SlaProperty s : sla) {
      b.addSlaProperty(s);
    }
    return b.build();
  }

  static Contract withRules(List<QualityRule> objectRules, SchemaProperty... extra) {
    SchemaObjectBuilder o = orders();
    objectRules.forEach(o::addQualityRule);
    for (SchemaProperty p : extra) {
      o.addProperty(p);
    }
    return contract(o.build());
  }
}
