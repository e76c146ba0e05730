package io.datamesh.arrow.quality;

import com.google.re2j.Pattern;
import java.util.BitSet;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;

/** Marks non-null texts with no match of a pattern; the matcher reads the UTF-8 bytes, never a Java string. */
final class PatternKernel extends Kernel {
  private final String source;
  private final Pattern pattern;

  PatternKernel(String column, String pattern) {
    super(column);
    this.source = pattern;
    this.pattern = Patterns.compile(pattern);
  }

  @Override
  public String description() {
    return "matches " + source;
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
      if (!pattern.matcher(Utf8.bytes(data, start, len)).find()) {
        out.set(i);
      }
    }
  }
}
