package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DataProductBuilder;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.InputPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaObjectBuilder;
import io.datamesh.api.contract.SchemaProperty;

/** Small product factories for the registry tests (mesh-core cannot use the testkit, which depends on it). */
final class Products {
  private Products() {}

  static Contract contract(String name, String version, String... fields) {
    SchemaObjectBuilder obj = SchemaObject.builder(name);
    for (String f : fields) {
      obj.addProperty(SchemaProperty.builder(f, LogicalType.STRING).build());
    }
    return Contract.builder().setId(name + "-contract").setVersion(version).setName(name)
        .addSchemaObject(obj.build()).build();
  }

  static DataProductBuilder product(String name, String version, DomainKind kind) {
    return DataProduct.builder().setNamespace("com.example").setName(name).setVersion(version)
        .setDomain(Domain.of("sales", kind)).setOwner(Owner.of(name + "-team@example.com"));
  }

  /** A source-aligned product with one output port named like the product. */
  static DataProduct source(String name, String version) {
    return product(name, version, DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder(name).setContract(contract(name, "1.0.0", "id", name + "_value")))
        .build();
  }

  /** A product reading the named upstream output ports and serving one port of its own. */
  static DataProduct reading(String name, String version, String... upstreamPorts) {
    DataProductBuilder b = product(name, version, DomainKind.AGGREGATE)
        .addOutputPort(OutputPort.builder(name).setContract(contract(name, "1.0.0", "id")));
    int i = 0;
    for (String up : upstreamPorts) {
      b.addInputPort(InputPort.builder("in" + i++).fromPort(up));
    }
    return b.build();
  }

  static String out(String product) {
    return "urn:dpds:com.example:dataproducts:" + product + ":1:outputports:" + product;
  }
}
