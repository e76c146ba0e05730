package io.datamesh.samples.retail;

import io.datamesh.arrow.ArrowSchemas;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import java.util.function.LongConsumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Deterministic retail data: the same seed and row count always give the same rows, so the demo's output (and
 * its test) is reproducible.
 */
public final class RetailData {
  /** Rows per batch of the orders file. */
  public static final int BATCH_ROWS = 50_000;
  /** One order in this many is deliberately bad. */
  public static final int BAD_ROW_EVERY = 2_000;
  /** The footer metadata key of an orders file that holds the generator's seed. */
  public static final String SEED_KEY = "retail.orders.seed";

  private static final String[] REGIONS = {"EU", "EU", "US", "APAC"};
  private static final byte[] PLACED = bytes("placed");
  private static final byte[] SHIPPED = bytes("shipped");
  private static final byte[] RETURNED = bytes("returned");
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final long YEAR_MICROS = ChronoUnit.MICROS.between(START, START.plus(Duration.ofDays(365)));

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
   * Returns the Arrow schema of the orders, from their contract.
   *
   * @return the schema every batch of the orders file has
   */
  public static Schema ordersSchema() {
    return ArrowSchemas.of(RetailProducts.contract(RetailProducts.ORDERS), "orders");
  }

  /**
   * Writes the orders as an Arrow IPC file, one batch of {@value #BATCH_ROWS} rows at a time, through one reused
   * batch. Orders are placed through 2025 in id order. Every {@value #BAD_ROW_EVERY}th row is bad, in turn: a
   * negative amount, the id of the order before it (a duplicate key) and a null customer id.
   *
   * @param out where to write; left open
   * @param allocator where to build the batch
   * @param rows how many orders
   * @param seed the random seed
   * @param progress told the rows written so far after each batch
   * @throws IOException if writing fails
   */
  public static void writeOrders(WritableByteChannel out, BufferAllocator allocator, long rows, long seed,
      LongConsumer progress) throws IOException {
    Random random = new Random(seed);
    int customers = customersFor(rows);
    try (VectorSchemaRoot b = VectorSchemaRoot.create(ordersSchema(), allocator);
        // The footer records how the file was made, so a later run checks it with ArrowIpc.fileInfo alone.
        ArrowFileWriter writer = new ArrowFileWriter(b, null, out, Map.of(SEED_KEY, Long.toString(seed)))) {
      VarCharVector id = (VarCharVector) b.getVector("order_id");
      BigIntVector customer = (BigIntVector) b.getVector("customer_id");
      Float8Vector amount = (Float8Vector) b.getVector("amount");
      VarCharVector status = (VarCharVector) b.getVector("status");
      TimeStampMicroTZVector placedAt = (TimeStampMicroTZVector) b.getVector("placed_at");
      writer.start();
      for (long done = 0; done < rows; ) {
        int n = (int) Math.min(BATCH_ROWS, rows - done);
        b.allocateNew();
        for (int i = 0; i < n; i++) {
          long row = done + i;
          long orderNumber = row;
          customer.setSafe(i, 1 + random.nextInt(customers));
          // Log-normal amounts: many small baskets, a few large ones; cents only.
          amount.setSafe(i, Math.round(Math.exp(2.5 + random.nextGaussian() * 0.8) * 100) / 100.0);
          double age = 1 - (double) row / rows; // 1 for the first order of the year, near 0 for the last
          int dice = random.nextInt(100);
          status.setSafe(i, age < 0.02 && dice < 80 ? PLACED : dice < 6 ? RETURNED : SHIPPED);
          long micros = ChronoUnit.MICROS.between(Instant.EPOCH, START)
              + (long) ((1 - age) * YEAR_MICROS) + random.nextInt(60_000_000);
          placedAt.setSafe(i, micros);
          if (row % BAD_ROW_EVERY == BAD_ROW_EVERY - 1) {
            switch ((int) (row / BAD_ROW_EVERY % 3)) {
              case 0 -> amount.setSafe(i, -amount.get(i));   // breaks `minimum: 0`
              case 1 -> orderNumber = row - 1;            // breaks the primary key's uniqueness
              default -> customer.setNull(i);             // breaks `required: true`
            }
          }
          id.setSafe(i, orderId(orderNumber));
        }
        b.setRowCount(n);
        writer.writeBatch();
        done += n;
        progress.accept(done);
      }
      writer.end();
    }
  }

  /** {@code o-00001234}: eight digits at least, without String.format (a million calls add up). */
  private static byte[] orderId(long number) {
    String digits = Long.toString(number);
    byte[] out = new byte[2 + Math.max(8, digits.length())];
    out[0] = 'o';
    out[1] = '-';
    int pad = out.length - 2 - digits.length();
    for (int i = 0; i < out.length - 2; i++) {
      out[2 + i] = i < pad ? (byte) '0' : (byte) digits.charAt(i - pad);
    }
    return out;
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
