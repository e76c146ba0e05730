package io.datamesh.arrow.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.jspecify.annotations.Nullable;

/**
 * Set membership: in missing mode a row violates when it is null or listed; in valid mode when it is not null and
 * not listed.
 */
final class ValueSetKernel extends Kernel {
  private final List<@Nullable Object> values;
  private final boolean missing;
  private final Map<ArrowType, ValueSet> compiled = new ConcurrentHashMap<>();

  ValueSetKernel(String column, List<@Nullable Object> values, boolean missing) {
    super(column);
    this.values = Collections.unmodifiableList(new ArrayList<>(values));
    this.missing = missing;
  }

  @Override
  public String description() {
    return missing ? "is not null and not one of " + values : "is one of " + values;
  }

  @Override
  void evaluate(FieldVector v, int rows, BitSet out) {
    ValueSet set = compiled.computeIfAbsent(v.getField().getType(), t -> ValueSet.compile(v, values));
    boolean anyNull = v.getNullCount() > 0;
    Kind kind = Columns.kind(v);
    ArrowBuf validity = kind == Kind.OTHER ? null : v.getValidityBuffer();
    ArrowBuf data = kind == Kind.OTHER || kind == Kind.LIST ? null : v.getDataBuffer();
    int width = kind == Kind.LONG ? Columns.width(v) : 0;
    ArrowBuf offsets = kind == Kind.UTF8 ? v.getOffsetBuffer() : null;
    if (kind == Kind.UTF8) {
      Columns.checkOffsets(v, rows);
    }
    for (int i = 0; i < rows; i++) {
      if (anyNull && (validity == null ? v.isNull(i) : Columns.isNull(validity, i))) {
        if (missing) {
          out.set(i);
        }
        continue;
      }
      boolean in;
      switch (kind) {
        case LONG:
          in = set.longs.contains(Columns.getLong(data, width, i));
          break;
        case DOUBLE:
          in = set.longs.contains(Columns.canonicalBits(data.getDouble((long) i << 3)));
          break;
        case FLOAT:
          in = set.longs.contains(Columns.canonicalBits(data.getFloat((long) i << 2)));
          break;
        case UTF8: {
          int start = offsets.getInt((long) i << 2);
          in = set.bytes.contains(data, start, offsets.getInt((long) (i + 1) << 2) - start);
          break;
        }
        case BOOL:
          in = Columns.getBit(data, i) ? set.allowTrue : set.allowFalse;
          break;
        case DECIMAL: {
          BigDecimal d = ((DecimalVector) v).getObject(i);
          in = set.decimals.contains(d.stripTrailingZeros());
          break;
        }
        default:
          in = set.texts.contains(String.valueOf(v.getObject(i)));
      }
      if (in == missing) {
        out.set(i);
      }
    }
  }
}
