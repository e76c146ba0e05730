package io.datamesh.samples.retail;

import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.snapshot.BatchSupplier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongConsumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Deterministic retail data: the same seed and row count always give the same rows, so the demo's output (and
 * its test) is reproducible. Batches are built straight into Arrow vectors in the mesh's allocator, so publishing
 * them copies nothing.
 */
public final class RetailData {
  /** Rows per published batch. */
  public static final int BATCH_ROWS = 10_000;
  /** One order in this many is deliberately bad. */
  public static final int BAD_ROW_EVERY = 2_000;

  private static final String[] STATUSES = {"placed", "shipped", "shipped", "shipped", "returned"};
  private static final String[] REGIONS = {"EU", "EU", "US", "APAC"};
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private RetailData() {}

  /**
   * Returns how many customers go with a number of orders: one per 20 orders, at least 100.
   *
   * @param orders the number of orders
   * @return the number of customers
   */
  public static int customersFor(long orders) {
    return (int) Math.max(100, orders / 20);
  }

  /**
   * Generates the orders, one batch at a time. Every {@value #BAD_ROW_EVERY}th row is bad, in turn: a negative
   * amount, the id of the order before it (a duplicate key) and a null customer id.
   *
   * @param allocator where to build the batches
   * @param rows how many orders
   * @param seed the random seed
   * @param progress told the rows generated so far after each batch
   * @return a supplier of batches, for {@code Mesh.publish}
   */
  public static BatchSupplier orders(BufferAllocator allocator, long rows, long seed, LongConsumer progress) {
    Random random = new Random(seed);
    int customers = customersFor(rows);
    long[] done = {0};
    return new BatchSupplier() {
      @Override
      public Optional<VectorSchemaRoot> next() {
        if (done[0] >= rows) {
          return Optional.empty();
        }
        int n = (int) Math.min(BATCH_ROWS, rows - done[0]);
        VectorSchemaRoot b = VectorSchemaRoot.create(
            ArrowSchemas.of(RetailProducts.contract(RetailProducts.ORDERS), "orders"), allocator);
        b.allocateNew();
        VarCharVector id = (VarCharVector) b.getVector("order_id");
        BigIntVector customer = (BigIntVector) b.getVector("customer_id");
        Float8Vector amount = (Float8Vector) b.getVector("amount");
        VarCharVector status = (VarCharVector) b.getVector("status");
        TimeStampMicroTZVector placedAt = (TimeStampMicroTZVector) b.getVector("placed_at");
        for (int i = 0; i < n; i++) {
          long row = done[0] + i;
          long orderNumber = row;
          customer.setSafe(i, 1 + random.nextInt(customers));
          // Log-normal-ish amounts: many small baskets, a few large ones; cents only.
          amount.setSafe(i, Math.round(Math.exp(2.5 + random.nextGaussian() * 0.8) * 100) / 100.0);
          status.setSafe(i, bytes(STATUSES[random.nextInt(STATUSES.length)]));
          placedAt.setSafe(i, ChronoUnit.MICROS.between(Instant.EPOCH,
              START.plusSeconds(random.nextInt(365 * 24 * 3600))));
          if (row % BAD_ROW_EVERY == BAD_ROW_EVERY - 1) {
            switch ((int) (row / BAD_ROW_EVERY % 3)) {
              case 0 -> amount.setSafe(i, -amount.get(i));  // breaks `minimum: 0`
              case 1 -> orderNumber = row - 1;                // breaks the primary key's uniqueness
              default -> customer.setNull(i);                 // breaks `required: true`
            }
          }
          id.setSafe(i, bytes(String.format("o-%08d", orderNumber)));
        }
        b.setRowCount(n);
        done[0] += n;
        progress.accept(done[0]);
        return Optional.of(b);
      }
    };
  }

  /**
   * Generates the customers in one batch.
   *
   * @param allocator where to build the batch
   * @param count how many customers, ids 1 to {@code count}
   * @param seed the random seed
   * @return the batch, for {@code Mesh.publish}
   */
  public static VectorSchemaRoot customers(BufferAllocator allocator, int count, long seed) {
    Random random = new Random(seed);
    VectorSchemaRoot b = VectorSchemaRoot.create(
        ArrowSchemas.of(RetailProducts.contract(RetailProducts.CUSTOMERS), "customers"), allocator);
    b.allocateNew();
    for (int i = 0; i < count; i++) {
      long id = i + 1;
      ((BigIntVector) b.getVector("customer_id")).setSafe(i, id);
      ((VarCharVector) b.getVector("name")).setSafe(i, bytes("Customer " + id));
      ((VarCharVector) b.getVector("email")).setSafe(i, bytes("customer" + id + "@example.com"));
      ((VarCharVector) b.getVector("phone")).setSafe(i,
          bytes(String.format("+1-555-%04d-%03d", random.nextInt(10_000), random.nextInt(1000))));
      ((VarCharVector) b.getVector("region")).setSafe(i, bytes(REGIONS[random.nextInt(REGIONS.length)]));
    }
    b.setRowCount(count);
    return b;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
