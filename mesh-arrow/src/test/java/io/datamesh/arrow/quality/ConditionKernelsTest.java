package io.datamesh.arrow.quality;

import static io.datamesh.arrow.quality.Batches.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConditionKernelsTest {
  private final BufferAllocator allocator = allocator();

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  private List<Integer> violations(Condition c, VectorSchemaRoot root) {
    try (root) {
      BatchViolations v = ScanPlan.builder().addCondition("c", c).build().start().accept(root);
      List<Integer> rows = new ArrayList<>();
      for (int i = v.nextViolation("c", 0); i >= 0; i = v.nextViolation("c", i + 1)) {
        rows.add(i);
      }
      assertThat(v.count("c")).isEqualTo(rows.size());
      return rows;
    }
  }

  private String error(Condition c, VectorSchemaRoot root) {
    try (root) {
      Scan scan = ScanPlan.builder().addCondition("c", c).build().start();
      scan.accept(root);
      return scan.result().error("c").orElseThrow();
    }
  }

  @Test
  void not_null_marks_exactly_the_null_rows_even_past_a_byte_boundary() {
    Integer[] values = new Integer[20];
    Arrays.fill(values, 1);
    values[0] = null;
    values[9] = null;
    values[19] = null;
    assertThat(violations(Condition.notNull("x"), root(ints(allocator, "x", values)))).containsExactly(0, 9, 19);
  }

  @Test
  void missing_values_count_nulls_and_the_listed_values() {
    assertThat(violations(Condition.missing("s", Arrays.asList(null, "", "N/A")),
        root(strings(allocator, "s", "a", "", null, "N/A", "n/a")))).containsExactly(1, 2, 3);
  }

  @Test
  void valid_values_compare_in_the_column_type_and_let_nulls_pass() {
    assertThat(violations(Condition.validValues("rating", List.of("1", "2", "3", "4", "5")),
        root(ints(allocator, "rating", 1, 5, 0, null, 6)))).containsExactly(2, 4);
    assertThat(violations(Condition.validValues("status", List.of("active", "pending")),
        root(strings(allocator, "status", "active", "Active", null, "pending")))).containsExactly(1);
    assertThat(violations(Condition.validValues("f", List.of(true)),
        root(bools(allocator, "f", true, false, null)))).containsExactly(1);
  }

  @Test
  void patterns_search_unless_anchored_and_run_on_utf8_bytes() {
    assertThat(violations(Condition.pattern("e", ".*@.*\\..*"),
        root(strings(allocator, "e", "a@b.c", "nope", "ü@ö.de", null)))).containsExactly(1);
    assertThat(violations(Condition.pattern("c", "^[A-Z]{2}$"),
        root(strings(allocator, "c", "DE", "DEU", "de")))).containsExactly(1, 2);
  }

  @Test
  void a_pattern_with_look_ahead_is_refused_with_the_reason() {
    assertThatThrownBy(() -> Condition.pattern("e", "^(?=a).*")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("look-around");
  }

  @Test
  void lengths_count_code_points_not_bytes() {
    assertThat(violations(Condition.length("s", OptionalLong.of(2), OptionalLong.of(3)),
        root(strings(allocator, "s", "ab", "日本語", "😀", "日本語か", "", null, "éé")))).containsExactly(2, 3, 4);
  }

  @Test
  void formats_accept_good_values_and_mark_bad_ones() {
    assertThat(violations(Condition.format("e", StringFormat.EMAIL),
        root(strings(allocator, "e", "a.b@example.com", "a@b", "@x.io", "a b@x.io", "x@y.org")))).containsExactly(1, 2, 3);
    assertThat(violations(Condition.format("u", StringFormat.UUID),
        root(strings(allocator, "u", "123e4567-e89b-12d3-a456-426614174000", "123e4567e89b12d3a456426614174000"))))
        .containsExactly(1);
    assertThat(violations(Condition.format("ip", StringFormat.IPV4),
        root(strings(allocator, "ip", "10.0.0.1", "256.1.1.1", "01.1.1.1", "1.2.3")))).containsExactly(1, 2, 3);
    assertThat(violations(Condition.format("ip", StringFormat.IPV6),
        root(strings(allocator, "ip", "::1", "2001:db8::8a2e:370:7334", "::ffff:192.0.2.1", "1::2::3", "12345::"))))
        .containsExactly(3, 4);
    assertThat(violations(Condition.format("h", StringFormat.HOSTNAME),
        root(strings(allocator, "h", "example.com", "-bad.com", "a..b")))).containsExactly(1, 2);
    assertThat(violations(Condition.format("u", StringFormat.URI),
        root(strings(allocator, "u", "https://x.io/a?b=1", "relative/path", "ht tp://x")))).containsExactly(1, 2);
  }

  @Test
  void bounds_are_inclusive_or_exclusive_and_nan_breaks_every_bound() {
    assertThat(violations(Condition.atLeast("x", BigDecimal.ZERO, true),
        root(ints(allocator, "x", -1, 0, 1, null)))).containsExactly(0);
    assertThat(violations(Condition.atLeast("x", new BigDecimal("0.5"), false),
        root(ints(allocator, "x", 0, 1)))).containsExactly(0);
    assertThat(violations(Condition.atMost("d", new BigDecimal("10"), false),
        root(doubles(allocator, "d", 9.99, 10.0, Double.NaN, Double.POSITIVE_INFINITY)))).containsExactly(1, 2, 3);
    assertThat(violations(Condition.atMost("x", new BigDecimal("1e30"), true),
        root(longs(allocator, "x", Long.MAX_VALUE)))).isEmpty();
  }

  @Test
  void date_timestamp_and_decimal_bounds_compare_in_the_columns_own_units() {
    assertThat(violations(Condition.atLeast("d", "2024-01-01", true), root(dates(allocator, "d",
        LocalDate.parse("2023-12-31"), LocalDate.parse("2024-01-01"))))).containsExactly(0);
    assertThat(violations(Condition.atMost("t", "2024-01-01T00:00:00Z", false), root(timestamps(allocator, "t",
        Instant.parse("2023-12-31T23:59:59.999999Z"), Instant.parse("2024-01-01T00:00:00Z"))))).containsExactly(1);
    assertThat(violations(Condition.atMost("m", new BigDecimal("10.05"), true), root(decimals(allocator, "m", 2,
        new BigDecimal("10.05"), new BigDecimal("10.06"), new BigDecimal("1e30"))))).containsExactly(1, 2);
  }

  @Test
  void multiple_of_uses_decimal_arithmetic() {
    assertThat(violations(Condition.multipleOf("d", new BigDecimal("0.1")),
        root(doubles(allocator, "d", 0.3, 0.25, Double.NaN)))).containsExactly(1, 2);
    assertThat(violations(Condition.multipleOf("x", new BigDecimal("3")),
        root(ints(allocator, "x", 3, -6, 4, 0)))).containsExactly(2);
  }

  @Test
  void item_counts_come_from_list_offsets() {
    assertThat(violations(Condition.items("tags", OptionalLong.of(1), OptionalLong.of(2)),
        root(stringLists(allocator, "tags", list(), list("a"), list("a", "b", "c"), null)))).containsExactly(0, 2);
  }

  @Test
  void invalid_values_combine_valid_values_and_a_pattern() {
    Condition c = Condition.anyOf(List.of(Condition.validValues("c", List.of("AA", "BB", "x")),
        Condition.pattern("c", "^[A-Z]+$")));
    assertThat(violations(c, root(strings(allocator, "c", "AA", "CC", "x")))).containsExactly(1, 2);
  }

  @Test
  void custom_predicates_run_per_row_and_their_exceptions_become_errors() {
    RowPredicate even = (v, row) -> v.isNull(row) || ((IntVector) v).get(row) % 2 == 0;
    assertThat(violations(Condition.predicate("x", "is even", even), root(ints(allocator, "x", 2, 3, null))))
        .containsExactly(1);
    RowPredicate broken = (v, row) -> {
      throw new IllegalStateException("boom");
    };
    assertThat(error(Condition.predicate("x", "explodes", broken), root(ints(allocator, "x", 1))))
        .contains("boom");
  }

  @Test
  void a_missing_column_or_a_wrong_type_is_an_error_that_names_it() {
    assertThat(error(Condition.notNull("nope"), root(ints(allocator, "x", 1))))
        .contains("column 'nope' is not in the batch").contains("[x]");
    assertThat(error(Condition.length("x", OptionalLong.of(1), OptionalLong.empty()), root(ints(allocator, "x", 1))))
        .contains("does not apply to column 'x'");
  }
}
