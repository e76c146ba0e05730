package io.datamesh.arrow.quality;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.StructVector;
import org.jspecify.annotations.Nullable;

/**
 * Finds a column by its path: a top-level column by name, or a property nested in Struct columns by its dotted
 * path, such as {@code address.zip} (the child {@code zip} of the Struct column {@code address}). A top-level
 * column whose name contains a dot wins over a nested one. A nested value is null at a row when its own slot or
 * any enclosing struct is null there.
 *
 * <pre>{@code
 * FieldVector zip = ColumnPaths.find(root, "address.zip");   // the child vector, or null
 * boolean none = ColumnPaths.isNull(root, "address.zip", 3); // true if zip or address is null at row 3
 * }</pre>
 */
public final class ColumnPaths {
  private ColumnPaths() {}

  /**
   * Returns the vector at a path, as stored (its own validity, without the enclosing structs').
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
   * has no such column.
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
    }
    return false;
  }

  /** The vectors from the top-level column down to the path's vector, or null if there is none. */
  static @Nullable List<FieldVector> chain(VectorSchemaRoot batch, String path) {
    FieldVector top = batch.getVector(path);
    if (top != null) {
      return List.of(top);
    }
    if (path.indexOf('.') < 0) {
      return null;
    }
    String[] parts = path.split("\\.", -1);
    List<FieldVector> chain = new ArrayList<>(parts.length);
    FieldVector v = batch.getVector(parts[0]);
    for (int i = 1; v != null; i++) {
      chain.add(v);
      if (i == parts.length) {
        return chain;
      }
      v = v instanceof StructVector ? ((StructVector) v).getChild(parts[i]) : null;
    }
    return null;
  }
}
