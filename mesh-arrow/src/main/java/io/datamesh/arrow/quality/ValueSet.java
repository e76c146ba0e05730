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
  boolean allowTrue;
  boolean allowFalse;

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
          s.bytes.add(b, 0, b.length);
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
    return s;
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
