package io.datamesh.arrow.quality;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.arrow.vector.FieldVector;
import org.jspecify.annotations.Nullable;

/** A contract's list of values compiled once into the raw domain of one column type. */
final class ValueSet {
  final LongHashSet longs = new LongHashSet(new MemoryBudget(Long.MAX_VALUE));
  final BytesHashSet bytes = new BytesHashSet(new MemoryBudget(Long.MAX_VALUE));
  final Set<BigDecimal> decimals = new HashSet<>();
  final Set<String> texts = new HashSet<>();
  private final List<byte[]> utf8 = new java.util.ArrayList<>();
  boolean allowTrue;
  boolean allowFalse;
  /** The UTF-8 values when there are few (compared by length, then bytes), else null. */
  byte @Nullable [][] fewBytes;
  /** The same few texts as words, when all are short enough; else null. */
  @Nullable ShortTexts shortTexts;
  /** For whole numbers in a narrow range: bit {@code x - rangeMin} is set for each member; else null. */
  long @Nullable [] rangeBits;
  long rangeMin;

  private static final int FEW = 8;
  private static final long RANGE = 1 << 12;

  static ValueSet compile(FieldVector v, List<@Nullable Object> values) {
    ValueSet s = new ValueSet();
    Kind kind = Columns.kind(v);
    for (Object value : values) {
      if (value == null) {
        continue;
      }
      s.texts.add(String.valueOf(value));
      switch (kind) {
        case LONG:
          whole(v, value, s);
          break;
        case DOUBLE:
        case FLOAT:
          number(v, value).ifPresent(b -> s.longs.add(kind == Kind.FLOAT
              ? Columns.canonicalBits(b.floatValue()) : Columns.canonicalBits(b.doubleValue())));
          break;
        case DECIMAL:
          number(v, value).ifPresent(b -> s.decimals.add(b.stripTrailingZeros()));
          break;
        case UTF8: {
          String text = value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value);
          byte[] b = text.getBytes(StandardCharsets.UTF_8);
          if (s.bytes.add(b, 0, b.length) == LongHashSet.NEW) {
            s.utf8.add(b);
          }
          break;
        }
        case BOOL:
          if (Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value))) {
            s.allowTrue = true;
          } else if (Boolean.FALSE.equals(value) || "false".equalsIgnoreCase(String.valueOf(value))) {
            s.allowFalse = true;
          }
          break;
        default:
          break;
      }
    }
    if (kind == Kind.UTF8 && s.utf8.size() <= FEW) {
      s.fewBytes = s.utf8.toArray(new byte[0][]);
      ShortTexts t = new ShortTexts();
      if (ShortTexts.supported() && s.utf8.stream().allMatch(b -> t.add(b, 0, b.length))) {
        s.shortTexts = t;
      }
    }
    if (kind == Kind.LONG) {
      s.compileRange();
    }
    return s;
  }

  private void compileRange() {
    long[] lo = {Long.MAX_VALUE};
    long[] hi = {Long.MIN_VALUE};
    longs.forEach(x -> {
      lo[0] = Math.min(lo[0], x);
      hi[0] = Math.max(hi[0], x);
    });
    if (longs.size() == 0 || hi[0] - lo[0] < 0 || hi[0] - lo[0] >= RANGE) {
      return;
    }
    rangeMin = lo[0];
    rangeBits = new long[(int) ((hi[0] - lo[0]) >>> 6) + 1];
    longs.forEach(x -> rangeBits[(int) ((x - rangeMin) >>> 6)] |= 1L << (x - rangeMin));
  }

  /** Tells whether a whole number is a member, through {@link #rangeBits}. */
  boolean inRange(long x) {
    long d = x - rangeMin;
    return d >= 0 && d < ((long) rangeBits.length << 6) && (rangeBits[(int) (d >>> 6)] & (1L << d)) != 0;
  }

  private static void whole(FieldVector v, Object value, ValueSet s) {
    java.util.Optional<BigDecimal> b = number(v, value);
    if (b.isPresent()) {
      try {
        s.longs.add(b.get().longValueExact());
      } catch (ArithmeticException e) {
        // Not a whole number in range: no value of this column can equal it.
      }
    }
  }

  private static java.util.Optional<BigDecimal> number(FieldVector v, Object value) {
    try {
      return java.util.Optional.of(Columns.toRawNumber(v, value));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
