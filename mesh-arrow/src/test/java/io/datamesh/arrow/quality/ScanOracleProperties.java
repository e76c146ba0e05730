package io.datamesh.arrow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.quality.ColumnStatistics;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Every metric of a scan equals a naive row-by-row oracle, and scanning parts apart then merging equals one scan,
 * on random batches with nulls, empty strings, NaN, infinities, extremes, empty and single-row batches.
 */
class ScanOracleProperties {
  record Row(Integer i, Long l, Double d, String s) {}

  static final List<Object> VALID = List.of(1, 2, 3, "4", "-2147483648");
  static final List<Object> MISSING = Arrays.asList("", "N/A");

  static ScanPlan plan() {
    return ScanPlan.builder()
        .addCondition("i_required", Condition.notNull("i"))
        .addCondition("s_missing", Condition.missing("s", MISSING))
        .addCondition("i_valid", Condition.validValues("i", VALID))
        .addCondition("s_length", Condition.length("s", OptionalLong.of(1), OptionalLong.of(3)))
        .addCondition("s_pattern", Condition.pattern("s", "^[a-c]+$"))
        .addCondition("d_min", Condition.atLeast("d", BigDecimal.ZERO, true))
        .addCondition("l_max", Condition.atMost("l", BigDecimal.TEN, false))
        .addCondition("i_multiple", Condition.multipleOf("i", BigDecimal.valueOf(3)))
        .addKey("i_unique", List.of("i"))
        .addKey("s_unique", List.of("s"))
        .addKey("d_unique", List.of("d"))
        .addKey("is_unique", List.of("i", "s"))
        .addStatistics("i", true).addStatistics("l", true).addStatistics("d", true).addStatistics("s", true)
        .build();
  }

  @Provide
  Arbitrary<List<List<Row>>> batches() {
    Arbitrary<Integer> ints = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just((Integer) null)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1)),
        net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(-12, 12)));
    Arbitrary<Long> longs = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just((Long) null)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L)),
        net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(-20, 20)));
    Arbitrary<Double> doubles = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just((Double) null)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            0.0, -0.0, Double.MIN_VALUE, 1e15, -1e15, 0.5)),
        net.jqwik.api.Tuple.of(4, Arbitraries.doubles().between(-1e6, 1e6)));
    Arbitrary<String> strings = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "N/A", "日本", "é", "😀", "abcd")),
        net.jqwik.api.Tuple.of(4, Arbitraries.strings().withChars('a', 'b', 'c', 'é', '日').ofMaxLength(4)));
    Arbitrary<Row> row = Combinators.combine(ints, longs, doubles, strings).as(Row::new);
    return row.list().ofMaxSize(40).list().ofMaxSize(5);
  }

  @Property(tries = 200)
  void every_metric_equals_a_row_by_row_oracle(@ForAll("batches") List<List<Row>> batches) {
    try (BufferAllocator allocator = Batches.allocator()) {
      Scan scan = plan().start();
      List<Row> all = new ArrayList<>();
      Map<String, List<Long>> marked = new java.util.HashMap<>();
      for (List<Row> batch : batches) {
        try (VectorSchemaRoot root = toRoot(allocator, batch)) {
          BatchViolations v = scan.accept(root);
          for (String id : plan().rowRuleIds()) {
            for (int r = v.nextViolation(id, 0); r >= 0; r = v.nextViolation(id, r + 1)) {
              marked.computeIfAbsent(id, k -> new ArrayList<>()).add(v.firstRow() + r);
            }
          }
        }
        all.addAll(batch);
      }
      ScanResult result = scan.result();
      assertThat(result.rows()).isEqualTo(all.size());
      assertRows(marked, "i_required", all, r -> r.i() == null);
      assertRows(marked, "s_missing", all, r -> r.s() == null || MISSING.contains(r.s()));
      assertRows(marked, "i_valid", all, r -> r.i() != null && !Set.of(1, 2, 3, 4, Integer.MIN_VALUE).contains(r.i()));
      assertRows(marked, "s_length", all, r -> r.s() != null
          && (r.s().codePointCount(0, r.s().length()) < 1 || r.s().codePointCount(0, r.s().length()) > 3));
      assertRows(marked, "s_pattern", all, r -> r.s() != null && !r.s().matches("^[a-c]+$"));
      assertRows(marked, "d_min", all, r -> r.d() != null && !(r.d() >= 0));
      assertRows(marked, "l_max", all, r -> r.l() != null && !(r.l() < 10));
      assertRows(marked, "i_multiple", all, r -> r.i() != null && r.i() % 3 != 0);
      assertKeepFirst(marked, "i_unique", all, r -> r.i() == null ? null : List.of(r.i()));
      assertKeepFirst(marked, "s_unique", all, r -> r.s() == null ? null : List.of(r.s()));
      assertKeepFirst(marked, "d_unique", all, r -> r.d() == null ? null
          : List.of(r.d() == 0.0 ? 0.0 : r.d()));
      assertKeepFirst(marked, "is_unique", all, r -> r.i() == null || r.s() == null ? null : List.of(r.i(), r.s()));
      assertWholeStatistics(result.statistics().get("i"), all.stream().map(Row::i).map(x -> x == null ? null : (long) x).toList());
      assertWholeStatistics(result.statistics().get("l"), all.stream().map(Row::l).toList());
      assertDoubleStatistics(result.statistics().get("d"), all.stream().map(Row::d).toList(), true);
      assertStringStatistics(result.statistics().get("s"), all.stream().map(Row::s).toList());
    }
  }

  @Property(tries = 200)
  void scanning_parts_apart_and_merging_equals_one_scan(@ForAll("batches") List<List<Row>> batches) {
    try (BufferAllocator allocator = Batches.allocator()) {
      ScanPlan plan = plan();
      Scan whole = plan.start();
      Scan left = plan.start();
      Scan right = plan.start();
      for (int b = 0; b < batches.size(); b++) {
        try (VectorSchemaRoot root = toRoot(allocator, batches.get(b))) {
          whole.accept(root);
          (b < batches.size() / 2 ? left : right).accept(root);
        }
      }
      left.merge(right);
      ScanResult one = whole.result();
      ScanResult merged = left.result();
      assertThat(merged.rows()).isEqualTo(one.rows());
      assertThat(merged.violationCounts()).isEqualTo(one.violationCounts());
      assertThat(merged.keys()).isEqualTo(one.keys());
      assertThat(merged.errors()).isEqualTo(one.errors());
      for (String c : List.of("i", "l", "s")) {
        assertThat(merged.statistics().get(c)).usingRecursiveComparison().ignoringFields("stddev")
            .isEqualTo(one.statistics().get(c));
        assertClose(merged.statistics().get(c).stddev(), one.statistics().get(c).stddev(), 1e-9);
      }
      ColumnStatistics dm = merged.statistics().get("d");
      ColumnStatistics d1 = one.statistics().get("d");
      assertThat(dm).usingRecursiveComparison().ignoringFields("sum", "mean", "stddev").isEqualTo(d1);
      double scale = 1e15 * Math.max(1, one.rows());
      if (dm.sum().isPresent()) {
        assertClose(dm.sum().get().doubleValue(), d1.sum().get().doubleValue(), 1e-12 * scale);
        assertClose(dm.mean().getAsDouble(), d1.mean().getAsDouble(), 1e-12 * scale);
        assertClose(dm.stddev().getAsDouble(), d1.stddev().getAsDouble(), 1e-3 * 1e15);
      }
    }
  }

  private static void assertClose(java.util.OptionalDouble a, java.util.OptionalDouble b, double rel) {
    assertThat(a.isPresent()).isEqualTo(b.isPresent());
    if (a.isPresent()) {
      assertClose(a.getAsDouble(), b.getAsDouble(), rel * Math.max(1, Math.abs(b.getAsDouble())));
    }
  }

  private static void assertClose(double a, double b, double tolerance) {
    if (Double.isNaN(b) || Double.isInfinite(b)) {
      assertThat(Double.valueOf(a)).isEqualTo(Double.valueOf(b));
    } else {
      assertThat(Math.abs(a - b)).as("%s vs %s", a, b).isLessThanOrEqualTo(tolerance);
    }
  }

  static <R> void assertRows(Map<String, List<Long>> marked, String id, List<R> all, Predicate<R> bad) {
    List<Long> expected = new ArrayList<>();
    for (int r = 0; r < all.size(); r++) {
      if (bad.test(all.get(r))) {
        expected.add((long) r);
      }
    }
    assertThat(marked.getOrDefault(id, List.of())).as(id).isEqualTo(expected);
  }

  static <R> void assertKeepFirst(Map<String, List<Long>> marked, String id, List<R> all,
      java.util.function.Function<R, List<Object>> key) {
    Set<List<Object>> seen = new HashSet<>();
    List<Long> expected = new ArrayList<>();
    for (int r = 0; r < all.size(); r++) {
      List<Object> k = key.apply(all.get(r));
      if (k != null && !seen.add(k)) {
        expected.add((long) r);
      }
    }
    assertThat(marked.getOrDefault(id, List.of())).as(id).isEqualTo(expected);
  }

  static void assertWholeStatistics(ColumnStatistics s, List<Long> values) {
    List<Long> present = values.stream().filter(Objects::nonNull).toList();
    assertThat(s.count()).isEqualTo(values.size());
    assertThat(s.nulls()).isEqualTo(values.size() - present.size());
    assertThat(s.distinct()).hasValue(new HashSet<>(present).size());
    if (present.isEmpty()) {
      assertThat(s.min()).isEmpty();
      assertThat(s.mean()).isEmpty();
      return;
    }
    assertThat(s.min()).contains(present.stream().min(Long::compare).orElseThrow());
    assertThat(s.max()).contains(present.stream().max(Long::compare).orElseThrow());
    BigInteger sum = present.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    assertThat(new BigDecimal(s.sum().orElseThrow().toString())).isEqualByComparingTo(new BigDecimal(sum));
    BigDecimal n = BigDecimal.valueOf(present.size());
    BigDecimal mean = new BigDecimal(sum).divide(n, MathContext.DECIMAL128);
    assertThat(s.mean().getAsDouble()).isEqualTo(new BigDecimal(sum).divide(n, MathContext.DECIMAL64).doubleValue());
    BigDecimal m2 = BigDecimal.ZERO;
    for (long x : present) {
      BigDecimal d = BigDecimal.valueOf(x).subtract(mean);
      m2 = m2.add(d.multiply(d));
    }
    double sd = Math.sqrt(m2.divide(n, MathContext.DECIMAL128).doubleValue());
    double maxAbs = present.stream().mapToDouble(x -> Math.abs((double) x)).max().orElse(0);
    assertClose(s.stddev().getAsDouble(), sd, 1e-6 * Math.max(1, maxAbs));
  }

  private static void assertDoubleStatistics(ColumnStatistics s, List<Double> values, boolean exactSum) {
    List<Double> present = values.stream().filter(Objects::nonNull).toList();
    List<Double> numbers = present.stream().filter(x -> !Double.isNaN(x)).toList();
    assertThat(s.nulls()).isEqualTo(values.size() - present.size());
    assertThat(s.nans()).isEqualTo(present.size() - numbers.size());
    assertThat(s.distinct()).hasValue(present.stream().map(x -> x == 0.0 ? 0.0 : x).distinct().count());
    if (numbers.isEmpty()) {
      assertThat(s.min()).isEmpty();
      return;
    }
    assertThat(s.min()).contains(numbers.stream().reduce(Double.POSITIVE_INFINITY, Math::min));
    assertThat(s.max()).contains(numbers.stream().reduce(Double.NEGATIVE_INFINITY, Math::max));
    double sum = 0;
    for (double x : numbers) {
      sum += x;
    }
    if (exactSum) {
      assertThat(s.sum()).contains(sum);
      assertThat(Double.valueOf(s.mean().getAsDouble())).isEqualTo(Double.valueOf(sum / numbers.size()));
    }
    boolean infinite = numbers.stream().anyMatch(x -> Double.isInfinite(x));
    if (infinite) {
      assertThat(s.stddev().getAsDouble()).isNaN();
      return;
    }
    BigDecimal exactSum0 = numbers.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal n = BigDecimal.valueOf(numbers.size());
    BigDecimal mean = exactSum0.divide(n, MathContext.DECIMAL128);
    BigDecimal m2 = BigDecimal.ZERO;
    for (double x : numbers) {
      BigDecimal d = new BigDecimal(x).subtract(mean);
      m2 = m2.add(d.multiply(d));
    }
    double variance = m2.divide(n, MathContext.DECIMAL128).doubleValue();
    double maxAbs = numbers.stream().mapToDouble(Math::abs).max().orElse(0);
    double sd = s.stddev().getAsDouble();
    assertThat(Math.abs(sd * sd - variance)).as("variance %s vs %s", sd * sd, variance)
        .isLessThanOrEqualTo(1e-9 * Math.max(1, maxAbs * maxAbs));
  }

  static void assertStringStatistics(ColumnStatistics s, List<String> values) {
    List<String> present = values.stream().filter(Objects::nonNull).toList();
    assertThat(s.nulls()).isEqualTo(values.size() - present.size());
    assertThat(s.distinct()).hasValue(new HashSet<>(present).size());
    if (present.isEmpty()) {
      assertThat(s.minLength()).isEmpty();
      return;
    }
    assertThat(s.minLength()).hasValue(present.stream().mapToLong(x -> x.codePointCount(0, x.length())).min().orElseThrow());
    assertThat(s.maxLength()).hasValue(present.stream().mapToLong(x -> x.codePointCount(0, x.length())).max().orElseThrow());
  }

  static VectorSchemaRoot toRoot(BufferAllocator a, List<Row> rows) {
    return Batches.root(
        Batches.ints(a, "i", rows.stream().map(Row::i).toArray(Integer[]::new)),
        Batches.longs(a, "l", rows.stream().map(Row::l).toArray(Long[]::new)),
        Batches.doubles(a, "d", rows.stream().map(Row::d).toArray(Double[]::new)),
        Batches.strings(a, "s", rows.stream().map(Row::s).toArray(String[]::new)));
  }
}
