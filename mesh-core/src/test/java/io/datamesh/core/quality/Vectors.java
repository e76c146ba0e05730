package io.datamesh.core.quality;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Test batches built straight from Arrow vectors; the allocator's close fails on a leak. */
final class Vectors {
  private Vectors() {}

  static BufferAllocator allocator() {
    return new RootAllocator(Long.MAX_VALUE);
  }

  static VectorSchemaRoot root(FieldVector... vectors) {
    VectorSchemaRoot root = new VectorSchemaRoot(Arrays.asList(vectors));
    root.setRowCount(vectors.length == 0 ? 0 : vectors[0].getValueCount());
    return root;
  }

  static IntVector ints(BufferAllocator a, String name, Integer... values) {
    IntVector v = new IntVector(name, a);
    v.allocateNew(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
      } else {
        v.set(i, values[i]);
      }
    }
    v.setValueCount(values.length);
    return v;
  }

  static Float8Vector doubles(BufferAllocator a, String name, Double... values) {
    Float8Vector v = new Float8Vector(name, a);
    v.allocateNew(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
      } else {
        v.set(i, values[i]);
      }
    }
    v.setValueCount(values.length);
    return v;
  }

  static VarCharVector strings(BufferAllocator a, String name, String... values) {
    VarCharVector v = new VarCharVector(name, a);
    v.allocateNew(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
      } else {
        v.setSafe(i, values[i].getBytes(StandardCharsets.UTF_8));
      }
    }
    v.setValueCount(values.length);
    return v;
  }

  static TimeStampMicroTZVector timestamps(BufferAllocator a, String name, Instant... values) {
    TimeStampMicroTZVector v = new TimeStampMicroTZVector(name, a, "UTC");
    v.allocateNew(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
      } else {
        v.set(i, values[i].getEpochSecond() * 1_000_000L + values[i].getNano() / 1000);
      }
    }
    v.setValueCount(values.length);
    return v;
  }
}
