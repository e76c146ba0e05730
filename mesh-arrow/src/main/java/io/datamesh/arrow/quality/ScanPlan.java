package io.datamesh.arrow.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one pass over a stream of batches computes: row conditions, exact keys (duplicates and distinct counts),
 * column statistics and custom aggregates. Immutable and thread-safe; each {@link #start()} begins an independent
 * {@link Scan}.
 *
 * <pre>{@code
 * ScanPlan plan = ScanPlan.builder()
 *     .addCondition("email_required", Condition.notNull("email"))
 *     .addKey("id_unique", List.of("id"))
 *     .addStatistics("amount", true)
 *     .build();
 * Scan scan = plan.start();
 * BatchViolations v = scan.accept(root);
 * ScanResult result = scan.result();
 * }</pre>
 */
public final class ScanPlan {
  final Map<String, Condition> conditions;
  final Map<String, List<String>> keys;
  final Map<String, Boolean> statistics;
  final Map<String, String> aggregateColumns;
  final Map<String, Supplier<? extends ColumnAggregate>> aggregates;
  final long keyBudgetBytes;

  ScanPlan(ScanPlanBuilder b) {
    this.conditions = Collections.unmodifiableMap(new LinkedHashMap<>(b.conditions));
    Map<String, List<String>> k = new LinkedHashMap<>(b.keys);
    // A distinct count shares the key set of a single-column key on the same column, if there is one.
    for (Map.Entry<String, Boolean> s : b.statistics.entrySet()) {
      if (s.getValue() && !k.containsValue(List.of(s.getKey()))) {
        k.put(statsKey(s.getKey()), List.of(s.getKey()));
      }
    }
    this.keys = Collections.unmodifiableMap(k);
    this.statistics = Collections.unmodifiableMap(new LinkedHashMap<>(b.statistics));
    this.aggregateColumns = Collections.unmodifiableMap(new LinkedHashMap<>(b.aggregateColumns));
    this.aggregates = Collections.unmodifiableMap(new LinkedHashMap<>(b.aggregates));
    this.keyBudgetBytes = b.keyBudgetBytes;
  }

  static String statsKey(String column) {
    return "\u0000distinct:" + column;
  }

  String keyFor(String column) {
    for (Map.Entry<String, List<String>> e : keys.entrySet()) {
      if (e.getValue().equals(List.of(column))) {
        return e.getKey();
      }
    }
    return statsKey(column);
  }

  /**
   * Starts a plan.
   *
   * @return a builder
   */
  public static ScanPlanBuilder builder() {
    return new ScanPlanBuilder();
  }

  /**
   * Begins a scan: an empty state that batches are folded into.
   *
   * @return the scan
   */
  public Scan start() {
    return new Scan(this);
  }

  /**
   * Returns the ids of the conditions and keys, whose violations a batch reports.
   *
   * @return the ids, conditions first, in the order added
   */
  public List<String> rowRuleIds() {
    List<String> ids = new ArrayList<>(conditions.keySet());
    for (String k : keys.keySet()) {
      if (!k.startsWith("\u0000")) {
        ids.add(k);
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Returns the byte budget of the exact key sets of one scan.
   *
   * @return the budget in bytes
   */
  public long keyBudgetBytes() {
    return keyBudgetBytes;
  }
}
