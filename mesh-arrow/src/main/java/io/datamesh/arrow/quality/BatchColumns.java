package io.datamesh.arrow.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;
import org.jspecify.annotations.Nullable;

/**
 * The columns of one batch by path, for the kernels. A top-level column is the batch's own vector. A nested one
 * whose enclosing structs have nulls is a view: a vector of the child's type that shares the child's offsets and
 * data buffers (no copy) with one new validity bitmap, the child's AND every enclosing struct's, so that every
 * kernel sees a parent's null as the child's null. The items at an item path ({@code lines[].sku}) are read the
 * same way, over the list's items, with the item's (and its inner structs') nulls folded in; see {@link ItemColumn}.
 * Views live until {@link #close()}.
 */
final class BatchColumns implements AutoCloseable {
  private static final BitSet NONE = new BitSet();

  private final VectorSchemaRoot batch;
  private final int rows;
  private final Map<String, FieldVector> resolved = new HashMap<>();
  private final Map<String, BitSet> enclosingNulls = new HashMap<>();
  private final Map<String, @Nullable ItemColumn> items = new HashMap<>();
  private final List<FieldVector> views = new ArrayList<>();

  BatchColumns(VectorSchemaRoot batch) {
    this.batch = batch;
    this.rows = batch.getRowCount();
  }

  /** The vector at a path, with the enclosing structs' nulls folded into its validity; null if absent. */
  @Nullable FieldVector get(String path) {
    FieldVector top = batch.getVector(path);
    if (top != null) {
      return top;
    }
    FieldVector v = resolved.get(path);
    if (v == null && !resolved.containsKey(path)) {
      v = resolve(path);
      resolved.put(path, v);
    }
    return v;
  }

  /** The rows where a struct enclosing the path's vector is null; empty for a top-level column. */
  BitSet enclosingNulls(String path) {
    if (batch.getVector(path) != null) {
      return NONE;
    }
    get(path);
    return enclosingNulls.getOrDefault(path, NONE);
  }

  private @Nullable FieldVector resolve(String path) {
    if (ColumnPaths.isItemPath(batch, path)) {
      return null; // indexed by item, not by row: read through items(path)
    }
    List<FieldVector> chain = ColumnPaths.chain(batch, path);
    if (chain == null) {
      return null;
    }
    return view(path, chain.subList(0, chain.size() - 1), chain.get(chain.size() - 1), rows);
  }

  /**
   * The items at an item path ({@code tags[]}, {@code lines[].sku}), with the list's offsets checked; null if the
   * batch has no such path.
   *
   * @throws IllegalArgumentException for a path through more than one list, or corrupt list offsets
   */
  @Nullable ItemColumn items(String path) {
    if (items.containsKey(path)) {
      return items.get(path);
    }
    List<FieldVector> chain = ColumnPaths.chain(batch, path);
    int at = chain == null ? -1 : ColumnPaths.listIndex(chain);
    ItemColumn column = null;
    if (at >= 0) {
      List<FieldVector> inside = chain.subList(at + 1, chain.size());
      if (ColumnPaths.listIndex(inside) >= 0) {
        throw new IllegalArgumentException("'" + path + "' goes through arrays inside array items, which are not"
            + " checked yet");
      }
      FieldVector list = get(path.substring(0, path.indexOf("[]")));
      int[] offsets = Columns.listOffsets(list, rows, inside.get(0).getValueCount());
      Columns.checkValidity(list.getValidityBuffer(), rows); // the fold reads it per row
      int count = offsets[rows];
      String key = "\u0000items:" + path;
      FieldVector values = view(key, inside.subList(0, inside.size() - 1), inside.get(inside.size() - 1), count);
      column = new ItemColumn(values, count, offsets, enclosingNulls.getOrDefault(key, NONE), list);
    }
    items.put(path, column);
    return column;
  }

  /**
   * The child as it is if no parent has nulls, else a view of it over {@code count} slots whose validity also has
   * every parent's nulls; records the slots where a parent is null under {@code key}.
   */
  private FieldVector view(String key, List<FieldVector> parents, FieldVector child, int count) {
    boolean parentNulls = false;
    for (FieldVector p : parents) {
      parentNulls |= p.getNullCount() > 0;
    }
    if (!parentNulls || count == 0 || child.getFieldBuffers().isEmpty()) {
      return child;
    }
    int bytes = (count + 7) >>> 3;
    int words = (bytes + 7) >>> 3;
    long[] present = new long[words];
    Arrays.fill(present, -1L);
    for (FieldVector p : parents) {
      if (p.getNullCount() > 0) {
        and(present, p.getValidityBuffer(), bytes);
      }
    }
    BitSet absent = new BitSet(count);
    absent.set(0, count);
    absent.andNot(BitSet.valueOf(present));
    enclosingNulls.put(key, absent);
    if (child.getNullCount() > 0) {
      and(present, child.getValidityBuffer(), bytes);
    }
    ArrowBuf validity = child.getAllocator().buffer(bytes);
    try {
      int valid = 0;
      for (int b = 0; b < bytes; b++) {
        byte x = (byte) (present[b >>> 3] >>> ((b & 7) << 3));
        if (b == bytes - 1 && (count & 7) != 0) {
          x &= (byte) ((1 << (count & 7)) - 1);
        }
        validity.setByte(b, x);
        valid += Integer.bitCount(x & 0xFF);
      }
      FieldVector view = child.getField().createVector(child.getAllocator());
      views.add(view);
      load(child, view, validity, count, count - valid);
      return view;
    } finally {
      validity.getReferenceManager().release();
    }
  }

  /** ANDs a validity bitmap covering {@code bytes} into {@code words}, a word at a time. */
  private static void and(long[] words, ArrowBuf validity, int bytes) {
    if (validity.capacity() < bytes) {
      throw new IllegalArgumentException("a validity bitmap of " + validity.capacity() + " bytes cannot cover "
          + bytes + " bytes of rows: the vector is corrupt");
    }
    long addr = validity.memoryAddress();
    int b = 0;
    for (; b + 8 <= bytes; b += 8) {
      words[b >>> 3] &= MemoryUtil.getLong(addr + b);
    }
    for (; b < bytes; b++) {
      long mask = ~(0xFFL << ((b & 7) << 3)) | ((MemoryUtil.getByte(addr + b) & 0xFFL) << ((b & 7) << 3));
      words[b >>> 3] &= mask;
    }
  }

  /** Loads {@code dst} with the buffers of {@code src} (retained, not copied), replacing the validity if given. */
  private static void load(FieldVector src, FieldVector dst, @Nullable ArrowBuf validity, int length, int nulls) {
    List<ArrowBuf> buffers = new ArrayList<>(src.getFieldBuffers());
    if (validity != null) {
      buffers.set(0, validity);
    }
    dst.loadFieldBuffers(new ArrowFieldNode(length, nulls), buffers);
    List<FieldVector> from = src.getChildrenFromFields();
    List<FieldVector> to = dst.getChildrenFromFields();
    for (int i = 0; i < from.size(); i++) {
      FieldVector c = from.get(i);
      load(c, to.get(i), null, c.getValueCount(), c.getNullCount());
    }
  }

  @Override
  public void close() {
    views.forEach(FieldVector::close);
    views.clear();
  }
}
