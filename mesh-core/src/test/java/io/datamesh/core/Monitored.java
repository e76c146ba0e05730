package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.core.observe.PortStatus;
import io.datamesh.core.observe.SloState;
import io.datamesh.core.observe.SloStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/** The orders product with SLA properties the SLO monitor evaluates, and a bounded wait for a port status. */
final class Monitored {
  private Monitored() {}

  /** Orders whose contract promises a latency of one hour, a daily publish and availability. */
  static DataProduct orders() {
    return orders(SlaProperty.builder("availability", "99.9%").build());
  }

  /** Orders with the same latency, frequency and retention, and the given availability property. */
  static DataProduct orders(SlaProperty availability) {
    Contract base = Orders.contract();
    Contract c = Contract.builder().setId("orders").setVersion("1.0.0").addSchemaObject(base.schema().get(0))
        .addSlaProperty(SlaProperty.builder("latency", 1).setUnit("h").build())
        .addSlaProperty(SlaProperty.builder("frequency", 1).setUnit("d").build())
        .addSlaProperty(availability)
        .addSlaProperty(SlaProperty.builder("retention", 3).setUnit("y").build())
        .build();
    return Products.product("orders", "1.0.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("orders").setContract(c)).build();
  }

  static Optional<SloState> state(PortStatus status, String sla) {
    return status.slos().stream().filter(s -> s.sla().equals(sla)).map(SloStatus::state).findFirst();
  }

  /** Polls {@code mesh.observe(Orders.PORT)} until it satisfies {@code until}, for at most 30 s of real time. */
  static PortStatus await(Mesh mesh, Predicate<PortStatus> until) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    PortStatus status = mesh.observe(Orders.PORT);
    while (!until.test(status)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("port status never reached the expected state; last: " + status);
      }
      Thread.sleep(5);
      status = mesh.observe(Orders.PORT);
    }
    return status;
  }
}
