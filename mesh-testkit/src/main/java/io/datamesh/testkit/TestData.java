package io.datamesh.testkit;

import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.arrow.ArrowSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Builds an Arrow batch for a contract's schema object from literal rows, checked against the contract as they are
 * added: a value of the wrong type, a row of the wrong length or a null in a required column fails with an
 * {@link IllegalArgumentException} that names the row, the column and the expected type. Values take the Java types
 * listed in {@link Rows}; integers also take any narrower integer type, doubles and decimals also take integers.
 * Instances are immutable: each call returns new test data.
 *
 * <pre>{@code
 * VectorSchemaRoot batch = TestData.of(contract).table("""
 *     order_id | amount | placed_at
 *     o-1      | 12.50  | 2026-01-01T10:00:00Z
 *     o-2      | null   | 2026-01-01T11:00:00Z
 *     """).build(mesh.allocator());
 * mesh.publish(port, batch); // the publish closes the batch
 * }</pre>
 */
public final class TestData {
  private final String name;
  private final Schema schema;
  private final List<Column> columns;
  private final List<List<@Nullable Object>> rows;

  private TestData(String name, Schema schema, List<Column> columns, List<List<@Nullable Object>> rows) {
    this.name = name;
    this.schema = schema;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Starts test data for the only schema object of a contract.
   *
   * @param contract a contract with exactly one schema object
   * @return empty test data
   * @throws IllegalArgumentException if the contract has no or several schema objects, or a required column of a
   *     type test data cannot fill
   */
  public static TestData of(Contract contract) {
    List<SchemaObject> objects = contract.schema();
    if (objects.size() != 1) {
      throw new IllegalArgumentException("contract " + contract.id() + " has " + objects.size() + " schema objects "
          + objects.stream().map(SchemaObject::name).toList() + "; name one with TestData.of(contract, name)");
    }
    return of(contract, objects.get(0).name());
  }

  /**
   * Starts test data for one schema object of a contract.
   *
   * @param contract the contract
   * @param schemaObjectName the schema object
   * @return empty test data
   * @throws io.datamesh.api.MeshException {@code NOT_FOUND} if the contract has no such schema object
   * @throws IllegalArgumentException for a required column of a type test data cannot fill
   */
  public static TestData of(Contract contract, String schemaObjectName) {
    return of(schemaObjectName, ArrowSchemas.of(contract, schemaObjectName));
  }

  /**
   * Starts test data for an Arrow schema, for data that has no contract.
   *
   * @param schema the schema
   * @return empty test data
   * @throws IllegalArgumentException for a non-nullable column of a type test data cannot fill
   */
  public static TestData of(Schema schema) {
    return of(schema.getCustomMetadata().getOrDefault(ArrowSchemas.SCHEMA_OBJECT_KEY, "schema"), schema);
  }

  private static TestData of(String name, Schema schema) {
    List<Column> columns = new ArrayList<>();
    for (Field f : schema.getFields()) {
      Column c = Column.of(f);
      if (c.kind() == Column.Kind.UNSUPPORTED && !c.nullable()) {
        throw new IllegalArgumentException("column '" + c.name() + "' of " + name + " is required and has type "
            + c.expected() + " (nested and other types are not supported yet); build this batch by hand");
      }
      columns.add(c);
    }
    return new TestData(name, schema, List.copyOf(columns), List.of());
  }

  /**
   * Adds a row, one value per column in the schema object's order; {@code null} for a null.
   *
   * @param values the row's values
   * @return test data with the row added
   * @throws IllegalArgumentException naming the row, the column and the expected type
   */
  public TestData row(@Nullable Object... values) {
    return rows(List.of(Arrays.asList(values)));
  }

  /**
   * Adds rows, each a list of one value per column in the schema object's order ({@link Arrays#asList} allows
   * nulls).
   *
   * @param rows the rows
   * @return test data with the rows added
   * @throws IllegalArgumentException naming the row, the column and the expected type
   */
  public TestData rows(List<? extends List<? extends @Nullable Object>> rows) {
    List<List<@Nullable Object>> all = new ArrayList<>(this.rows);
    for (List<? extends @Nullable Object> row : rows) {
      String where = "row " + (all.size() + 1);
      Objects.requireNonNull(row, where);
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(where + " has " + row.size() + " values but " + name + " has "
            + columns.size() + " columns " + names());
      }
      List<@Nullable Object> checked = new ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        checked.add(check(where, columns.get(c), row.get(c)));
      }
      all.add(Collections.unmodifiableList(checked));
    }
    return new TestData(name, schema, columns, List.copyOf(all));
  }

  /**
   * Adds the rows of a text table: a header line of column names, then one row per line, cells separated by
   * {@code |}. A cell {@code null} is a null; a cell in double quotes is a literal string ({@code "null"},
   * {@code ""}, {@code "a | b"}). Other cells are parsed per the column's type: integers, decimals, floats,
   * {@code true}/{@code false}, ISO dates ({@code 2026-01-01}), timestamps ({@code 2026-01-01T10:00:00Z}) and times
   * ({@code 10:00:00}). The header may list the columns in any order and leave out nullable ones.
   *
   * @param table the table, typically a text block
   * @return test data with the rows added
   * @throws IllegalArgumentException naming the line, the column and the expected type
   */
  public TestData table(String table) {
    Table t = Table.parse(Objects.requireNonNull(table, "table"));
    int[] positions = positions(t.header());
    List<List<@Nullable Object>> all = new ArrayList<>(rows);
    for (Table.Line line : t.lines()) {
      String where = "table line " + line.number() + " (row " + (all.size() + 1) + ")";
      if (line.cells().size() != t.header().size()) {
        throw new IllegalArgumentException(where + " has " + line.cells().size() + " cells but the header has "
            + t.header().size() + " " + t.header());
      }
      List<@Nullable Object> row = new ArrayList<>(Collections.nCopies(columns.size(), null));
      for (int i = 0; i < positions.length; i++) {
        Column c = columns.get(positions[i]);
        row.set(positions[i], parse(where, c, line.cells().get(i)));
      }
      all.add(Collections.unmodifiableList(row));
    }
    return new TestData(name, schema, columns, List.copyOf(all));
  }

  private int[] positions(List<String> header) {
    int[] positions = new int[header.size()];
    List<String> names = names();
    for (int i = 0; i < header.size(); i++) {
      positions[i] = names.indexOf(header.get(i));
      if (positions[i] < 0) {
        throw new IllegalArgumentException("table header names column '" + header.get(i) + "', which " + name
            + " does not have; its columns are " + names);
      }
      if (header.subList(0, i).contains(header.get(i))) {
        throw new IllegalArgumentException("table header names column '" + header.get(i) + "' twice");
      }
    }
    for (Column c : columns) {
      if (!c.nullable() && !header.contains(c.name())) {
        throw new IllegalArgumentException("table header leaves out column '" + c.name() + "', which is required;"
            + " only nullable columns may be left out");
      }
    }
    return positions;
  }

  private static @Nullable Object check(String where, Column c, @Nullable Object value) {
    if (value == null) {
      return requireNullable(where, c);
    }
    Object checked = Values.check(c, value);
    if (checked == null) {
      throw new IllegalArgumentException(where + ", column '" + c.name() + "': expected " + c.expected() + ", got "
          + value.getClass().getSimpleName() + " " + quote(value));
    }
    return checked;
  }

  private static @Nullable Object parse(String where, Column c, @Nullable String text) {
    if (text == null) {
      return requireNullable(where, c);
    }
    Object parsed = Values.parse(c, text);
    if (parsed == null) {
      throw new IllegalArgumentException(where + ", column '" + c.name() + "': expected " + c.expected() + ", got "
          + quote(text));
    }
    return parsed;
  }

  private static @Nullable Object requireNullable(String where, Column c) {
    if (!c.nullable()) {
      throw new IllegalArgumentException(where + ", column '" + c.name() + "': null in a required column of type "
          + c.expected());
    }
    return null;
  }

  private static String quote(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }

  private List<String> names() {
    return columns.stream().map(Column::name).toList();
  }

  /**
   * Returns the Arrow schema the batch gets.
   *
   * @return the schema of the contract's schema object
   */
  public Schema schema() {
    return schema;
  }

  /**
   * Returns the number of rows added so far.
   *
   * @return the row count
   */
  public int rowCount() {
    return rows.size();
  }

  /**
   * Returns the rows as {@link Rows} reads them back, to compare with what a read returns.
   *
   * <p>{@code assertThat(mesh.readRows(port)).isEqualTo(data.toMaps());}
   *
   * @return unmodifiable rows, each map in column order
   */
  public List<Map<String, @Nullable Object>> toMaps() {
    List<Map<String, @Nullable Object>> maps = new ArrayList<>(rows.size());
    for (List<@Nullable Object> row : rows) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        m.put(columns.get(c).name(), row.get(c));
      }
      maps.add(Collections.unmodifiableMap(m));
    }
    return Collections.unmodifiableList(maps);
  }

  /**
   * Builds one batch of the rows in a new {@link VectorSchemaRoot}, which the caller closes (a publish closes the
   * batch it is given).
   *
   * @param allocator the allocator, typically {@code mesh.allocator()}
   * @return the batch
   */
  public VectorSchemaRoot build(BufferAllocator allocator) {
    VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
    try {
      root.allocateNew();
      List<FieldVector> vectors = root.getFieldVectors();
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < columns.size(); c++) {
          ColumnValues.write(columns.get(c), vectors.get(c), r, rows.get(r).get(c));
        }
      }
      root.setRowCount(rows.size());
      return root;
    } catch (RuntimeException e) {
      root.close();
      throw e;
    }
  }
}
