package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractPatternTest {

  @Test
  void a_pattern_matches_anywhere_unless_anchored_like_ecma_test() {
    assertThat(ContractPattern.compile("\\d{3}").test("ab123cd")).isTrue();
    assertThat(ContractPattern.compile("^\\d{3}$").test("ab123cd")).isFalse();
    assertThat(ContractPattern.compile("\\d{3}").matchesEntirely("123")).isTrue();
  }

  @Test
  void dot_excludes_every_ecma_line_terminator_and_dollar_is_the_end_of_input() {
    ContractPattern p = ContractPattern.compile("^a.b$");
    assertThat(p.test("a-b")).isTrue();
    assertThat(p.test("a\u2028b")).isFalse();
    assertThat(p.test("a\rb")).isFalse();
    assertThat(ContractPattern.compile("^ab$").test("ab\n")).isFalse();
  }

  @Test
  void ecma_escapes_classes_and_named_groups_are_translated() {
    assertThat(ContractPattern.compile("^caf\\u00e9$").test("caf\u00e9")).isTrue();
    assertThat(ContractPattern.compile("^\\u{1F600}$").test("\uD83D\uDE00")).isTrue();
    assertThat(ContractPattern.compile("^a\\sb$").test("a\u00a0b")).isTrue();
    assertThat(ContractPattern.compile("^(?<year>\\d{4})-\\d{2}$").test("2024-05")).isTrue();
    assertThat(ContractPattern.compile("^[^]$").test("\n")).isTrue();
    assertThat(ContractPattern.compile("[]").test("anything")).isFalse();
    assertThat(ContractPattern.compile("^\\/path$").test("/path")).isTrue();
  }

  @Test
  void backreferences_and_lookaround_are_refused_with_their_position() {
    assertThatThrownBy(() -> ContractPattern.compile("(a)\\1")).hasMessageContaining("backreference '\\1'");
    assertThatThrownBy(() -> ContractPattern.compile("a(?!b)")).hasMessageContaining("lookahead");
    assertThatThrownBy(() -> ContractPattern.compile("(?<=a)b")).hasMessageContaining("lookbehind");
    assertThatThrownBy(() -> ContractPattern.compile("[a-")).hasMessageContaining("not closed");
  }

  @Test
  void a_catastrophic_backtracking_pattern_answers_on_a_long_input() {
    ContractPattern evil = ContractPattern.compile("^(a+)+$");

    assertThat(evil.test("a".repeat(50_000) + "!")).isFalse();
    assertThat(evil.test("a".repeat(50_000))).isTrue();
  }
}
