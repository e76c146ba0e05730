package io.datamesh.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads Arrow batches as rows of plain Java values, to assert on in tests. Values have the Java types
 * {@link TestData} takes: {@code Integer} (i8 to i32, u8, u16), {@code Long} (i64, u32), {@code BigInteger} (u64),
 * {@code Float}, {@code Double}, {@code BigDecimal}, {@code String}, {@code LocalDate}, {@code Instant} (timestamps
 * with a zone), {@code LocalDateTime} (without), {@code LocalTime}, {@code Boolean}; nested columns read as Arrow's
 * own objects. A null cell is a null value in the row's map.
 *
 * <pre>{@code
 * try (ArrowReader reader = mesh.read(ReadRequest.of(port, Principal.anonymous()))) {
 *   List<Map<String, Object>> rows = Rows.readAll(reader);
 *   assertThat(rows.get(0).get("order_id")).isEqualTo("o-1");
 * }
 * }</pre>
 */
public final class Rows {
  private Rows() {}

  /**
   * Returns the rows of one batch, in order; each map iterates in column order.
   *
   * @param batch the batch, left open
   * @return unmodifiable rows
   */
  public static List<Map<String, @Nullable Object>> of(VectorSchemaRoot batch) {
    List<FieldVector> vectors = batch.getFieldVectors();
    List<Column> columns = new ArrayList<>(vectors.size());
    for (FieldVector v : vectors) {
      columns.add(Column.of(v.getField()));
    }
    List<Map<String, @Nullable Object>> rows = new ArrayList<>(batch.getRowCount());
    for (int r = 0; r < batch.getRowCount(); r++) {
      Map<String, @Nullable Object> row = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        row.put(columns.get(c).name(), ColumnValues.read(columns.get(c), vectors.get(c), r));
      }
      rows.add(Collections.unmodifiableMap(row));
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * Reads every remaining batch of a reader and returns their rows, in order. The reader is left open.
   *
   * @param reader the reader
   * @return unmodifiable rows
   * @throws UncheckedIOException if the reader fails
   */
  public static List<Map<String, @Nullable Object>> readAll(ArrowReader reader) {
    List<Map<String, @Nullable Object>> rows = new ArrayList<>();
    try {
      while (reader.loadNextBatch()) {
        rows.addAll(of(reader.getVectorSchemaRoot()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading batches failed: " + e.getMessage(), e);
    }
    return Collections.unmodifiableList(rows);
  }
}
