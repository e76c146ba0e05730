package io.datamesh.arrow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Conditions, keys and statistics on properties nested in Struct columns ({@code a.i}, {@code a.s}, {@code a.b.l})
 * equal a row-by-row oracle, on random batches with nulls at every level. Child slots under a null struct hold
 * random (often invalid) values, as Arrow allows: they must count as null, never as values.
 */
class NestedScanOracleProperties {
  /** One row as written: the struct flags and the child slots, whatever the structs say. */
  record Row(Integer t, boolean a, Integer i, String s, boolean b, Long l) {
    Integer ai() {
      return a ? i : null;
    }

    String as() {
      return a ? s : null;
    }

    Long abl() {
      return a && b ? l : null;
    }
  }

  static final List<Object> MISSING = Arrays.asList("", "N/A");

  static ScanPlan plan() {
    return ScanPlan.builder()
        .addCondition("i_null", Condition.notNull("a.i"))
        .addCondition("i_required", Condition.requiredWithinParent("a.i"))
        .addCondition("l_required", Condition.requiredWithinParent("a.b.l"))
        .addCondition("b_required", Condition.requiredWithinParent("a.b"))
        .addCondition("s_missing", Condition.missing("a.s", MISSING))
        .addCondition("s_length", Condition.length("a.s", OptionalLong.of(1), OptionalLong.of(3)))
        .addCondition("i_valid", Condition.validValues("a.i", List.of(1, 2, 3)))
        .addCondition("l_max", Condition.atMost("a.b.l", BigDecimal.TEN, true))
        .addCondition("t_required", Condition.notNull("t"))
        .addKey("i_unique", List.of("a.i"))
        .addKey("tl_unique", List.of("t", "a.b.l"))
        .addStatistics("a.i", true).addStatistics("a.s", true).addStatistics("a.b.l", true)
        .addStatistics("t", false)
        .build();
  }

  @Provide
  Arbitrary<List<List<Row>>> batches() {
    Arbitrary<Integer> ints = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((Integer) null)),
        Tuple.of(4, Arbitraries.integers().between(-4, 4)));
    Arbitrary<Long> longs = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((Long) null)),
        Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE)),
        Tuple.of(4, Arbitraries.longs().between(0, 14)));
    Arbitrary<String> strings = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)),
        Tuple.of(1, Arbitraries.of("", "N/A", "日本", "abcd")),
        Tuple.of(4, Arbitraries.strings().withChars('a', 'b', 'é').ofMaxLength(4)));
    Arbitrary<Boolean> present = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
    Arbitrary<Row> row = Combinators.combine(ints, present, ints, strings, present, longs).as(Row::new);
    return row.list().ofMaxSize(70).list().ofMaxSize(4);
  }

  @Property(tries = 200)
  void nested_metrics_equal_a_row_by_row_oracle(@ForAll("batches") List<List<Row>> batches) {
    try (BufferAllocator allocator = Batches.allocator()) {
      ScanPlan plan = plan();
      Scan scan = plan.start();
      Scan left = plan.start();
      Scan right = plan.start();
      List<Row> all = new ArrayList<>();
      Map<String, List<Long>> marked = new HashMap<>();
      for (int n = 0; n < batches.size(); n++) {
        try (VectorSchemaRoot root = toRoot(allocator, batches.get(n))) {
          BatchViolations v = scan.accept(root);
          (n < batches.size() / 2 ? left : right).accept(root);
          for (String id : plan.rowRuleIds()) {
            for (int r = v.nextViolation(id, 0); r >= 0; r = v.nextViolation(id, r + 1)) {
              marked.computeIfAbsent(id, k -> new ArrayList<>()).add(v.firstRow() + r);
            }
          }
        }
        all.addAll(batches.get(n));
      }
      ScanResult result = scan.result();
      assertThat(result.errors()).isEmpty();
      ScanOracleProperties.assertRows(marked, "i_null", all, r -> r.ai() == null);
      ScanOracleProperties.assertRows(marked, "i_required", all, r -> r.a() && r.i() == null);
      ScanOracleProperties.assertRows(marked, "l_required", all, r -> r.a() && r.b() && r.l() == null);
      ScanOracleProperties.assertRows(marked, "b_required", all, r -> r.a() && !r.b());
      ScanOracleProperties.assertRows(marked, "s_missing", all, r -> r.as() == null
          || MISSING.contains(r.as()));
      ScanOracleProperties.assertRows(marked, "s_length", all, r -> r.as() != null
          && (r.as().codePointCount(0, r.as().length()) < 1 || r.as().codePointCount(0, r.as().length()) > 3));
      ScanOracleProperties.assertRows(marked, "i_valid", all, r -> r.ai() != null
          && !Set.of(1, 2, 3).contains(r.ai()));
      ScanOracleProperties.assertRows(marked, "l_max", all, r -> r.abl() != null && r.abl() > 10);
      ScanOracleProperties.assertRows(marked, "t_required", all, r -> r.t() == null);
      ScanOracleProperties.assertKeepFirst(marked, "i_unique", all, r -> r.ai() == null ? null
          : List.of(r.ai()));
      ScanOracleProperties.assertKeepFirst(marked, "tl_unique", all, r -> r.t() == null || r.abl() == null
          ? null : List.of(r.t(), r.abl()));
      ScanOracleProperties.assertWholeStatistics(result.statistics().get("a.i"),
          all.stream().map(r -> r.ai() == null ? null : (long) r.ai()).toList());
      ScanOracleProperties.assertWholeStatistics(result.statistics().get("a.b.l"),
          all.stream().map(Row::abl).toList());
      ScanOracleProperties.assertStringStatistics(result.statistics().get("a.s"),
          all.stream().map(Row::as).toList());
      assertThat(result.statistics().get("a.b.l").column()).isEqualTo("a.b.l");

      left.merge(right);
      ScanResult merged = left.result();
      assertThat(merged.violationCounts()).isEqualTo(result.violationCounts());
      assertThat(merged.keys()).isEqualTo(result.keys());
      assertThat(merged.statistics().get("a.s")).isEqualTo(result.statistics().get("a.s"));
    }
  }

  static VectorSchemaRoot toRoot(BufferAllocator al, List<Row> rows) {
    int n = rows.size();
    IntVector t = Batches.ints(al, "t", rows.stream().map(Row::t).toArray(Integer[]::new));
    StructVector a = StructVector.empty("a", al);
    IntVector i = a.addOrGet("i", FieldType.nullable(new ArrowType.Int(32, true)), IntVector.class);
    VarCharVector s = a.addOrGet("s", FieldType.nullable(ArrowType.Utf8.INSTANCE), VarCharVector.class);
    StructVector b = a.addOrGet("b", FieldType.nullable(ArrowType.Struct.INSTANCE), StructVector.class);
    BigIntVector l = b.addOrGet("l", FieldType.nullable(new ArrowType.Int(64, true)), BigIntVector.class);
    a.allocateNew();
    for (int r = 0; r < n; r++) {
      Row row = rows.get(r);
      if (row.a()) {
        a.setIndexDefined(r);
      } else {
        a.setNull(r);
      }
      if (row.b()) {
        b.setIndexDefined(r);
      } else {
        b.setNull(r);
      }
      if (row.i() == null) {
        i.setNull(r);
      } else {
        i.setSafe(r, row.i());
      }
      if (row.s() == null) {
        s.setNull(r);
      } else {
        s.setSafe(r, row.s().getBytes(StandardCharsets.UTF_8));
      }
      if (row.l() == null) {
        l.setNull(r);
      } else {
        l.setSafe(r, row.l());
      }
    }
    a.setValueCount(n);
    return Batches.root(t, a);
  }
}
