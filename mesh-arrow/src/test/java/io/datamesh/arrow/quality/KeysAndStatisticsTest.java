package io.datamesh.arrow.quality;

import static io.datamesh.arrow.quality.Batches.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.quality.ColumnStatistics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeysAndStatisticsTest {
  private final BufferAllocator allocator = allocator();

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  @Test
  void duplicates_are_marked_keep_first_across_batches() {
    Scan scan = ScanPlan.builder().addKey("k", List.of("id")).build().start();
    try (VectorSchemaRoot a = root(strings(allocator, "id", "a", "b", "a", null, null));
         VectorSchemaRoot b = root(strings(allocator, "id", "b", "c"))) {
      BatchViolations first = scan.accept(a);
      BatchViolations second = scan.accept(b);
      assertThat(first.violated("k", 2)).isTrue();
      assertThat(first.count("k")).isEqualTo(1);
      assertThat(second.firstRow()).isEqualTo(5);
      assertThat(second.violated("k", 0)).isTrue();
      assertThat(second.violated("k", 1)).isFalse();
    }
    KeyResult k = scan.result().key("k").orElseThrow();
    assertThat(k.keyedRows()).isEqualTo(5);
    assertThat(k.distinct()).hasValue(3);
    assertThat(k.duplicates()).hasValue(2);
    assertThat(scan.result().violations("k")).hasValue(2);
  }

  @Test
  void composite_keys_skip_rows_with_a_null_part() {
    Scan scan = ScanPlan.builder().addKey("pk", List.of("a", "b")).build().start();
    try (VectorSchemaRoot r = root(ints(allocator, "a", 1, 1, 1, null, 2),
        strings(allocator, "b", "x", "x", "y", "x", null))) {
      BatchViolations v = scan.accept(r);
      assertThat(v.count("pk")).isEqualTo(1);
      assertThat(v.violated("pk", 1)).isTrue();
    }
    assertThat(scan.result().key("pk").orElseThrow().keyedRows()).isEqualTo(3);
  }

  @Test
  void over_the_budget_a_key_reports_an_error_and_never_an_approximation() {
    Scan scan = ScanPlan.builder().addKey("k", List.of("id")).addStatistics("id", true).setKeyBudgetBytes(4096)
        .build().start();
    Long[] ids = new Long[5000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = (long) i;
    }
    try (VectorSchemaRoot r = root(longs(allocator, "id", ids))) {
      scan.accept(r);
    }
    ScanResult result = scan.result();
    assertThat(result.error("k")).hasValueSatisfying(m -> assertThat(m).startsWith("uniqueness budget exceeded"));
    assertThat(result.key("k").orElseThrow().distinct()).isEmpty();
    assertThat(result.violations("k")).isEmpty();
    assertThat(result.statistics().get("id").distinct()).isEmpty();
    assertThat(scan.keyBytes()).isZero();
  }

  @Test
  void statistics_cover_numbers_text_decimals_and_times() {
    Scan scan = ScanPlan.builder().addStatistics("n", true).addStatistics("s", true).addStatistics("m", false)
        .addStatistics("t", false).addStatistics("d", false).build().start();
    try (VectorSchemaRoot r = root(ints(allocator, "n", 1, 2, null, 3),
        strings(allocator, "s", "a", "日本", null, "a"),
        decimals(allocator, "m", 2, new BigDecimal("1.50"), new BigDecimal("-2.25"), null, new BigDecimal("1e25")),
        timestamps(allocator, "t", Instant.parse("2024-01-01T00:00:00Z"), null, null,
            Instant.parse("2024-06-01T12:00:00Z")),
        doubles(allocator, "d", 1.0, Double.NaN, null, 3.0))) {
      scan.accept(r);
    }
    ScanResult result = scan.result();
    ColumnStatistics n = result.statistics().get("n");
    assertThat(n.count()).isEqualTo(4);
    assertThat(n.nulls()).isEqualTo(1);
    assertThat(n.min()).contains(1L);
    assertThat(n.max()).contains(3L);
    assertThat(n.sum()).contains(6L);
    assertThat(n.mean().getAsDouble()).isEqualTo(2.0);
    assertThat(n.stddev().getAsDouble()).isCloseTo(Math.sqrt(2.0 / 3), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(n.distinct()).hasValue(3);
    ColumnStatistics s = result.statistics().get("s");
    assertThat(s.minLength()).hasValue(1);
    assertThat(s.maxLength()).hasValue(2);
    assertThat(s.distinct()).hasValue(2);
    ColumnStatistics m = result.statistics().get("m");
    assertThat(m.min()).contains(new BigDecimal("-2.25"));
    assertThat(m.max()).contains(new BigDecimal("1e25").setScale(2));
    assertThat(m.sum()).contains(new BigDecimal("1e25").add(new BigDecimal("-0.75")).setScale(2));
    ColumnStatistics d = result.statistics().get("d");
    assertThat(d.nans()).isEqualTo(1);
    assertThat(d.mean().getAsDouble()).isEqualTo(2.0);
    assertThat(result.timeRanges().get("t").earliest()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(result.timeRanges().get("t").latest()).isEqualTo(Instant.parse("2024-06-01T12:00:00Z"));
  }

  @Test
  void custom_aggregates_fold_batches_and_merge() {
    ScanPlan plan = ScanPlan.builder().addAggregate("zeros", "x", Zeros::new).build();
    Scan a = plan.start();
    Scan b = plan.start();
    try (VectorSchemaRoot r1 = root(ints(allocator, "x", 0, 1, 0)); VectorSchemaRoot r2 = root(ints(allocator, "x", 0))) {
      a.accept(r1);
      b.accept(r2);
    }
    a.merge(b);
    assertThat(a.result().aggregate("zeros")).hasValue(3.0);
  }

  static final class Zeros implements ColumnAggregate {
    long zeros;

    @Override
    public void accept(org.apache.arrow.vector.FieldVector v, int rows) {
      for (int i = 0; i < rows; i++) {
        if (!v.isNull(i) && ((org.apache.arrow.vector.IntVector) v).get(i) == 0) {
          zeros++;
        }
      }
    }

    @Override
    public void merge(ColumnAggregate other) {
      zeros += ((Zeros) other).zeros;
    }

    @Override
    public double value() {
      return zeros;
    }
  }
}
