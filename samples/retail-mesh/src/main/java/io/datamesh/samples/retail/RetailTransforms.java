package io.datamesh.samples.retail;

import static io.datamesh.samples.retail.RetailProducts.CLV;
import static io.datamesh.samples.retail.RetailProducts.SEGMENTS;

import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.core.TransformContext;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/** The products' own code: Java transforms the mesh runs when their inputs change or on their schedule. */
final class RetailTransforms {
  private RetailTransforms() {}

  /** customer-insights: orders and lifetime value per customer, with the customer's region and e-mail. */
  static void lifetimeValue(TransformContext ctx) throws Exception {
    Map<Long, long[]> counts = new HashMap<>();
    Map<Long, double[]> values = new TreeMap<>(); // by customer id
    try (ArrowReader orders = ctx.input("orders")) { // quarantined rows are not in the snapshot
      while (orders.loadNextBatch()) {
        VectorSchemaRoot b = orders.getVectorSchemaRoot();
        BigIntVector customer = (BigIntVector) b.getVector("customer_id");
        Float8Vector amount = (Float8Vector) b.getVector("amount");
        for (int i = 0; i < b.getRowCount(); i++) {
          counts.computeIfAbsent(customer.get(i), k -> new long[1])[0]++;
          values.computeIfAbsent(customer.get(i), k -> new double[1])[0] += amount.get(i);
        }
      }
    }
    Map<Long, String[]> customers = new HashMap<>(); // id -> {region, email}
    try (ArrowReader in = ctx.input("customers")) { // read as this product: the access policies show it e-mails
      while (in.loadNextBatch()) {
        VectorSchemaRoot b = in.getVectorSchemaRoot();
        BigIntVector id = (BigIntVector) b.getVector("customer_id");
        for (int i = 0; i < b.getRowCount(); i++) {
          customers.put(id.get(i), new String[] {text(b, "region", i), text(b, "email", i)});
        }
      }
    }
    VectorSchemaRoot out = VectorSchemaRoot.create(
        ArrowSchemas.of(RetailProducts.contract(CLV), "customer_lifetime_value"), ctx.allocator());
    out.allocateNew();
    int i = 0;
    for (Map.Entry<Long, double[]> e : values.entrySet()) {
      String[] customer = customers.getOrDefault(e.getKey(), new String[2]);
      ((BigIntVector) out.getVector("customer_id")).setSafe(i, e.getKey());
      setText(out, "region", i, customer[0]);
      setText(out, "email", i, customer[1]);
      ((BigIntVector) out.getVector("order_count")).setSafe(i, counts.get(e.getKey())[0]);
      ((Float8Vector) out.getVector("lifetime_value")).setSafe(i, Math.round(e.getValue()[0] * 100) / 100.0);
      i++;
    }
    out.setRowCount(i);
    ctx.log().info("lifetime value of " + i + " customers");
    ctx.publish("customer_lifetime_value", out);
  }

  /** marketing: a campaign segment per customer, from the lifetime value. */
  static void segments(TransformContext ctx) throws Exception {
    VectorSchemaRoot out = VectorSchemaRoot.create(
        ArrowSchemas.of(RetailProducts.contract(SEGMENTS), "campaign_segments"), ctx.allocator());
    out.allocateNew();
    int n = 0;
    try (ArrowReader clv = ctx.input("clv")) {
      while (clv.loadNextBatch()) {
        VectorSchemaRoot b = clv.getVectorSchemaRoot();
        Float8Vector value = (Float8Vector) b.getVector("lifetime_value");
        BigIntVector customer = (BigIntVector) b.getVector("customer_id");
        for (int i = 0; i < b.getRowCount(); i++, n++) {
          double v = value.get(i);
          ((BigIntVector) out.getVector("customer_id")).setSafe(n, customer.get(i));
          setText(out, "region", n, text(b, "region", i));
          setText(out, "segment", n, v >= 500 ? "vip" : v >= 200 ? "regular" : "occasional");
          ((Float8Vector) out.getVector("lifetime_value")).setSafe(n, v);
        }
      }
    }
    out.setRowCount(n);
    ctx.publish("campaign_segments", out);
  }

  private static String text(VectorSchemaRoot root, String column, int row) {
    VarCharVector v = (VarCharVector) root.getVector(column);
    return v.isNull(row) ? null : new String(v.get(row), StandardCharsets.UTF_8);
  }

  private static void setText(VectorSchemaRoot root, String column, int row, String value) {
    VarCharVector v = (VarCharVector) root.getVector(column);
    if (value == null) {
      v.setNull(row);
    } else {
      v.setSafe(row, value.getBytes(StandardCharsets.UTF_8));
    }
  }
}
