package io.datamesh.arrow.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.BitSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * A lower or upper bound, compiled once per column type into the raw domain (whole numbers, epoch units, unscaled
 * decimals, doubles) so that the loop compares primitives.
 */
final class BoundKernel extends Kernel {
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final Object bound;
  private final boolean inclusive;
  private final boolean lower;
  private final Map<ArrowType, Limit> compiled = new ConcurrentHashMap<>();

  /** For whole-number domains: the violating side starts past {@code edge}; {@code all}/{@code none} saturate. */
  private static final class Limit {
    long edge;
    boolean all;
    boolean none;
    double real;
    BigDecimal exact;
  }

  BoundKernel(String column, Object bound, boolean inclusive, boolean lower) {
    super(column);
    this.bound = Objects.requireNonNull(bound, "bound");
    this.inclusive = inclusive;
    this.lower = lower;
  }

  @Override
  public String description() {
    String op = lower ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<");
    String text = bound instanceof BigDecimal ? ((BigDecimal) bound).toPlainString() : String.valueOf(bound);
    return op + " " + text;
  }

  private Limit compile(FieldVector v) {
    Kind kind = Columns.kind(v);
    Limit l = new Limit();
    if (kind == Kind.LONG || kind == Kind.DECIMAL) {
      BigDecimal raw = Columns.toRawNumber(v, bound);
      if (kind == Kind.DECIMAL) {
        l.exact = raw;
        raw = raw.movePointRight(((DecimalVector) v).getScale());
      }
      // lower: violation when x < edge; upper: violation when x > edge.
      BigDecimal edge = lower
          ? (inclusive ? raw.setScale(0, RoundingMode.CEILING) : raw.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE))
          : (inclusive ? raw.setScale(0, RoundingMode.FLOOR) : raw.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE));
      if (lower) {
        l.all = edge.compareTo(LONG_MAX) > 0;
        l.none = edge.compareTo(LONG_MIN) <= 0;
      } else {
        l.all = edge.compareTo(LONG_MIN) < 0;
        l.none = edge.compareTo(LONG_MAX) >= 0;
      }
      l.edge = l.all || l.none ? 0 : edge.longValueExact();
    } else if (kind == Kind.DOUBLE || kind == Kind.FLOAT) {
      l.real = Columns.toRawNumber(v, bound).doubleValue();
    } else {
      throw unsupported(v);
    }
    return l;
  }

  @Override
  void evaluate(FieldVector v, int rows, BitSet out) {
    Limit l = compiled.computeIfAbsent(v.getField().getType(), t -> compile(v));
    Kind kind = Columns.kind(v);
    boolean anyNull = v.getNullCount() > 0;
    ArrowBuf validity = v.getValidityBuffer();
    ArrowBuf data = v.getDataBuffer();
    if ((kind == Kind.LONG) && l.none) {
      return;
    }
    if (rows > 0 && kind == Kind.DOUBLE) {
      doubles(l.real, validity, anyNull, data, rows, out);
      return;
    }
    if (rows > 0 && kind == Kind.LONG && !l.all) {
      wholes(l.edge, validity, anyNull, data, Columns.width(v), rows, out);
      return;
    }
    for (int i = 0; i < rows; i++) {
      if (anyNull && Columns.isNull(validity, i)) {
        continue;
      }
      boolean bad;
      switch (kind) {
        case LONG: {
          long x = Columns.getLong(data, Columns.width(v), i);
          bad = l.all || (lower ? x < l.edge : x > l.edge);
          break;
        }
        case DOUBLE:
        case FLOAT: {
          double x = kind == Kind.FLOAT ? data.getFloat((long) i << 2) : data.getDouble((long) i << 3);
          bad = lower ? !(inclusive ? x >= l.real : x > l.real) : !(inclusive ? x <= l.real : x < l.real);
          break;
        }
        default: {
          long low = data.getLong((long) i * 16);
          long high = data.getLong((long) i * 16 + 8);
          if (high == (low >> 63)) {
            bad = !l.none && (l.all || (lower ? low < l.edge : low > l.edge));
          } else {
            int c = ((DecimalVector) v).getObject(i).compareTo(l.exact);
            bad = lower ? (inclusive ? c < 0 : c <= 0) : (inclusive ? c > 0 : c >= 0);
          }
        }
      }
      if (bad) {
        out.set(i);
      }
    }
  }

  /** Float64 columns, read by address; NaN violates every bound. */
  private void doubles(double bound, ArrowBuf validity, boolean anyNull, ArrowBuf data, int rows, BitSet out) {
    Columns.checkData(data, rows, 8);
    if (anyNull) {
      Columns.checkValidity(validity, rows);
    }
    long addr = data.memoryAddress();
    long valAddr = validity.memoryAddress();
    boolean low = lower;
    boolean incl = inclusive;
    for (int i = 0; i < rows; i++) {
      double x = Double.longBitsToDouble(MemoryUtil.getLong(addr + ((long) i << 3)));
      boolean ok = low ? (incl ? x >= bound : x > bound) : (incl ? x <= bound : x < bound);
      if (!ok && (!anyNull || (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) != 0)) {
        out.set(i);
      }
    }
  }

  /** Whole-number columns, read by address, against the compiled edge. */
  private void wholes(long edge, ArrowBuf validity, boolean anyNull, ArrowBuf data, int width, int rows,
      BitSet out) {
    Columns.checkData(data, rows, width);
    if (anyNull) {
      Columns.checkValidity(validity, rows);
    }
    long addr = data.memoryAddress();
    long valAddr = validity.memoryAddress();
    boolean low = lower;
    for (int i = 0; i < rows; i++) {
      long x;
      switch (width) {
        case 8:
          x = MemoryUtil.getLong(addr + ((long) i << 3));
          break;
        case 4:
          x = MemoryUtil.getInt(addr + ((long) i << 2));
          break;
        case 2:
          x = MemoryUtil.getShort(addr + ((long) i << 1));
          break;
        default:
          x = MemoryUtil.getByte(addr + i);
      }
      if ((low ? x < edge : x > edge)
          && (!anyNull || (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) != 0)) {
        out.set(i);
      }
    }
  }
}
