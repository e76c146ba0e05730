package io.datamesh.arrow.quality;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.jspecify.annotations.Nullable;

/**
 * Finds a column by its path: a top-level column by name, or a property nested in Struct columns by its dotted
 * path, such as {@code address.zip} (the child {@code zip} of the Struct column {@code address}). A top-level
 * column whose name contains a dot wins over a nested one. A nested value is null at a row when its own slot or
 * any enclosing struct is null there.
 *
 * <p>A segment ending in {@code []} steps into the items of a List column: {@code tags[]} is the items of the list
 * {@code tags}, {@code lines[].sku} the child {@code sku} of the Struct items of {@code lines}. Such an <em>item
 * path</em> addresses the list's child vector, indexed by item, not by row; {@link #itemValues} reads the items of
 * one row. An item of a null item (or of a null struct inside it) is null.
 *
 * <pre>{@code
 * FieldVector zip = ColumnPaths.find(root, "address.zip");   // the child vector, or null
 * boolean none = ColumnPaths.isNull(root, "address.zip", 3); // true if zip or address is null at row 3
 * List<Object> skus = ColumnPaths.itemValues(root, "lines[].sku", 3); // the skus of row 3's lines
 * }</pre>
 */
public final class ColumnPaths {
  private ColumnPaths() {}

  /**
   * Returns the vector at a path, as stored (its own validity, without the enclosing structs'). For an item path,
   * the vector of the items (or of the child of the items), indexed by item.
   *
   * @param batch the batch
   * @param path a column name or a dotted path through Struct columns
   * @return the vector, or null if the batch has no such column
   */
  public static @Nullable FieldVector find(VectorSchemaRoot batch, String path) {
    List<FieldVector> chain = chain(batch, path);
    return chain == null ? null : chain.get(chain.size() - 1);
  }

  /**
   * Tells whether the value at a path is null at a row: its own slot or an enclosing struct is null, or the batch
   * has no such column. For an item path, tells whether the row has no list there (the list or a struct enclosing
   * it is null).
   *
   * @param batch the batch
   * @param path a column name or a dotted path
   * @param row the row index
   * @return true if there is no value
   */
  public static boolean isNull(VectorSchemaRoot batch, String path, int row) {
    List<FieldVector> chain = chain(batch, path);
    if (chain == null) {
      return true;
    }
    for (FieldVector v : chain) {
      if (v.isNull(row)) {
        return true;
      }
      if (v instanceof ListVector) {
        return false;
      }
    }
    return false;
  }

  /**
   * Tells whether a path steps into the items of a list ({@code tags[]}, {@code lines[].sku}) rather than naming a
   * top-level column of the batch.
   *
   * @param batch the batch
   * @param path the path
   * @return true for an item path
   */
  public static boolean isItemPath(VectorSchemaRoot batch, String path) {
    return path.contains("[]") && batch.getVector(path) == null;
  }

  /**
   * Returns the values at an item path in the items of one row, in item order; an item whose value is null (or
   * whose item or enclosing struct within the item is null) gives null. A row without a list gives no items.
   *
   * @param batch the batch
   * @param path an item path with one {@code []}, such as {@code lines[].qty}
   * @param row the row index
   * @return the values, as {@link FieldVector#getObject} reads them
   * @throws IllegalArgumentException if the path is not an item path of the batch
   */
  public static List<@Nullable Object> itemValues(VectorSchemaRoot batch, String path, int row) {
    List<FieldVector> chain = chain(batch, path);
    int at = chain == null ? -1 : listIndex(chain);
    if (at < 0) {
      throw new IllegalArgumentException("'" + path + "' is not a path into the items of a list column");
    }
    List<@Nullable Object> out = new ArrayList<>();
    if (isNull(batch, path, row)) {
      return out;
    }
    ListVector list = (ListVector) chain.get(at);
    List<FieldVector> inside = chain.subList(at + 1, chain.size());
    for (int i = list.getElementStartIndex(row); i < list.getElementEndIndex(row); i++) {
      Object value = null;
      for (FieldVector v : inside) {
        if (v.isNull(i)) {
          value = null;
          break;
        }
        value = v.getObject(i);
      }
      out.add(value);
    }
    return out;
  }

  /** The index in a chain of its (first) list vector, whose items the rest of the chain is in; -1 if none. */
  static int listIndex(List<FieldVector> chain) {
    for (int i = 0; i < chain.size() - 1; i++) {
      if (chain.get(i) instanceof ListVector) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The vectors from the top-level column down to the path's vector, or null if there is none; a list is followed
   * by its data vector (the items).
   */
  static @Nullable List<FieldVector> chain(VectorSchemaRoot batch, String path) {
    FieldVector top = batch.getVector(path);
    if (top != null) {
      return List.of(top);
    }
    if (path.indexOf('.') < 0 && !path.endsWith("[]")) {
      return null;
    }
    String[] parts = path.split("\\.", -1);
    List<FieldVector> chain = new ArrayList<>(parts.length + 1);
    FieldVector v = null;
    for (int i = 0; i < parts.length; i++) {
      String name = parts[i];
      int lists = 0;
      while (name.endsWith("[]")) {
        name = name.substring(0, name.length() - 2);
        lists++;
      }
      v = i == 0 ? batch.getVector(name)
          : v instanceof StructVector ? ((StructVector) v).getChild(name) : null;
      if (v == null) {
        return null;
      }
      chain.add(v);
      for (int l = 0; l < lists; l++) { // tags[][] is the items of the items of tags
        if (!(v instanceof ListVector)) {
          return null;
        }
        v = ((ListVector) v).getDataVector();
        chain.add(v);
      }
    }
    return chain;
  }
}
