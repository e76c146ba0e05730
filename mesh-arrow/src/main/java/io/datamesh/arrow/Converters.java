package io.datamesh.arrow;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.IntConsumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.jspecify.annotations.Nullable;

/** The conversions of the assignability table; each consumes its source vector. */
final class Converters {
  private Converters() {}

  static FieldVector transfer(FieldVector src, Field target, BufferAllocator a, @Nullable DictionaryProvider d) {
    FieldVector dst = target.createVector(a);
    try (src) {
      src.makeTransferPair(dst).transfer();
      return dst;
    }
  }

  static Step decode(Step inner) {
    return (src, target, a, d) -> {
      long id = src.getField().getDictionary().getId();
      Dictionary dict = d == null ? null : d.lookup(id);
      if (dict == null) {
        src.close();
        throw new MeshException(MeshStatus.INVALID_ARGUMENT, "column '" + target.getName() + "' is dictionary"
            + " encoded but dictionary " + id + " was not sent; publish an ArrowReader that carries it");
      }
      FieldVector decoded;
      try (src) {
        decoded = (FieldVector) DictionaryEncoder.decode(src, dict, a);
      }
      return inner.apply(decoded, target, a, d);
    };
  }

  static FieldVector integer(FieldVector src, Field target, BufferAllocator a, @Nullable DictionaryProvider d) {
    BaseIntVector in = (BaseIntVector) src;
    BaseIntVector out = (BaseIntVector) target.createVector(a);
    return copy(src, out, i -> out.setWithPossibleTruncate(i, in.getValueAsLong(i)));
  }

  static FieldVector integerToDecimal(FieldVector src, Field target, BufferAllocator a,
      @Nullable DictionaryProvider d) {
    BaseIntVector in = (BaseIntVector) src;
    DecimalVector out = (DecimalVector) target.createVector(a);
    boolean u64 = src instanceof UInt8Vector;
    return copy(src, out, i -> {
      long v = in.getValueAsLong(i);
      if (u64) {
        out.set(i, new BigDecimal(Long.toUnsignedString(v)));
      } else {
        out.set(i, v);
      }
    });
  }

  static FieldVector float4To8(FieldVector src, Field target, BufferAllocator a, @Nullable DictionaryProvider d) {
    Float4Vector in = (Float4Vector) src;
    Float8Vector out = (Float8Vector) target.createVector(a);
    return copy(src, out, i -> out.set(i, in.get(i)));
  }

  static FieldVector strings(FieldVector src, Field target, BufferAllocator a, @Nullable DictionaryProvider d) {
    FieldVector out = target.createVector(a);
    return copy(src, out, i -> {
      byte[] bytes = src instanceof VarCharVector v ? v.get(i) : ((LargeVarCharVector) src).get(i);
      if (out instanceof VarCharVector v) {
        v.setSafe(i, bytes);
      } else {
        ((LargeVarCharVector) out).setSafe(i, bytes);
      }
    });
  }

  static FieldVector timestamp(FieldVector src, Field target, BufferAllocator a, @Nullable DictionaryProvider d) {
    TimeStampVector in = (TimeStampVector) src;
    ArrowType.Timestamp from = (ArrowType.Timestamp) src.getField().getType();
    ArrowType.Timestamp to = (ArrowType.Timestamp) target.getType();
    TimeStampVector out = (TimeStampVector) target.createVector(a);
    ZoneId wallClock = from.getTimezone() == null && to.getTimezone() != null
        && !ZoneOffset.UTC.equals(ZoneId.of(to.getTimezone()).normalized()) ? ZoneId.of(to.getTimezone()) : null;
    return copy(src, out, i -> {
      long micros = micros(target.getName(), i, in.get(i), from.getUnit());
      out.set(i, wallClock == null ? micros : shift(micros, wallClock));
    });
  }

  static FieldVector time(FieldVector src, Field target, BufferAllocator a, @Nullable DictionaryProvider d) {
    BaseFixedWidthVector in = (BaseFixedWidthVector) src;
    ArrowType.Time from = (ArrowType.Time) src.getField().getType();
    TimeMicroVector out = (TimeMicroVector) target.createVector(a);
    return copy(src, out, i -> {
      long raw = from.getBitWidth() == 32 ? in.getDataBuffer().getInt((long) i * 4)
          : in.getDataBuffer().getLong((long) i * 8);
      out.set(i, micros(target.getName(), i, raw, from.getUnit()));
    });
  }

  static long micros(String column, int row, long value, TimeUnit unit) {
    try {
      return switch (unit) {
        case SECOND -> Math.multiplyExact(value, 1_000_000L);
        case MILLISECOND -> Math.multiplyExact(value, 1_000L);
        case MICROSECOND -> value;
        case NANOSECOND -> Math.floorDiv(value, 1_000L);
      };
    } catch (ArithmeticException e) {
      throw new MeshException(MeshStatus.CONTRACT_VIOLATION, "column '" + column + "' row " + row + ": " + value
          + " " + unit.name().toLowerCase(java.util.Locale.ROOT) + "s overflows a microsecond timestamp", e);
    }
  }

  private static long shift(long wallMicros, ZoneId zone) {
    LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(wallMicros, 1_000_000L),
        (int) Math.floorMod(wallMicros, 1_000_000L) * 1000, ZoneOffset.UTC);
    var instant = local.atZone(zone).toInstant();
    return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000;
  }

  /** Sizes {@code out} like {@code src}, copies every non-null row with {@code row}, and closes {@code src}. */
  private static FieldVector copy(FieldVector src, ValueVector out, IntConsumer row) {
    int n = src.getValueCount();
    try (src) {
      if (out instanceof BaseFixedWidthVector f) {
        f.allocateNew(n);
      } else {
        out.setInitialCapacity(n);
        out.allocateNew();
      }
      for (int i = 0; i < n; i++) {
        if (src.isNull(i)) {
          ((FieldVector) out).setNull(i);
        } else {
          row.accept(i);
        }
      }
      out.setValueCount(n);
      return (FieldVector) out;
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }
}
