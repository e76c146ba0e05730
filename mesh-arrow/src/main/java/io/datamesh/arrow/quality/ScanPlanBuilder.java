package io.datamesh.arrow.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds a {@link ScanPlan}; start with {@link ScanPlan#builder()}. Ids are unique across conditions, keys and
 * aggregates. A column is a top-level name or a dotted path into Struct columns ({@code address.zip}, see
 * {@link ColumnPaths}).
 *
 * <pre>{@code
 * ScanPlan plan = ScanPlan.builder().addCondition("id_required", Condition.notNull("id"))
 *     .setKeyBudgetBytes(64L << 20).build();
 * }</pre>
 */
public final class ScanPlanBuilder {
  /** The default budget of the exact key sets: 256 MiB. */
  public static final long DEFAULT_KEY_BUDGET_BYTES = 256L << 20;

  final Map<String, Condition> conditions = new LinkedHashMap<>();
  final Map<String, List<String>> keys = new LinkedHashMap<>();
  final Map<String, Boolean> statistics = new LinkedHashMap<>();
  final Map<String, String> aggregateColumns = new LinkedHashMap<>();
  final Map<String, Supplier<? extends ColumnAggregate>> aggregates = new LinkedHashMap<>();
  long keyBudgetBytes = DEFAULT_KEY_BUDGET_BYTES;

  ScanPlanBuilder() {}

  /**
   * Adds a row condition.
   *
   * @param id a unique id
   * @param condition the condition
   * @return this builder
   * @throws IllegalArgumentException if the id is taken
   */
  public ScanPlanBuilder addCondition(String id, Condition condition) {
    conditions.put(fresh(id), Objects.requireNonNull(condition, "condition"));
    return this;
  }

  /**
   * Adds an exact key: rows whose key (all columns non-null) repeats an earlier row's are reported as violations
   * of this id (keep-first), and the key's distinct count is computed.
   *
   * @param id a unique id
   * @param columns the key columns, at least one
   * @return this builder
   * @throws IllegalArgumentException if the id is taken or the columns are empty
   */
  public ScanPlanBuilder addKey(String id, List<String> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("key '" + id + "' needs at least one column");
    }
    keys.put(fresh(id), List.copyOf(columns));
    return this;
  }

  /**
   * Asks for the statistics of a column.
   *
   * @param column the column
   * @param distinct whether to count distinct values exactly (charged to the key budget)
   * @return this builder
   */
  public ScanPlanBuilder addStatistics(String column, boolean distinct) {
    statistics.merge(Objects.requireNonNull(column, "column"), distinct, Boolean::logicalOr);
    return this;
  }

  /**
   * Adds a custom aggregate of a column.
   *
   * @param id a unique id
   * @param column the column fed to the aggregate
   * @param factory makes one empty aggregate per scan
   * @return this builder
   * @throws IllegalArgumentException if the id is taken
   */
  public ScanPlanBuilder addAggregate(String id, String column, Supplier<? extends ColumnAggregate> factory) {
    aggregateColumns.put(fresh(id), Objects.requireNonNull(column, "column"));
    aggregates.put(id, Objects.requireNonNull(factory, "factory"));
    return this;
  }

  /**
   * Sets the budget of the exact key sets of one scan; a key that needs more reports that it exceeded the budget.
   *
   * @param bytes the budget, at least 0
   * @return this builder
   */
  public ScanPlanBuilder setKeyBudgetBytes(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("key budget must be >= 0 bytes, got " + bytes);
    }
    this.keyBudgetBytes = bytes;
    return this;
  }

  /**
   * Builds the plan.
   *
   * @return the plan
   */
  public ScanPlan build() {
    return new ScanPlan(this);
  }

  private String fresh(String id) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || conditions.containsKey(id) || keys.containsKey(id) || aggregates.containsKey(id)) {
      throw new IllegalArgumentException("id '" + id + "' is blank or already used in this plan");
    }
    return id;
  }
}
