package io.datamesh.testkit;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaObjectBuilder;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SchemaPropertyBuilder;

/** Contracts and products the testkit's own tests share. */
public final class Fixtures {
  private Fixtures() {}

  /** An orders contract: order_id (string, required), amount (decimal(12,2)), placed_at (timestamp, required). */
  public static Contract orders() {
    return Contract.builder().setId("orders").setVersion("1.0.0").setName("orders")
        .addSchemaObject(SchemaObject.builder("orders")
            .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING).setRequired(true).build())
            .addProperty(SchemaProperty.builder("amount", LogicalType.NUMBER).setPhysicalType("DECIMAL(12,2)")
                .build())
            .addProperty(SchemaProperty.builder("placed_at", LogicalType.TIMESTAMP).setRequired(true).build())
            .build())
        .build();
  }

  /** A product with one output port, {@code orders}, under the {@link #orders()} contract. */
  public static DataProduct ordersProduct() {
    return DataProduct.builder().setNamespace("com.example").setName("orders").setVersion("1.0.0")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("orders@example.com"))
        .addOutputPort(OutputPort.builder("orders").setContract(orders())).build();
  }

  /** A contract with one nullable and one required column of every type test data supports. */
  public static Contract allTypes() {
    SchemaObjectBuilder o = SchemaObject.builder("all_types");
    for (boolean required : new boolean[] {false, true}) {
      String s = required ? "_req" : "";
      for (String f : new String[] {"i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"}) {
        o.addProperty(prop(f + s, LogicalType.INTEGER, required).setLogicalTypeOptions(format(f)).build());
      }
      o.addProperty(prop("f32" + s, LogicalType.NUMBER, required).setLogicalTypeOptions(format("f32")).build());
      o.addProperty(prop("f64" + s, LogicalType.NUMBER, required).build());
      o.addProperty(prop("dec" + s, LogicalType.NUMBER, required).setPhysicalType("DECIMAL(12,2)").build());
      o.addProperty(prop("dec256" + s, LogicalType.NUMBER, required).setPhysicalType("DECIMAL(50,10)").build());
      o.addProperty(prop("text" + s, LogicalType.STRING, required).build());
      o.addProperty(prop("day" + s, LogicalType.DATE, required).build());
      o.addProperty(prop("at" + s, LogicalType.TIMESTAMP, required).build());
      o.addProperty(prop("local_at" + s, LogicalType.TIMESTAMP, required)
          .setLogicalTypeOptions(LogicalTypeOptions.builder().setTimezone(false).build()).build());
      o.addProperty(prop("time" + s, LogicalType.TIME, required).build());
      o.addProperty(prop("flag" + s, LogicalType.BOOLEAN, required).build());
    }
    return Contract.builder().setId("all-types").setVersion("1.0.0").addSchemaObject(o.build()).build();
  }

  private static SchemaPropertyBuilder prop(String name, LogicalType type, boolean required) {
    return SchemaProperty.builder(name, type).setRequired(required);
  }

  private static LogicalTypeOptions format(String format) {
    return LogicalTypeOptions.builder().setFormat(format).build();
  }
}
