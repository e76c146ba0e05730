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
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Conditions on array items ({@code tags[]} of List&lt;Utf8&gt;, {@code nums[]} of List&lt;Int&gt;,
 * {@code lines[].a} and {@code lines[].b} of List&lt;Struct&gt;) equal a row-by-row oracle: a row breaks a rule when
 * it has a list with at least one item that breaks it. Batches have null rows, null items, empty lists, null
 * struct items whose child slots hold random values (they must count as null), and lists whose first offset is not
 * 0, with junk items before it that break every rule (they must be ignored), as must the junk items a null row's
 * slot spans.
 */
class ItemScanOracleProperties {
  /** A struct item as written: its flag and its child slots, whatever the flag says. */
  record Line(boolean present, Integer a, String b) {
    Integer pa() {
      return present ? a : null;
    }

    String pb() {
      return present ? b : null;
    }
  }

  /** One row: each list may be null, and hold null items. */
  record Row(List<String> tags, List<Integer> nums, List<Line> lines) {}

  static final List<Object> MISSING = Arrays.asList("", "N/A");

  static ScanPlan plan() {
    return ScanPlan.builder()
        .addCondition("tags_length", Condition.length("tags[]", OptionalLong.of(1), OptionalLong.of(3)))
        .addCondition("tags_pattern", Condition.pattern("tags[]", "^[ab]+$"))
        .addCondition("tags_null", Condition.notNull("tags[]"))
        .addCondition("tags_missing", Condition.missing("tags[]", MISSING))
        .addCondition("tags_valid", Condition.validValues("tags[]", List.of("a", "b", "ab")))
        .addCondition("nums_max", Condition.atMost("nums[]", BigDecimal.valueOf(3), true))
        .addCondition("nums_xmin", Condition.atLeast("nums[]", BigDecimal.valueOf(-2), false))
        .addCondition("nums_multiple", Condition.multipleOf("nums[]", BigDecimal.valueOf(2)))
        .addCondition("nums_required", Condition.requiredWithinParent("nums[]"))
        .addCondition("a_max", Condition.atMost("lines[].a", BigDecimal.valueOf(3), true))
        .addCondition("a_required", Condition.requiredWithinParent("lines[].a"))
        .addCondition("a_null", Condition.notNull("lines[].a"))
        .addCondition("b_missing", Condition.missing("lines[].b", MISSING))
        .addCondition("b_length", Condition.length("lines[].b", OptionalLong.of(1), OptionalLong.of(2)))
        .addCondition("lines_required", Condition.requiredWithinParent("lines[]"))
        .addStatistics("tags", false)
        .build();
  }

  @Provide
  Arbitrary<List<List<Row>>> batches() {
    Arbitrary<Integer> ints = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((Integer) null)),
        Tuple.of(5, Arbitraries.integers().between(-4, 5)));
    Arbitrary<String> strings = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)),
        Tuple.of(1, Arbitraries.of("", "N/A", "日本", "abcd")),
        Tuple.of(5, Arbitraries.strings().withChars('a', 'b', 'é').ofMaxLength(4)));
    Arbitrary<Line> line = Combinators.combine(Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
        ints, strings).as(Line::new);
    Arbitrary<Row> row = Combinators.combine(lists(strings), lists(ints), lists(line)).as(Row::new);
    return row.list().ofMaxSize(40).list().ofMaxSize(4);
  }

  private static <T> Arbitrary<List<T>> lists(Arbitrary<T> items) {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((List<T>) null)),
        Tuple.of(6, items.list().ofMaxSize(4)));
  }

  @Property(tries = 250)
  void item_rules_equal_a_row_by_row_oracle(@ForAll("batches") List<List<Row>> batches,
      @ForAll("pads") int pad) {
    try (BufferAllocator allocator = Batches.allocator()) {
      ScanPlan plan = plan();
      Scan scan = plan.start();
      List<Row> all = new ArrayList<>();
      Map<String, List<Long>> marked = new HashMap<>();
      for (List<Row> batch : batches) {
        try (VectorSchemaRoot root = toRoot(allocator, batch, pad)) {
          BatchViolations v = scan.accept(root);
          for (String id : plan.rowRuleIds()) {
            for (int r = v.nextViolation(id, 0); r >= 0; r = v.nextViolation(id, r + 1)) {
              marked.computeIfAbsent(id, k -> new ArrayList<>()).add(v.firstRow() + r);
            }
          }
        }
        all.addAll(batch);
      }
      ScanResult result = scan.result();
      assertThat(result.errors()).isEmpty();
      Set<String> valid = Set.of("a", "b", "ab");
      check(result, marked, "tags_length", all, Row::tags, s -> s != null
          && (s.codePointCount(0, s.length()) < 1 || s.codePointCount(0, s.length()) > 3));
      check(result, marked, "tags_pattern", all, Row::tags, s -> s != null && !s.matches("^[ab]+$"));
      check(result, marked, "tags_null", all, Row::tags, s -> s == null);
      check(result, marked, "tags_missing", all, Row::tags, s -> s == null || MISSING.contains(s));
      check(result, marked, "tags_valid", all, Row::tags, s -> s != null && !valid.contains(s));
      check(result, marked, "nums_max", all, Row::nums, i -> i != null && i > 3);
      check(result, marked, "nums_xmin", all, Row::nums, i -> i != null && i <= -2);
      check(result, marked, "nums_multiple", all, Row::nums, i -> i != null && i % 2 != 0);
      check(result, marked, "nums_required", all, Row::nums, i -> i == null);
      check(result, marked, "a_max", all, Row::lines, l -> l.pa() != null && l.pa() > 3);
      check(result, marked, "a_required", all, Row::lines, l -> l.present() && l.a() == null);
      check(result, marked, "a_null", all, Row::lines, l -> l.pa() == null);
      check(result, marked, "b_missing", all, Row::lines, l -> l.pb() == null || MISSING.contains(l.pb()));
      check(result, marked, "b_length", all, Row::lines, l -> l.pb() != null
          && (l.pb().codePointCount(0, l.pb().length()) < 1 || l.pb().codePointCount(0, l.pb().length()) > 2));
      check(result, marked, "lines_required", all, Row::lines, l -> !l.present());
      assertThat(result.statistics().get("tags").count()).isEqualTo(all.size());
    }
  }

  @Provide
  Arbitrary<Integer> pads() {
    return Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(1, 1), Tuple.of(1, 3));
  }

  private static <T> void check(ScanResult result, Map<String, List<Long>> marked, String id, List<Row> all,
      java.util.function.Function<Row, List<T>> items, Predicate<T> bad) {
    Predicate<Row> row = r -> items.apply(r) != null && items.apply(r).stream().anyMatch(bad);
    ScanOracleProperties.assertRows(marked, id, all, row);
    assertThat(result.violationCounts().get(id)).as(id)
        .isEqualTo(all.stream().filter(row).count());
  }

  /**
   * Builds the batch with {@code pad} junk items before the first row's items in each list (first offset
   * {@code pad}), which break every rule.
   */
  static VectorSchemaRoot toRoot(BufferAllocator al, List<Row> rows, int pad) {
    ListVector tags = ListVector.empty("tags", al);
    tags.addOrGetVector(FieldType.nullable(ArrowType.Utf8.INSTANCE));
    VarCharVector tagItems = (VarCharVector) tags.getDataVector();
    ListVector nums = ListVector.empty("nums", al);
    nums.addOrGetVector(FieldType.nullable(new ArrowType.Int(32, true)));
    IntVector numItems = (IntVector) nums.getDataVector();
    ListVector lines = ListVector.empty("lines", al);
    lines.addOrGetVector(FieldType.nullable(ArrowType.Struct.INSTANCE));
    StructVector line = (StructVector) lines.getDataVector();
    IntVector a = line.addOrGet("a", FieldType.nullable(new ArrowType.Int(32, true)), IntVector.class);
    VarCharVector b = line.addOrGet("b", FieldType.nullable(ArrowType.Utf8.INSTANCE), VarCharVector.class);
    List<String> junkTag = new ArrayList<>();
    List<Integer> junkNum = new ArrayList<>();
    List<Line> junkLine = new ArrayList<>();
    for (int j = 0; j < pad; j++) {
      junkTag.add(j % 2 == 0 ? null : "zzzzzz");
      junkNum.add(j % 2 == 0 ? null : 99);
      junkLine.add(new Line(j % 2 != 0, j % 2 == 0 ? 99 : null, ""));
    }
    write(tags, rows.stream().map(Row::tags).toList(), junkTag, (i, s) -> {
      if (s == null) {
        tagItems.setNull(i);
      } else {
        tagItems.setSafe(i, s.getBytes(StandardCharsets.UTF_8));
      }
    });
    write(nums, rows.stream().map(Row::nums).toList(), junkNum, (i, x) -> {
      if (x == null) {
        numItems.setNull(i);
      } else {
        numItems.setSafe(i, x);
      }
    });
    write(lines, rows.stream().map(Row::lines).toList(), junkLine, (i, l) -> {
      if (l.present()) {
        line.setIndexDefined(i);
      } else {
        line.setNull(i);
      }
      if (l.a() == null) {
        a.setNull(i);
      } else {
        a.setSafe(i, l.a());
      }
      if (l.b() == null) {
        b.setNull(i);
      } else {
        b.setSafe(i, l.b().getBytes(StandardCharsets.UTF_8));
      }
    });
    return Batches.root(tags, nums, lines);
  }

  interface ItemWriter<T> {
    void write(int index, T item);
  }

  /**
   * Writes a list's offsets and validity by hand, after {@code junk} items that no row holds; a null row spans the
   * junk items too.
   */
  private static <T> void write(ListVector v, List<List<T>> rows, List<T> junk, ItemWriter<T> items) {
    int n = rows.size();
    v.setInitialCapacity(Math.max(n, 1));
    v.allocateNew();
    while (v.getOffsetBuffer().capacity() < (n + 1L) * 4 || v.getValidityBuffer().capacity() < (n + 7L) / 8) {
      v.reAlloc();
    }
    int item = 0;
    for (T t : junk) {
      items.write(item++, t);
    }
    v.getOffsetBuffer().setInt(0, item);
    for (int r = 0; r < n; r++) {
      List<T> row = rows.get(r);
      BitVectorHelper.setValidityBit(v.getValidityBuffer(), r, row == null ? 0 : 1);
      for (T t : row == null ? junk : row) { // a null row's slot may span items, as Arrow allows: ignored
        items.write(item++, t);
      }
      v.getOffsetBuffer().setInt((r + 1L) * 4, item);
    }
    v.setLastSet(n - 1);
    v.setValueCount(n);
    v.getDataVector().setValueCount(item);
  }
}
