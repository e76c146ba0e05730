package io.datamesh.arrow.quality;

import java.math.BigDecimal;
import java.util.BitSet;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;

/**
 * Marks numbers that are not a multiple of a divisor: a primitive remainder for whole divisors of whole numbers,
 * decimal arithmetic on the shortest decimal form otherwise (so 0.3 is a multiple of 0.1); NaN and infinities fail.
 */
final class MultipleOfKernel extends Kernel {
  private final BigDecimal divisor;
  private final long wholeDivisor;

  MultipleOfKernel(String column, BigDecimal divisor) {
    super(column);
    this.divisor = java.util.Objects.requireNonNull(divisor, "divisor");
    if (divisor.signum() == 0) {
      throw new IllegalArgumentException("multipleOf on '" + column + "' must not be 0");
    }
    long whole = 0;
    try {
      whole = divisor.stripTrailingZeros().scale() <= 0 ? divisor.longValueExact() : 0;
    } catch (ArithmeticException e) {
      whole = 0;
    }
    this.wholeDivisor = whole;
  }

  @Override
  public String description() {
    return "is a multiple of " + divisor.toPlainString();
  }

  @Override
  void evaluate(FieldVector v, int rows, BitSet out) {
    Kind kind = Columns.kind(v);
    if (kind != Kind.LONG && kind != Kind.DOUBLE && kind != Kind.FLOAT && kind != Kind.DECIMAL
        || kind == Kind.LONG && Columns.temporal(v)) {
      throw unsupported(v);
    }
    boolean anyNull = v.getNullCount() > 0;
    ArrowBuf validity = v.getValidityBuffer();
    ArrowBuf data = v.getDataBuffer();
    int width = kind == Kind.LONG ? Columns.width(v) : 0;
    for (int i = 0; i < rows; i++) {
      if (anyNull && Columns.isNull(validity, i)) {
        continue;
      }
      boolean ok;
      switch (kind) {
        case LONG: {
          long x = Columns.getLong(data, width, i);
          ok = wholeDivisor != 0 ? x % wholeDivisor == 0 : multiple(BigDecimal.valueOf(x));
          break;
        }
        case DOUBLE: {
          double x = data.getDouble((long) i << 3);
          ok = Double.isFinite(x) && multiple(BigDecimal.valueOf(x));
          break;
        }
        case FLOAT: {
          float x = data.getFloat((long) i << 2);
          ok = Float.isFinite(x) && multiple(new BigDecimal(Float.toString(x)));
          break;
        }
        default:
          ok = multiple(((DecimalVector) v).getObject(i));
      }
      if (!ok) {
        out.set(i);
      }
    }
  }

  private boolean multiple(BigDecimal x) {
    return x.remainder(divisor).signum() == 0;
  }
}
