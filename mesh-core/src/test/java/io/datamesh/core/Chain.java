package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.InputPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import java.time.Duration;
import java.util.concurrent.Callable;

/** Products for transform tests: each reads upstream ports and serves the orders schema. */
final class Chain {
  private Chain() {}

  static PortAddress port(String product, String port) {
    return PortAddress.parse("urn:dpds:com.example:dataproducts:" + product + ":1:outputports:" + port);
  }

  /** A product with the given output ports (orders schema) reading the given upstream ports as in0, in1, ... */
  static DataProduct product(String name, DomainKind kind, String[] outputs, PortAddress... inputs) {
    var b = Products.product(name, "1.0.0", kind);
    for (String out : outputs) {
      b.addOutputPort(OutputPort.builder(out).setContract(Orders.contract()));
    }
    for (int i = 0; i < inputs.length; i++) {
      b.addInputPort(InputPort.builder("in" + i).fromPort(inputs[i]));
    }
    return b.build();
  }

  /** Copies input in0 to the named output, zero-copy. */
  static Transform copy(String output) {
    return ctx -> ctx.publish(output, ctx.input("in0"));
  }

  /** Polls a condition (bounded) for effects of the mesh's own threads. */
  static void eventually(Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 30 s");
      }
      Thread.sleep(5);
    }
  }
}
