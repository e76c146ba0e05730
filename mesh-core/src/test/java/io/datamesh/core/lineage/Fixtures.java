package io.datamesh.core.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.InputPort;
import io.datamesh.api.LifecycleStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.TeamMember;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.ContractDescription;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Products and a registry double for mapping tests. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");
  static final String ORDERS = "urn:dpds:com.example:dataproducts:orders:1";
  static final String LINES = ORDERS + ":outputports:lines";
  static final String CUSTOMERS = "urn:dpds:com.example:dataproducts:customers:1:outputports:customers";

  final Map<ProductUrn, DataProduct> registry = new HashMap<>();

  LineageMapper mapper(boolean asRuns) {
    return LineageMapper.builder().setProducts(urn -> Optional.ofNullable(registry.get(urn)))
        .setServingLocation(p -> Optional.of(java.net.URI.create("grpc+tls://orders.sales.internal:8815")))
        .setStaticEventsAsRuns(asRuns).build();
  }

  static Contract linesContract(String version) {
    return Contract.builder().setId("orders-lines").setVersion(version).setName("lines")
        .setDescription(ContractDescription.builder().setPurpose("One row per order line").build())
        .addSchemaObject(SchemaObject.builder("lines")
            .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING).setRequired(true)
                .setDescription("The order").build())
            .addProperty(SchemaProperty.builder("amount", LogicalType.NUMBER).build())
            .addProperty(SchemaProperty.builder("customer", LogicalType.OBJECT)
                .addProperty(SchemaProperty.builder("email", LogicalType.STRING).setClassification("restricted")
                    .build())
                .build())
            .addProperty(SchemaProperty.builder("skus", LogicalType.ARRAY)
                .setItems(SchemaProperty.itemsBuilder(LogicalType.STRING).build()).build())
            .build())
        .build();
  }

  static DataProduct orders(String version, String... extraPorts) {
    var b = DataProduct.builder().setNamespace("com.example").setName("orders").setVersion(version)
        .setDisplayName("Orders").setDescription("Orders of the web shop")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED))
        .setOwner(Owner.of("orders-team@example.com")).addTeamMember(new TeamMember("ana", Optional.of("steward")))
        .addTag("gold").setStatus(LifecycleStatus.ACTIVE)
        .addInputPort(InputPort.builder("customers").fromPort(CUSTOMERS))
        .addOutputPort(OutputPort.builder("lines").setContract(linesContract("1.0.0")));
    for (String p : extraPorts) {
      b.addOutputPort(OutputPort.builder(p).setContract(linesContract("1.0.0")));
    }
    return b.build();
  }

  static MeshEvent product(MeshEventType type, DataProduct p) {
    return MeshEvent.of(type, T0, p.urn(), Map.of("version", p.version().toString()));
  }

  static MeshEvent port(MeshEventType type, String port, Map<String, Object> attributes) {
    return MeshEvent.of(type, T0, PortAddress.parse(port), attributes);
  }

  /** Maps, checks every event against the schemas, and returns the events as JSON trees. */
  static List<JsonNode> mapValid(LineageMapper mapper, MeshEvent event) {
    List<JsonNode> trees = new ArrayList<>();
    for (LineageEvent e : mapper.map(event)) {
      OpenLineageSchemas.assertValid(e.json());
      try {
        trees.add(OpenLineageSchemas.JSON.readTree(e.json()));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return trees;
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
