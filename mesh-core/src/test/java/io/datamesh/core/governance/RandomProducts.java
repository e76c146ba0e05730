package io.datamesh.core.governance;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DataProductBuilder;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.InputPort;
import io.datamesh.api.LifecycleStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortKind;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.ContractBuilder;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaObjectBuilder;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SchemaPropertyBuilder;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Random products, biased towards the edges the built-ins care about (blank text, odd names, unknown levels). */
final class RandomProducts {
  private static final List<String> NAMES = List.of("order_id", "amount", "Order", "a-b", "x__y", "ok_1", "_z",
      "email", "customer_email", "a", "b9", "Z_", "segment");
  private static final List<String> TEXT = List.of("", " ", "\t\n", "\u000B", "\u00A0", "\u2003", "a thing",
      " x ");
  private static final List<String> CLASSES = List.of("public", "internal", "Confidential", "RESTRICTED",
      " internal ", "secret", "pii");
  private static final List<String> PRODUCT_NAMES = List.of("orders", "Orders", "dp-orders", "a_b", "x--y", "q-",
      "sales.orders", "o9");
  private static final List<LifecycleStatus> STATUS = List.of(LifecycleStatus.values());

  private RandomProducts() {}

  static PolicySubject subject(Random r) {
    Map<ProductUrn, DataProduct> ups = new HashMap<>();
    DataProductBuilder b = DataProduct.builder().setNamespace("com.example").setName(pick(r, PRODUCT_NAMES))
        .setVersion("1.0.0").setDomain(Domain.of("sales", DomainKind.AGGREGATE)).setOwner(Owner.of("team@x.com"));
    int outputs = r.nextInt(3);
    for (int i = 0; i < outputs; i++) {
      b.addOutputPort(OutputPort.builder(pick(r, PRODUCT_NAMES) + i).setContract(contract(r)));
    }
    for (int i = 0; i < r.nextInt(3); i++) {
      String up = "up" + i;
      String address = "urn:dpds:com.example:dataproducts:" + up + ":1:outputports:" + up;
      b.addInputPort(InputPort.builder(r.nextBoolean() ? "in" + i : "In" + i).fromPort(address));
      if (r.nextBoolean()) {
        DataProduct upstream = DataProduct.builder().setNamespace("com.example").setName(up).setVersion("1.0.0")
            .setDomain(Domain.of("crm", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("crm@x.com"))
            .setStatus(pick(r, STATUS)).addOutputPort(OutputPort.builder(up).setContract(contract(r))).build();
        ups.put(upstream.urn(), upstream);
      }
    }
    if (r.nextInt(4) == 0) {
      b.addPort(PortKind.DISCOVERY, r.nextBoolean() ? "catalog" : "Catalog", "discovery");
    }
    if (r.nextInt(5) == 0) {
      b.putExtension("deprecationPolicy", "90 days");
    }
    DataProduct p = b.build();
    DataProduct current = r.nextInt(8) == 0 ? new NoOwner(p) : p;
    return new PolicySubject(PolicyTrigger.REGISTER, current, Optional.empty(), ups);
  }

  private static Contract contract(Random r) {
    ContractBuilder c = Contract.builder().setId("c" + r.nextInt(100)).setVersion("1.0.0");
    for (int j = 0; j < 1 + r.nextInt(2); j++) {
      SchemaObjectBuilder o = SchemaObject.builder("obj" + j);
      int n = r.nextInt(4);
      for (int k = 0; k < n; k++) {
        o.addProperty(property(r, NAMES.get(k * 3 % NAMES.size()).equals("a") ? "a" : pick(r, NAMES) + k, 0));
      }
      c.addSchemaObject(o.build());
    }
    if (r.nextBoolean()) {
      c.addSlaProperty(SlaProperty.builder("latency", r.nextInt(10)).build());
    }
    switch (r.nextInt(4)) {
      case 0 -> c.addCustomProperty(CustomProperty.of("deprecationPolicy", "keep 90 days"));
      case 1 -> c.addCustomProperty(CustomProperty.of("deprecationPolicy", Optional.empty(), Optional.empty(),
          Optional.empty()));
      case 2 -> c.addCustomProperty(CustomProperty.of("other", "x"));
      default -> { }
    }
    return c.build();
  }

  private static SchemaProperty property(Random r, String name, int depth) {
    int shape = depth >= 2 ? 0 : r.nextInt(5);
    SchemaPropertyBuilder p = SchemaProperty.builder(name, shape == 1 ? LogicalType.OBJECT
        : shape == 2 ? LogicalType.ARRAY : LogicalType.STRING);
    if (r.nextInt(3) > 0) {
      p.setDescription(pick(r, TEXT));
    }
    if (r.nextInt(3) > 0) {
      p.setClassification(pick(r, CLASSES));
    }
    if (shape == 1) {
      for (int i = 0; i < 1 + r.nextInt(2); i++) {
        p.addProperty(property(r, pick(r, NAMES) + "n" + i, depth + 1));
      }
    } else if (shape == 2) {
      SchemaPropertyBuilder items = SchemaProperty.itemsBuilder(LogicalType.OBJECT);
      items.addProperty(property(r, pick(r, NAMES), depth + 1));
      p.setItems(items.build());
    }
    return p.build();
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }
}
