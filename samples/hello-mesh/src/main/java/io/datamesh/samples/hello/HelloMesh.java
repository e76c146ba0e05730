package io.datamesh.samples.hello;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.InputPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.core.Mesh;
import io.datamesh.core.ProductQuery;
import io.datamesh.core.RegistrationResult;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The smallest runnable mesh: two domains, three products, registered in any order and found again.
 *
 * <p>Run it with {@code mvn -B -q -Pdemo -DskipTests verify} from the repository root.
 */
public final class HelloMesh {
  private HelloMesh() {}

  /**
   * Runs the demo and prints what the mesh holds.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the demo, printing to {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    try (Mesh mesh = Mesh.builder().setName("hello").build()) {
      // The aggregate registers first: its input is pending until the orders product appears.
      RegistrationResult revenue = mesh.register(revenue());
      out.println("registered " + revenue.product().urn() + " (pending inputs: " + revenue.pendingInputs().size()
          + ")");
      mesh.register(orders());
      out.println("registered " + mesh.product(orders().urn()).orElseThrow().urn());
      out.println("pending inputs now: " + mesh.pendingInputs().size());
      out.println("revenue reads " + mesh.resolveInput(revenue.product().inputPorts().get(0).address()));
      for (DataProduct p : mesh.find(ProductQuery.builder().setFieldName("customer_email").build())) {
        out.println("products with a customer_email field: " + p.urn() + " id=" + p.id());
      }
      out.println("products in domain sales: " + mesh.find(ProductQuery.builder().setDomain("sales").build()).size());
    }
  }

  static DataProduct orders() {
    Contract contract = Contract.builder().setId("orders").setVersion("1.0.0").setName("orders")
        .addSchemaObject(SchemaObject.builder("orders")
            .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING).setRequired(true).build())
            .addProperty(SchemaProperty.builder("customer_email", LogicalType.STRING).build())
            .addProperty(SchemaProperty.builder("amount", LogicalType.NUMBER).build())
            .build())
        .build();
    return DataProduct.builder().setNamespace("com.example").setName("orders").setVersion("1.0.0")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED))
        .setOwner(Owner.of("orders-team@example.com"))
        .addOutputPort(OutputPort.builder("orders").setContract(contract))
        .build();
  }

  static DataProduct revenue() {
    Contract contract = Contract.builder().setId("daily-revenue").setVersion("1.0.0").setName("daily_revenue")
        .addSchemaObject(SchemaObject.builder("daily_revenue")
            .addProperty(SchemaProperty.builder("day", LogicalType.DATE).setRequired(true).build())
            .addProperty(SchemaProperty.builder("revenue", LogicalType.NUMBER).build())
            .build())
        .build();
    return DataProduct.builder().setNamespace("com.example").setName("daily-revenue").setVersion("1.0.0")
        .setDomain(Domain.of("finance", DomainKind.AGGREGATE))
        .setOwner(Owner.of("finance-team@example.com"))
        .addInputPort(InputPort.builder("orders").fromPort(orders().outputPorts().get(0).address()))
        .addOutputPort(OutputPort.builder("daily_revenue").setContract(contract))
        .build();
  }
}
