package io.datamesh.samples.template;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.core.contract.Contracts;

/**
 * The orders product of the sales domain: a source-aligned product with one output port whose contract lives in
 * {@code src/main/resources/contracts/orders.odcs.yaml}. Copy this module, rename the product and edit the contract;
 * {@link DailyRevenue} shows a product computed from another.
 */
public final class OrdersProduct {
  /** The contract file, on the class path. */
  public static final String CONTRACT = "/contracts/orders.odcs.yaml";

  private OrdersProduct() {}

  /**
   * Reads the product's contract.
   *
   * @return the contract, validated
   */
  public static Contract contract() {
    return Contracts.read(OrdersProduct.class.getResource(CONTRACT));
  }

  /**
   * Describes the product: who owns it, its domain and its output port.
   *
   * @return the product, ready to register
   */
  public static DataProduct descriptor() {
    return descriptor(contract());
  }

  /**
   * Describes the product with a given contract; the product's version is the contract's.
   *
   * @param contract the output port's contract, such as a last published one
   * @return the product
   */
  public static DataProduct descriptor(Contract contract) {
    return DataProduct.builder()
        .setNamespace("com.example").setName("orders").setVersion(contract.version())
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED))
        .setOwner(Owner.of("orders-team@example.com"))
        .addOutputPort(OutputPort.builder("orders").setContract(contract))
        .build();
  }

  /**
   * Returns the address of the output port.
   *
   * @return the port consumers read
   */
  public static PortAddress ordersPort() {
    return descriptor().outputPorts().get(0).address();
  }
}
