package io.datamesh.api.read;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Gives {@link Expression#evaluate(Row, Principal)} the values of one row by column name.
 *
 * <p>A value is null (SQL {@code NULL}), a {@code Boolean}, a number ({@code Byte}, {@code Short},
 * {@code Integer}, {@code Long}, {@code Float}, {@code Double}, {@code BigInteger} or {@code BigDecimal}; all compare
 * by value), a {@code String}, a {@code LocalDate} or an {@code Instant}. Any other type makes evaluation fail.
 *
 * <pre>{@code
 * Map<String, Object> values = new HashMap<>();
 * values.put("amount", 150L);
 * values.put("region", null);
 * Row row = Row.of(values);
 * Row lambda = column -> column.equals("amount") ? 150L : null;
 * }</pre>
 */
@FunctionalInterface
public interface Row {
  /**
   * Returns the value of a column.
   *
   * @param column the column name
   * @return the value, null for SQL {@code NULL}
   * @throws MeshException with status {@code INVALID_ARGUMENT} if the row has no such column (optional)
   */
  @Nullable Object value(String column);

  /**
   * Returns a view of a map as a row; a column the map lacks is an error, a key mapped to null is SQL {@code NULL}.
   *
   * @param values the values by column name; may map keys to null
   * @return the row
   */
  static Row of(Map<String, ?> values) {
    return column -> {
      if (!values.containsKey(column)) {
        throw new MeshException(MeshStatus.INVALID_ARGUMENT,
            "the filter reads column '" + column + "', which the row does not have; its columns are "
                + values.keySet());
      }
      return values.get(column);
    };
  }
}
