package io.datamesh.benchmarks;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaObjectBuilder;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.arrow.ArrowSchemas;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The benchmark table: 10 columns (4 int64, 1 int32, 3 float64, 2 short strings), every 16th value null, in
 * batches of {@code batchRows}.
 */
final class BenchData {
  static final PortAddress PORT =
      PortAddress.parse("urn:dpds:io.bench:dataproducts:events:1:outputports:events");
  static final String[] LONGS = {"id", "user", "ts", "bytes"};
  static final String[] DOUBLES = {"price", "score", "ratio"};
  static final String[] STRINGS = {"country", "device"};
  private static final String[] COUNTRIES = {"FR", "DE", "NL", "ES", "IT", "PL", "SE", "PT"};
  private static final String[] DEVICES = {"ios", "android", "web", "tv"};

  private BenchData() {}

  static Contract contract() {
    SchemaObjectBuilder o = SchemaObject.builder("events");
    for (String c : LONGS) {
      o.addProperty(SchemaProperty.builder(c, LogicalType.INTEGER).build());
    }
    o.addProperty(SchemaProperty.builder("qty", LogicalType.INTEGER)
        .setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat("i32").build()).build());
    for (String c : DOUBLES) {
      o.addProperty(SchemaProperty.builder(c, LogicalType.NUMBER).build());
    }
    for (String c : STRINGS) {
      o.addProperty(SchemaProperty.builder(c, LogicalType.STRING).build());
    }
    return Contract.builder().setId("events").setVersion("1.0.0").addSchemaObject(o.build()).build();
  }

  static DataProduct product() {
    return DataProduct.builder().setNamespace("io.bench").setName("events").setVersion("1.0.0")
        .setDomain(Domain.of("bench", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("bench@example.com"))
        .addOutputPort(OutputPort.builder("events").setContract(contract())).build();
  }

  static Schema schema() {
    return ArrowSchemas.of(contract(), "events");
  }

  static List<VectorSchemaRoot> batches(BufferAllocator allocator, long rows, int batchRows) {
    List<VectorSchemaRoot> out = new ArrayList<>();
    for (long start = 0; start < rows; start += batchRows) {
      out.add(batch(allocator, start, (int) Math.min(batchRows, rows - start)));
    }
    return out;
  }

  static VectorSchemaRoot batch(BufferAllocator allocator, long start, int n) {
    VectorSchemaRoot root = VectorSchemaRoot.create(schema(), allocator);
    root.getFieldVectors().forEach(v -> v.setInitialCapacity(n));
    root.allocateNew();
    byte[][] countries = bytes(COUNTRIES);
    byte[][] devices = bytes(DEVICES);
    for (int i = 0; i < n; i++) {
      long r = start + i;
      boolean isNull = (r & 15) == 15;
      for (int c = 0; c < LONGS.length; c++) {
        BigIntVector v = (BigIntVector) root.getVector(LONGS[c]);
        if (isNull && c > 0) {
          v.setNull(i);
        } else {
          v.set(i, r * (c + 1));
        }
      }
      ((IntVector) root.getVector("qty")).set(i, (int) (r % 100));
      for (int c = 0; c < DOUBLES.length; c++) {
        Float8Vector v = (Float8Vector) root.getVector(DOUBLES[c]);
        if (isNull) {
          v.setNull(i);
        } else {
          v.set(i, r * 0.5 + c);
        }
      }
      ((VarCharVector) root.getVector("country")).setSafe(i, countries[(int) (r % countries.length)]);
      ((VarCharVector) root.getVector("device")).setSafe(i, devices[(int) (r % devices.length)]);
    }
    root.setRowCount(n);
    return root;
  }

  private static byte[][] bytes(String[] values) {
    byte[][] out = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].getBytes(StandardCharsets.UTF_8);
    }
    return out;
  }
}
