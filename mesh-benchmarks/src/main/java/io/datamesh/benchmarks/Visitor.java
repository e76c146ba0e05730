package io.datamesh.benchmarks;

import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Visits every value of a batch as a consumer that cares about speed would: sums numeric columns (skipping nulls
 * by their validity bit) and totals the bytes of string values, reading the buffers through their addresses.
 * {@link #copy} is the baseline: {@code MemoryUtil.copyMemory} of the same buffers.
 */
final class Visitor {
  long longs;
  double doubles;
  long stringBytes;
  long values;

  private Visitor() {}

  static Visitor visit(VectorSchemaRoot root, Visitor acc) {
    int n = root.getRowCount();
    for (FieldVector v : root.getFieldVectors()) {
      long valid = v.getValidityBuffer().memoryAddress();
      if (v instanceof BigIntVector) {
        long data = v.getDataBuffer().memoryAddress();
        long s = 0;
        for (int i = 0; i < n; i++) {
          s += bit(valid, i) * MemoryUtil.getLong(data + ((long) i << 3));
        }
        acc.longs += s;
      } else if (v instanceof IntVector) {
        long data = v.getDataBuffer().memoryAddress();
        long s = 0;
        for (int i = 0; i < n; i++) {
          s += bit(valid, i) * MemoryUtil.getInt(data + ((long) i << 2));
        }
        acc.longs += s;
      } else if (v instanceof Float8Vector) {
        long data = v.getDataBuffer().memoryAddress();
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += bit(valid, i) * Double.longBitsToDouble(MemoryUtil.getLong(data + ((long) i << 3)));
        }
        acc.doubles += s;
      } else {
        long offsets = v.getOffsetBuffer().memoryAddress();
        long s = 0;
        for (int i = 0; i < n; i++) {
          s += bit(valid, i) * (MemoryUtil.getInt(offsets + ((long) (i + 1) << 2))
              - MemoryUtil.getInt(offsets + ((long) i << 2)));
        }
        acc.stringBytes += s;
      }
      acc.values += n;
    }
    return acc;
  }

  static Visitor start() {
    return new Visitor();
  }

  private static int bit(long validity, int i) {
    return (MemoryUtil.getByte(validity + (i >> 3)) >> (i & 7)) & 1;
  }

  /** Copies the buffers holding the batch's values (validity, offsets, data) into {@code dst}; returns bytes. */
  static long copy(VectorSchemaRoot root, long dst) {
    int n = root.getRowCount();
    long total = 0;
    for (FieldVector v : root.getFieldVectors()) {
      long validity = (n + 7) / 8;
      MemoryUtil.copyMemory(v.getValidityBuffer().memoryAddress(), dst, validity);
      total += validity;
      long data;
      if (v instanceof BaseVariableWidthVector) {
        long offsets = (long) (n + 1) * 4;
        MemoryUtil.copyMemory(v.getOffsetBuffer().memoryAddress(), dst + validity, offsets);
        total += offsets;
        data = v.getOffsetBuffer().getInt((long) n * 4);
      } else {
        data = (long) n * ((BaseFixedWidthVector) v).getTypeWidth();
      }
      MemoryUtil.copyMemory(v.getDataBuffer().memoryAddress(), dst, data);
      total += data;
    }
    return total;
  }
}
