package io.datamesh.samples.template;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.InputPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.core.Transform;
import io.datamesh.core.TransformContext;
import io.datamesh.core.contract.Contracts;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * The daily revenue product of the sales domain: an aggregate whose code is this {@link Transform}, run by the mesh
 * when orders publish (or as its refresh policy says).
 *
 * <pre>{@code
 * mesh.register(DailyRevenue.descriptor());
 * mesh.setTransform(DailyRevenue.descriptor().urn(), new DailyRevenue(),
 *     RefreshPolicy.onUpstreamPublish(Duration.ofSeconds(1)));
 * }</pre>
 */
public final class DailyRevenue implements Transform {
  /** The contract file, on the class path. */
  public static final String CONTRACT = "/contracts/daily-revenue.odcs.yaml";

  /** Creates the transform; it holds no state between runs. */
  public DailyRevenue() {}

  /**
   * Reads the product's contract.
   *
   * @return the contract, validated
   */
  public static Contract contract() {
    return Contracts.read(DailyRevenue.class.getResource(CONTRACT));
  }

  /**
   * Describes the product: its input port reads the orders product's output port.
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
        .setNamespace("com.example").setName("daily-revenue").setVersion(contract.version())
        .setDomain(Domain.of("sales", DomainKind.AGGREGATE))
        .setOwner(Owner.of("orders-team@example.com"))
        .addInputPort(InputPort.builder("orders").fromPort(OrdersProduct.ordersPort()))
        .addOutputPort(OutputPort.builder("daily_revenue").setContract(contract))
        .build();
  }

  /**
   * Returns the address of the output port.
   *
   * @return the port consumers read
   */
  public static PortAddress revenuePort() {
    return descriptor().outputPorts().get(0).address();
  }

  /** Sums the orders per day (UTC) and publishes one row per day. */
  @Override
  public void run(TransformContext ctx) throws IOException {
    Map<LocalDate, long[]> orders = new TreeMap<>();
    Map<LocalDate, BigDecimal> revenue = new TreeMap<>();
    try (ArrowReader in = ctx.input("orders")) { // the current orders snapshot, read as this product
      while (in.loadNextBatch()) {
        VectorSchemaRoot batch = in.getVectorSchemaRoot();
        DecimalVector amount = (DecimalVector) batch.getVector("amount");
        TimeStampMicroTZVector placedAt = (TimeStampMicroTZVector) batch.getVector("placed_at");
        for (int i = 0; i < batch.getRowCount(); i++) {
          LocalDate day = LocalDate.ofInstant(Instant.EPOCH.plus(placedAt.get(i), ChronoUnit.MICROS), ZoneOffset.UTC);
          orders.computeIfAbsent(day, d -> new long[1])[0]++;
          revenue.merge(day, amount.getObject(i), BigDecimal::add);
        }
      }
    }
    // Build the output in the transform's allocator, with the Arrow schema the contract defines.
    VectorSchemaRoot out = VectorSchemaRoot.create(ArrowSchemas.of(contract(), "daily_revenue"), ctx.allocator());
    out.allocateNew();
    int row = 0;
    for (Map.Entry<LocalDate, BigDecimal> day : revenue.entrySet()) {
      ((DateDayVector) out.getVector("day")).setSafe(row, (int) day.getKey().toEpochDay());
      ((BigIntVector) out.getVector("orders")).setSafe(row, orders.get(day.getKey())[0]);
      ((DecimalVector) out.getVector("revenue")).setSafe(row, day.getValue());
      row++;
    }
    out.setRowCount(row);
    ctx.publish("daily_revenue", out); // checked against the contract and its quality rules, then committed
  }
}
