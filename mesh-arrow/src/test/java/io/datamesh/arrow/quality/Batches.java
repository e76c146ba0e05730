package io.datamesh.arrow.quality;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;

/** Builds test batches straight from Arrow vectors, and an allocator whose close fails on a leak. */
final class Batches {
  private Batches() {}

  /** A root allocator: closing it throws IllegalStateException if any buffer leaked. */
  static BufferAllocator allocator() {
    return new RootAllocator(Long.MAX_VALUE);
  }

  static VectorSchemaRoot root(FieldVector... vectors) {
    int rows = vectors.length == 0 ? 0 : vectors[0].getValueCount();
    VectorSchemaRoot root = new VectorSchemaRoot(Arrays.asList(vectors));
    root.setRowCount(rows);
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

  static BigIntVector longs(BufferAllocator a, String name, Long... values) {
    BigIntVector v = new BigIntVector(name, a);
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

  static BitVector bools(BufferAllocator a, String name, Boolean... values) {
    BitVector v = new BitVector(name, a);
    v.allocateNew(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
      } else {
        v.set(i, values[i] ? 1 : 0);
      }
    }
    v.setValueCount(values.length);
    return v;
  }

  static DateDayVector dates(BufferAllocator a, String name, LocalDate... values) {
    DateDayVector v = new DateDayVector(name, a);
    v.allocateNew(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
      } else {
        v.set(i, (int) values[i].toEpochDay());
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

  static DecimalVector decimals(BufferAllocator a, String name, int scale, BigDecimal... values) {
    DecimalVector v = new DecimalVector(name, a, 38, scale);
    v.allocateNew(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
      } else {
        v.set(i, values[i].setScale(scale));
      }
    }
    v.setValueCount(values.length);
    return v;
  }

  @SafeVarargs
  static ListVector stringLists(BufferAllocator a, String name, List<String>... values) {
    ListVector v = ListVector.empty(name, a);
    v.addOrGetVector(FieldType.nullable(new ArrowType.Utf8()));
    VarCharVector items = (VarCharVector) v.getDataVector();
    v.allocateNew();
    int item = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
        continue;
      }
      v.startNewValue(i);
      for (String s : values[i]) {
        items.setSafe(item++, s.getBytes(StandardCharsets.UTF_8));
      }
      v.endValue(i, values[i].size());
    }
    items.setValueCount(item);
    v.setValueCount(values.length);
    return v;
  }

  static List<String> list(String... s) {
    return new ArrayList<>(Arrays.asList(s));
  }
}
