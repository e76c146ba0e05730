package io.datamesh.arrow.quality;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalLong;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;

/**
 * Exact set of the keys seen so far for one column or column set: marks every row whose key was seen before
 * (keep-first), counts distinct keys, and gives up cleanly (never approximates) when the budget runs out.
 * Rows with a null in any key column are not keyed, as in SQL unique constraints.
 */
final class KeyState {
  private enum Mode { LONGS, UTF8, TUPLE }

  private final List<String> columns;
  private final MemoryBudget budget;
  private Mode mode;
  private LongHashSet longs;
  private BytesHashSet bytes;
  private long keyedRows;
  private boolean exceeded;
  private byte[] scratch = new byte[64];

  KeyState(List<String> columns, MemoryBudget budget) {
    this.columns = List.copyOf(columns);
    this.budget = budget;
  }

  List<String> columns() {
    return columns;
  }

  long keyedRows() {
    return keyedRows;
  }

  boolean exceeded() {
    return exceeded;
  }

  OptionalLong distinct() {
    if (exceeded) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(longs != null ? longs.size() : bytes != null ? bytes.size() : 0);
  }

  void accept(FieldVector[] vs, int rows, BitSet dup) {
    if (mode == null) {
      mode = modeOf(vs);
      if (mode == Mode.LONGS) {
        longs = new LongHashSet(budget);
      } else {
        bytes = new BytesHashSet(budget);
      }
    }
    if (mode == Mode.LONGS) {
      acceptLongs(vs[0], rows, dup);
    } else if (mode == Mode.UTF8) {
      acceptUtf8(vs[0], rows, dup);
    } else {
      acceptTuples(vs, rows, dup);
    }
  }

  private static Mode modeOf(FieldVector[] vs) {
    if (vs.length == 1) {
      Kind k = Columns.kind(vs[0]);
      if (k == Kind.LONG || k == Kind.FLOAT || k == Kind.DOUBLE || k == Kind.BOOL) {
        return Mode.LONGS;
      }
      if (k == Kind.UTF8) {
        return Mode.UTF8;
      }
    }
    return Mode.TUPLE;
  }

  private void acceptLongs(FieldVector v, int rows, BitSet dup) {
    Kind kind = Columns.kind(v);
    ArrowBuf validity = v.getValidityBuffer();
    ArrowBuf data = v.getDataBuffer();
    boolean nulls = v.getNullCount() > 0;
    int width = kind == Kind.LONG ? Columns.width(v) : 0;
    for (int i = 0; i < rows; i++) {
      if (nulls && Columns.isNull(validity, i)) {
        continue;
      }
      keyedRows++;
      if (exceeded) {
        continue;
      }
      long k;
      switch (kind) {
        case LONG:
          k = Columns.getLong(data, width, i);
          break;
        case DOUBLE:
          k = Columns.canonicalBits(data.getDouble((long) i << 3));
          break;
        case FLOAT:
          k = Columns.canonicalBits(data.getFloat((long) i << 2));
          break;
        default:
          k = Columns.getBit(data, i) ? 1 : 0;
      }
      int r = longs.add(k);
      if (r == LongHashSet.SEEN) {
        dup.set(i);
      } else if (r == LongHashSet.OVER_BUDGET) {
        giveUp();
      }
    }
  }

  private void acceptUtf8(FieldVector v, int rows, BitSet dup) {
    Columns.checkOffsets(v, rows);
    ArrowBuf validity = v.getValidityBuffer();
    boolean nulls = v.getNullCount() > 0;
    keyedRows += rows - (nulls ? Columns.nullCount(validity, rows) : 0);
    if (exceeded) {
      return;
    }
    if (!bytes.addColumn(validity, nulls, v.getOffsetBuffer(), v.getDataBuffer(), rows, dup)) {
      giveUp();
    }
  }

  private void acceptTuples(FieldVector[] vs, int rows, BitSet dup) {
    rows:
    for (int i = 0; i < rows; i++) {
      for (FieldVector v : vs) {
        if (v.isNull(i)) {
          continue rows;
        }
      }
      keyedRows++;
      if (exceeded) {
        continue;
      }
      int len = 0;
      for (FieldVector v : vs) {
        len = encode(v, i, len);
      }
      int r = bytes.add(scratch, 0, len);
      if (r == LongHashSet.SEEN) {
        dup.set(i);
      } else if (r == LongHashSet.OVER_BUDGET) {
        giveUp();
      }
    }
  }

  private int encode(FieldVector v, int i, int at) {
    switch (Columns.kind(v)) {
      case LONG:
        return putLong(at, Columns.getLong(v.getDataBuffer(), Columns.width(v), i));
      case DOUBLE:
        return putLong(at, Columns.canonicalBits(v.getDataBuffer().getDouble((long) i << 3)));
      case FLOAT:
        return putLong(at, Columns.canonicalBits(v.getDataBuffer().getFloat((long) i << 2)));
      case BOOL:
        return putLong(at, Columns.getBit(v.getDataBuffer(), i) ? 1 : 0);
      case DECIMAL:
        at = putLong(at, v.getDataBuffer().getLong((long) i * 16));
        return putLong(at, v.getDataBuffer().getLong((long) i * 16 + 8));
      case UTF8: {
        ArrowBuf offsets = v.getOffsetBuffer();
        int start = offsets.getInt((long) i << 2);
        int len = offsets.getInt((long) (i + 1) << 2) - start;
        at = putLong(at, len);
        ensure(at + len);
        v.getDataBuffer().getBytes(start, scratch, at, len);
        return at + len;
      }
      default: {
        byte[] text = String.valueOf(v.getObject(i)).getBytes(StandardCharsets.UTF_8);
        at = putLong(at, text.length);
        ensure(at + text.length);
        System.arraycopy(text, 0, scratch, at, text.length);
        return at + text.length;
      }
    }
  }

  private int putLong(int at, long x) {
    ensure(at + 8);
    for (int b = 0; b < 8; b++) {
      scratch[at + b] = (byte) (x >>> (b * 8));
    }
    return at + 8;
  }

  private void ensure(int n) {
    if (n > scratch.length) {
      scratch = java.util.Arrays.copyOf(scratch, Math.max(n, scratch.length * 2));
    }
  }

  private void giveUp() {
    exceeded = true;
    if (longs != null) {
      longs.free();
    }
    if (bytes != null) {
      bytes.free();
    }
  }

  void merge(KeyState other) {
    keyedRows += other.keyedRows;
    if (other.exceeded) {
      giveUp();
    }
    if (exceeded || other.mode == null) {
      return;
    }
    if (mode == null) {
      mode = other.mode;
      if (mode == Mode.LONGS) {
        longs = new LongHashSet(budget);
      } else {
        bytes = new BytesHashSet(budget);
      }
    }
    if (other.longs != null) {
      other.longs.forEach(k -> {
        if (!exceeded && longs.add(k) == LongHashSet.OVER_BUDGET) {
          giveUp();
        }
      });
    } else if (other.bytes != null && !bytes.addAll(other.bytes)) {
      giveUp();
    }
  }
}
