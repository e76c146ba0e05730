package io.datamesh.arrow.quality;

import io.datamesh.api.quality.ColumnStatistics;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The running state of one pass over a stream of batches: fold batches in with {@link #accept}, combine scans of
 * separate parts with {@link #merge}, read the metrics with {@link #result()}. Not thread-safe; holds no Arrow
 * memory (batches stay the caller's).
 *
 * <pre>{@code
 * Scan scan = plan.start();
 * while (reader.loadNextBatch()) {
 *   scan.accept(reader.getVectorSchemaRoot());
 * }
 * ScanResult result = scan.result();
 * }</pre>
 */
public final class Scan {
  private final ScanPlan plan;
  private final MemoryBudget budget;
  private final Map<String, long[]> conditionCounts = new LinkedHashMap<>();
  private final Map<String, KeyState> keys = new LinkedHashMap<>();
  private final Map<String, StatsState> stats = new LinkedHashMap<>();
  private final Map<String, ColumnAggregate> aggregates = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();
  private long rows;

  Scan(ScanPlan plan) {
    this.plan = plan;
    this.budget = new MemoryBudget(plan.keyBudgetBytes);
    plan.conditions.keySet().forEach(id -> conditionCounts.put(id, new long[1]));
    plan.keys.forEach((id, cols) -> keys.put(id, new KeyState(cols, budget)));
    plan.statistics.keySet().forEach(c -> stats.put(c, new StatsState(c)));
    plan.aggregates.forEach((id, factory) -> {
      try {
        aggregates.put(id, factory.get());
      } catch (RuntimeException e) {
        errors.put(id, "custom aggregate '" + id + "' could not be created: " + e);
      }
    });
  }

  /**
   * Folds one batch into the state and reports the rows that violate each row rule.
   *
   * @param batch the batch; read, never modified or closed
   * @return the violating rows of this batch
   */
  public BatchViolations accept(VectorSchemaRoot batch) {
    try (BatchColumns columns = new BatchColumns(batch)) {
      return accept(columns, batch);
    }
  }

  private BatchViolations accept(BatchColumns batch, VectorSchemaRoot root) {
    int n = root.getRowCount();
    Map<String, BitSet> marks = new LinkedHashMap<>();
    for (Map.Entry<String, Condition> e : plan.conditions.entrySet()) {
      String id = e.getKey();
      Kernel kernel = (Kernel) e.getValue();
      if (ColumnPaths.isItemPath(root, kernel.column())) {
        acceptItems(batch, root, id, kernel, n, marks);
        continue;
      }
      FieldVector v = column(batch, root, id, kernel.column());
      if (v == null) {
        continue;
      }
      try {
        BitSet b = new BitSet(n);
        kernel.evaluate(v, n, b);
        if (kernel.withinParent()) {
          b.andNot(batch.enclosingNulls(kernel.column()));
        }
        conditionCounts.get(id)[0] += b.cardinality();
        marks.put(id, b);
      } catch (RuntimeException ex) {
        errors.put(id, ex instanceof IllegalArgumentException ? at(kernel.column(), ex.getMessage())
            : "'" + e.getValue() + "' threw " + ex);
      }
    }
    for (Map.Entry<String, KeyState> e : keys.entrySet()) {
      acceptKey(batch, root, e.getKey(), e.getValue(), n, marks);
    }
    for (StatsState s : stats.values()) {
      FieldVector v = batch.get(s.column());
      if (v != null) {
        s.accept(v, n);
      }
    }
    for (Map.Entry<String, ColumnAggregate> e : aggregates.entrySet()) {
      String id = e.getKey();
      FieldVector v = column(batch, root, id, plan.aggregateColumns.get(id));
      if (v != null) {
        try {
          e.getValue().accept(v, n);
        } catch (RuntimeException ex) {
          errors.put(id, "custom aggregate '" + id + "' threw " + ex);
        }
      }
    }
    BatchViolations out = new BatchViolations(rows, n, marks);
    rows += n;
    return out;
  }

  /**
   * Runs a condition on the items at an item path: the kernel marks the bad items of the list's child vector,
   * then a row is marked when it has a list with at least one bad item.
   */
  private void acceptItems(BatchColumns batch, VectorSchemaRoot root, String id, Kernel kernel, int n,
      Map<String, BitSet> marks) {
    if (errors.containsKey(id)) {
      return;
    }
    try {
      ItemColumn items = batch.items(kernel.column());
      if (items == null) {
        List<String> names = new ArrayList<>();
        root.getSchema().getFields().forEach(f -> names.add(f.getName()));
        errors.put(id, "no list column holds the items '" + kernel.column() + "' (columns: " + names
            + "; only List columns, not LargeList or FixedSizeList, have their items checked)");
        return;
      }
      BitSet bad = new BitSet(items.count());
      kernel.evaluate(items.values(), items.count(), bad);
      if (kernel.withinParent()) {
        bad.andNot(items.enclosingNulls());
      }
      BitSet b = new BitSet(n);
      items.fold(bad, n, b);
      conditionCounts.get(id)[0] += b.cardinality();
      marks.put(id, b);
    } catch (RuntimeException ex) {
      errors.put(id, ex instanceof IllegalArgumentException ? ex.getMessage() : "'" + kernel + "' threw " + ex);
    }
  }

  private void acceptKey(BatchColumns batch, VectorSchemaRoot root, String id, KeyState key, int n,
      Map<String, BitSet> marks) {
    if (errors.containsKey(id)) {
      return;
    }
    List<String> cols = key.columns();
    FieldVector[] vs = new FieldVector[cols.size()];
    for (int c = 0; c < vs.length; c++) {
      vs[c] = column(batch, root, id, cols.get(c));
      if (vs[c] == null) {
        return;
      }
    }
    BitSet dup = new BitSet(n);
    key.accept(vs, n, dup);
    if (key.exceeded()) {
      errors.put(id, budgetMessage(cols));
    } else if (!id.startsWith("\u0000")) {
      marks.put(id, dup);
    }
  }

  private String budgetMessage(List<String> cols) {
    return "uniqueness budget exceeded: the exact set of keys " + cols + " needs more than the "
        + plan.keyBudgetBytes + "-byte budget; raise the budget or check fewer distinct keys";
  }

  private FieldVector column(BatchColumns batch, VectorSchemaRoot root, String id, String name) {
    if (errors.containsKey(id)) {
      return null;
    }
    FieldVector v;
    try {
      v = batch.get(name);
    } catch (IllegalArgumentException e) {
      errors.put(id, at(name, e.getMessage()));
      return null;
    }
    if (v == null && ColumnPaths.find(root, name) != null) {
      errors.put(id, "'" + name + "' is inside array items, where only row rules (conditions) are checked: keys,"
          + " statistics and aggregates of item values are not supported");
    } else if (v == null) {
      List<String> names = new ArrayList<>();
      root.getSchema().getFields().forEach(f -> names.add(f.getName()));
      errors.put(id, "column '" + name + "' is not in the batch (columns: " + names + ")");
    }
    return v;
  }

  /**
   * Folds another scan of the same plan into this one, as if its batches had come after this scan's.
   *
   * @param other a scan started from the same plan; left unchanged
   * @throws IllegalArgumentException if the other scan comes from another plan
   */
  public void merge(Scan other) {
    if (other.plan != plan) {
      throw new IllegalArgumentException("only scans of the same plan merge");
    }
    rows += other.rows;
    other.conditionCounts.forEach((id, c) -> conditionCounts.get(id)[0] += c[0]);
    other.keys.forEach((id, k) -> {
      KeyState mine = keys.get(id);
      mine.merge(k);
      if (mine.exceeded()) {
        errors.put(id, budgetMessage(mine.columns()));
      }
    });
    other.stats.forEach((c, s) -> stats.get(c).merge(s));
    other.aggregates.forEach((id, a) -> {
      ColumnAggregate mine = aggregates.get(id);
      try {
        if (mine != null) {
          mine.merge(a);
        }
      } catch (RuntimeException ex) {
        errors.put(id, "custom aggregate '" + id + "' could not merge: " + ex);
      }
    });
    other.errors.forEach(errors::putIfAbsent);
  }

  /**
   * Returns the rows folded in so far.
   *
   * @return the row count
   */
  public long rowCount() {
    return rows;
  }

  /**
   * Returns the bytes the exact key sets hold now.
   *
   * @return the bytes charged to the key budget
   */
  public long keyBytes() {
    return budget.used();
  }

  /**
   * Returns the metrics so far; the scan can go on after this call.
   *
   * @return the result
   */
  public ScanResult result() {
    Map<String, Long> violations = new LinkedHashMap<>();
    conditionCounts.forEach((id, c) -> {
      if (!errors.containsKey(id)) {
        violations.put(id, c[0]);
      }
    });
    Map<String, KeyResult> keyResults = new LinkedHashMap<>();
    keys.forEach((id, k) -> {
      KeyResult r = new KeyResult(k.columns(), k.keyedRows(), k.distinct());
      if (!id.startsWith("\u0000")) {
        keyResults.put(id, r);
        r.duplicates().ifPresent(d -> violations.put(id, d));
      }
    });
    Map<String, ColumnStatistics> statistics = new LinkedHashMap<>();
    Map<String, InstantRange> ranges = new LinkedHashMap<>();
    stats.forEach((c, s) -> {
      boolean distinct = Boolean.TRUE.equals(plan.statistics.get(c));
      KeyState k = distinct ? keys.get(plan.keyFor(c)) : null;
      statistics.put(c, s.toStatistics(k == null ? java.util.OptionalLong.empty() : k.distinct()));
      s.range().ifPresent(r -> ranges.put(c, r));
    });
    Map<String, Double> aggs = new LinkedHashMap<>();
    aggregates.forEach((id, a) -> {
      if (!errors.containsKey(id)) {
        try {
          aggs.put(id, a.value());
        } catch (RuntimeException ex) {
          errors.put(id, "custom aggregate '" + id + "' threw " + ex);
        }
      }
    });
    Map<String, String> visibleErrors = new LinkedHashMap<>();
    errors.forEach((id, m) -> {
      if (!id.startsWith("\u0000")) {
        visibleErrors.put(id, m);
      }
    });
    return new ScanResult(rows, violations, keyResults, statistics, aggs, ranges, visibleErrors);
  }

  /** A kernel's error names the vector it read; for a nested one, add the path the rule named. */
  private static String at(String path, String message) {
    return path.indexOf('.') < 0 || message.contains("'" + path + "'") ? message : message + " (at '" + path + "')";
  }
}
