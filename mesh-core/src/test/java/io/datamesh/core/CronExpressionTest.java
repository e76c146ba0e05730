package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronExpressionTest {
  private static final ZonedDateTime T0 = ZonedDateTime.parse("2026-01-01T10:15:30Z");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 * * * *        | 2026-01-01T11:00Z",
      "*/15 * * * *     | 2026-01-01T10:30Z",
      "0 6 * * MON-FRI  | 2026-01-02T06:00Z",
      "0 0 1 JAN *      | 2027-01-01T00:00Z",
      "30 9 * * 0       | 2026-01-04T09:30Z",
      "30 9 * * 7       | 2026-01-04T09:30Z",
      "0 0 13 * FRI     | 2026-01-02T00:00Z",
      "0 0 29 2 *       | 2028-02-29T00:00Z"})
  void next_returns_the_first_matching_minute_after_the_given_time(String expr, String expected) {
    assertThat(CronExpression.parse(expr).next(T0)).isEqualTo(ZonedDateTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "* * * *", "* * * * * *", "60 * * * *", "* 24 * * *", "* * 0 * *", "* * * 13 *",
      "* * * * 8", "5-1 * * * *", "*/0 * * * *", "a * * * *", "* * * FOO *", "1,,2 * * * *"})
  void malformed_expressions_are_rejected_naming_the_field(String expr) {
    assertThatThrownBy(() -> CronExpression.parse(expr)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cron expression '" + expr + "'");
  }

  @Test
  void an_expression_that_never_matches_says_so() {
    assertThatThrownBy(() -> CronExpression.parse("0 0 30 2 *").next(T0)).hasMessageContaining("never matches");
  }

  @Property(tries = 300)
  void next_equals_a_minute_by_minute_search_over_the_generated_sets(
      @ForAll("minuteSets") Set<Integer> minutes, @ForAll("hourSets") Set<Integer> hours,
      @ForAll("domSets") Set<Integer> doms, @ForAll("dowSets") Set<Integer> dows,
      @ForAll @LongRange(min = 0, max = 400L * 24 * 60) long offsetMinutes) {
    String expr = text(minutes) + " " + text(hours) + " " + text(doms) + " * " + text(dows);
    ZonedDateTime start = ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(offsetMinutes)
        .plusSeconds(7);

    ZonedDateTime t = start.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    while (!oracle(t, minutes, hours, doms, dows)) {
      t = t.plusMinutes(1);
    }
    assertThat(CronExpression.parse(expr).next(start)).isEqualTo(t);
  }

  private static boolean oracle(ZonedDateTime t, Set<Integer> minutes, Set<Integer> hours, Set<Integer> doms,
      Set<Integer> dows) {
    boolean dom = doms.isEmpty() || doms.contains(t.getDayOfMonth());
    boolean dow = dows.isEmpty() || dows.contains(t.getDayOfWeek().getValue() % 7);
    boolean day = !doms.isEmpty() && !dows.isEmpty() ? dom || dow : dom && dow;
    return (minutes.isEmpty() || minutes.contains(t.getMinute())) && (hours.isEmpty() || hours.contains(t.getHour()))
        && day;
  }

  /** An empty set stands for '*'. */
  private static String text(Set<Integer> values) {
    return values.isEmpty() ? "*" : new TreeSet<>(values).stream().map(String::valueOf)
        .collect(Collectors.joining(","));
  }

  @Provide
  Arbitrary<Set<Integer>> minuteSets() {
    return Arbitraries.integers().between(0, 59).set().ofMaxSize(4);
  }

  @Provide
  Arbitrary<Set<Integer>> hourSets() {
    return Arbitraries.integers().between(0, 23).set().ofMaxSize(3);
  }

  @Provide
  Arbitrary<Set<Integer>> domSets() {
    return Arbitraries.of(List.of(Set.<Integer>of(), Set.of(1), Set.of(15, 28), Set.of(31), Set.of(2, 3, 4)));
  }

  @Provide
  Arbitrary<Set<Integer>> dowSets() {
    return Arbitraries.of(List.of(Set.<Integer>of(), Set.of(0), Set.of(1, 5), Set.of(6)));
  }
}
