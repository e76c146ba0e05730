package io.datamesh.arrow.quality;

import java.util.BitSet;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;

/**
 * Marks null rows, reading only the validity bitmap. Within its parent, a nested value's null counts only where
 * every enclosing struct is present (the scan clears the rows where one is null).
 */
final class NotNullKernel extends Kernel {
  private final boolean withinParent;

  NotNullKernel(String column, boolean withinParent) {
    super(column);
    this.withinParent = withinParent;
  }

  @Override
  public String description() {
    return withinParent ? "is not null where its parent is present" : "is not null";
  }

  @Override
  boolean withinParent() {
    return withinParent;
  }

  @Override
  void evaluate(FieldVector v, int rows, BitSet out) {
    if (v.getNullCount() == 0) {
      return;
    }
    if (Columns.kind(v) == Kind.OTHER) {
      for (int i = 0; i < rows; i++) {
        if (v.isNull(i)) {
          out.set(i);
        }
      }
      return;
    }
    ArrowBuf validity = v.getValidityBuffer();
    for (int w = 0; w < rows; w += 8) {
      int bits = ~validity.getByte(w >>> 3) & 0xFF;
      while (bits != 0) {
        int i = w + Integer.numberOfTrailingZeros(bits);
        if (i < rows) {
          out.set(i);
        }
        bits &= bits - 1;
      }
    }
  }
}
