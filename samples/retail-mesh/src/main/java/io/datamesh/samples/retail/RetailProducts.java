package io.datamesh.samples.retail;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DataProductBuilder;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.InputPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.contract.Contract;
import io.datamesh.core.contract.Contracts;

/**
 * The four products of the retail mesh, one per domain. Each output port's contract is a YAML file under
 * {@code src/main/resources/contracts/}, owned by the domain beside its code.
 */
public final class RetailProducts {
  static final String NAMESPACE = "com.example.retail";

  /** sales/orders: source-aligned, published by the shop. */
  public static final DataProduct ORDERS = product("orders", "sales", DomainKind.SOURCE_ALIGNED,
      "sales-team@example.com", "orders", "orders.odcs.yaml").build();
  /** customers/customers: source-aligned, with restricted e-mail and phone. */
  public static final DataProduct CUSTOMERS = product("customers", "customers", DomainKind.SOURCE_ALIGNED,
      "crm-team@example.com", "customers", "customers.odcs.yaml").build();
  /** customer-insights/customer-lifetime-value: an aggregate of orders and customers. */
  public static final DataProduct CLV = lifetimeValue(read("customer-lifetime-value.odcs.yaml"));
  /** marketing/campaign-segments: consumer-aligned, from the lifetime value. */
  public static final DataProduct SEGMENTS = product("campaign-segments", "marketing", DomainKind.CONSUMER_ALIGNED,
      "marketing-team@example.com", "campaign_segments", "campaign-segments.odcs.yaml")
      .addInputPort(InputPort.builder("clv").fromPort(port(CLV)))
      .build();

  private RetailProducts() {}

  /**
   * Returns the (single) output port of a product.
   *
   * @param product one of the products above
   * @return its output port's address
   */
  public static PortAddress port(DataProduct product) {
    return product.outputPorts().get(0).address();
  }

  /**
   * Returns the observability port of a product, which the mesh serves.
   *
   * @param product one of the products above
   * @return its {@code health} port's address
   */
  public static PortAddress health(DataProduct product) {
    return product.port(PortKind.OBSERVABILITY, "health").orElseThrow().address();
  }

  /**
   * Returns the contract of a product's output port.
   *
   * @param product one of the products above
   * @return its contract
   */
  public static Contract contract(DataProduct product) {
    return product.outputPorts().get(0).contract();
  }

  /**
   * Declares customer-insights/customer-lifetime-value with a contract.
   *
   * @param contract its output port's contract: the YAML file's, or a variant derived with {@code toBuilder()}
   * @return the product
   */
  static DataProduct lifetimeValue(Contract contract) {
    return product("customer-lifetime-value", "customer-insights", DomainKind.AGGREGATE, "insights-team@example.com",
        "customer_lifetime_value", contract)
        .addInputPort(InputPort.builder("orders").fromPort(port(ORDERS)))
        .addInputPort(InputPort.builder("customers").fromPort(port(CUSTOMERS)))
        .build();
  }

  private static DataProductBuilder product(String name, String domain, DomainKind kind, String owner,
      String port, String contractFile) {
    return product(name, domain, kind, owner, port, read(contractFile));
  }

  private static DataProductBuilder product(String name, String domain, DomainKind kind, String owner,
      String port, Contract contract) {
    return DataProduct.builder().setNamespace(NAMESPACE).setName(name).setVersion("1.0.0")
        .setDomain(Domain.of(domain, kind))
        .setOwner(Owner.of(owner))
        .addOutputPort(OutputPort.builder(port).setContract(contract))
        // the mesh serves this port: the status of the output port, its quality and its SLO states, as Arrow
        .addPort(PortKind.OBSERVABILITY, "health", "Freshness, quality and SLO states of " + port);
  }

  private static Contract read(String file) {
    return Contracts.read(RetailProducts.class.getResource("/contracts/" + file));
  }
}
