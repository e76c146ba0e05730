package io.datamesh.arrow.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;
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
    if (rows > 0 && !missing && (kind == Kind.UTF8 && set.fewBytes != null
        || kind == Kind.LONG && set.rangeBits != null)) {
      if (anyNull) {
        Columns.checkValidity(validity, rows);
      }
      if (kind == Kind.UTF8) {
        fewTexts(set.fewBytes, set.shortTexts, validity, anyNull, offsets, data, rows, out);
      } else {
        Columns.checkData(data, rows, width);
        narrowWholes(set, validity, anyNull, data, width, rows, out);
      }
      return;
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

  /** Valid values among a few texts: a length compare, then the bytes, on the buffers. */
  private static void fewTexts(byte[][] few, @Nullable ShortTexts words, ArrowBuf validity, boolean anyNull,
      ArrowBuf offsets, ArrowBuf data, int rows, BitSet out) {
    long offAddr = offsets.memoryAddress();
    long valAddr = validity.memoryAddress();
    long dataAddr = data.memoryAddress();
    long wordsEnd = words == null ? -1 : data.capacity() - ShortTexts.WIDTH;
    int start = MemoryUtil.getInt(offAddr);
    for (int i = 0; i < rows; i++) {
      int end = MemoryUtil.getInt(offAddr + ((long) (i + 1) << 2));
      boolean in = start <= wordsEnd ? words.find(dataAddr + start, end - start) >= 0
          : member(few, dataAddr + start, end - start);
      if (!in && (!anyNull || (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) != 0)) {
        out.set(i);
      }
      start = end;
    }
  }

  private static boolean member(byte[][] few, long addr, int len) {
    for (byte[] b : few) {
      if (b.length == len && Hashing.equal(addr, b, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /** Valid values among whole numbers in a narrow range: one bit test per row. */
  private static void narrowWholes(ValueSet set, ArrowBuf validity, boolean anyNull, ArrowBuf data, int width,
      int rows, BitSet out) {
    long valAddr = validity.memoryAddress();
    long addr = data.memoryAddress();
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
      if (!set.inRange(x) && (!anyNull || (MemoryUtil.getByte(valAddr + (i >>> 3)) & (1 << (i & 7))) != 0)) {
        out.set(i);
      }
    }
  }
}
