package io.datamesh.arrow.quality;

import java.util.BitSet;
import org.apache.arrow.vector.FieldVector;

/**
 * The items at an item path in one batch ({@code tags[]}, {@code lines[].sku}): the values, indexed by item over
 * {@code [0, count)} (the list's child vector, or a view of it whose validity also has the nulls of the item and
 * of the structs between the item and the value), the list's checked offsets, and the list itself with the nulls
 * of its enclosing structs folded in. Kernels run on the values as on any column; {@link #fold} turns their item
 * marks into row marks.
 */
final class ItemColumn {
  private final FieldVector values;
  private final int count;
  private final int[] offsets;
  private final BitSet enclosingNulls;
  private final FieldVector list;

  ItemColumn(FieldVector values, int count, int[] offsets, BitSet enclosingNulls, FieldVector list) {
    this.values = values;
    this.count = count;
    this.offsets = offsets;
    this.enclosingNulls = enclosingNulls;
    this.list = list;
  }

  /** The values, indexed by item. */
  FieldVector values() {
    return values;
  }

  /** The items kernels read: every item up to the last row's end (those before the first row's start too). */
  int count() {
    return count;
  }

  /** The items where the item, or a struct between it and the value, is null. */
  BitSet enclosingNulls() {
    return enclosingNulls;
  }

  /**
   * Marks in {@code out} every row that has a list (neither it nor an enclosing struct is null) holding at least
   * one marked item. Walks the marked items once, in order, with the rows beside them.
   */
  void fold(BitSet marked, int rows, BitSet out) {
    int r = 0;
    for (int i = marked.nextSetBit(offsets[0]); i >= 0 && i < offsets[rows]; i = marked.nextSetBit(i)) {
      while (offsets[r + 1] <= i) {
        r++;
      }
      if (!list.isNull(r)) {
        out.set(r);
      }
      i = offsets[r + 1]; // the rest of this row's items cannot change its verdict
    }
  }
}
