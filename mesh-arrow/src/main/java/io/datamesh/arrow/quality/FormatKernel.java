package io.datamesh.arrow.quality;

import java.util.BitSet;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;

/** Marks non-null texts that do not have a {@link StringFormat}. */
final class FormatKernel extends Kernel {
  private final StringFormat format;

  FormatKernel(String column, StringFormat format) {
    super(column);
    this.format = java.util.Objects.requireNonNull(format, "format");
  }

  @Override
  public String description() {
    return "is a valid " + format.text();
  }

  @Override
  void evaluate(FieldVector v, int rows, BitSet out) {
    if (Columns.kind(v) != Kind.UTF8) {
      throw unsupported(v);
    }
    boolean anyNull = v.getNullCount() > 0;
    ArrowBuf validity = v.getValidityBuffer();
    ArrowBuf offsets = v.getOffsetBuffer();
    ArrowBuf data = v.getDataBuffer();
    for (int i = 0; i < rows; i++) {
      if (anyNull && Columns.isNull(validity, i)) {
        continue;
      }
      int start = offsets.getInt((long) i << 2);
      int len = offsets.getInt((long) (i + 1) << 2) - start;
      if (!Formats.valid(format, Utf8.decode(data, start, len))) {
        out.set(i);
      }
    }
  }
}
