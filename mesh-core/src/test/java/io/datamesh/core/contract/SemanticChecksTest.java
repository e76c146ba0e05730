package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks the ODCS schema cannot make; each document is valid for the schema. */
class SemanticChecksTest {

  @Test
  void primary_key_positions_must_be_unique() {
    List<Problem> p = errors(table("      - {name: a, primaryKey: true, primaryKeyPosition: 1}\n"
        + "      - {name: b, primaryKey: true, primaryKeyPosition: 1}\n"));

    assertThat(p).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("primary-key.positions");
      assertThat(e.path()).isEqualTo("/schema/0/properties/1/primaryKeyPosition");
      assertThat(e.message()).contains("used twice");
    });
  }

  @Test
  void primary_key_positions_must_be_contiguous_from_one() {
    List<Problem> p = errors(table("      - {name: a, primaryKey: true, primaryKeyPosition: 1}\n"
        + "      - {name: b, primaryKey: true, primaryKeyPosition: 3}\n"));

    assertThat(p).singleElement().satisfies(e -> assertThat(e.message()).contains("gap", "[1, 3]"));
    assertThat(errors(table("      - {name: a, primaryKey: true, primaryKeyPosition: 2}\n"
        + "      - {name: b, primaryKey: true, primaryKeyPosition: 1}\n"))).isEmpty();
  }

  @Test
  void relationship_targets_must_resolve_and_composite_keys_must_match_in_size() {
    ValidationResult dangling = Contracts.validate(table("      - name: a\n        relationships: [{to: other.id}]\n"));
    assertThat(dangling.isValid()).isTrue();
    assertThat(dangling.warnings()).extracting(Problem::code).containsExactly("relationship.target");

    ValidationResult arity = Contracts.validate(table("      - {name: a}\n      - {name: b}\n"
        + "    relationships:\n      - {from: [t.a, t.b], to: [t.a]}\n"));
    assertThat(arity.errors()).extracting(Problem::code).containsExactly("relationship.arity");

    assertThat(Contracts.validate(table("      - {name: a}\n      - name: b\n"
        + "        relationships: [{to: t.a}]\n")).problems()).isEmpty();
  }

  @Test
  void sla_elements_must_name_a_table_or_column_of_the_contract() {
    ValidationResult r = Contracts.validate(table("      - {name: a}\n")
        + "slaProperties:\n  - {property: latency, value: 4, unit: h, element: t.a}\n"
        + "  - {property: retention, value: 3, unit: y, element: 't, t.missing'}\n");

    assertThat(r.isValid()).isTrue();
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.path()).isEqualTo("/slaProperties/1/element");
      assertThat(w.message()).contains("'t.missing'");
    });
  }

  @Test
  void rule_arguments_must_fit_their_metric() {
    assertThat(ruleErrors("{metric: nullValues, mustBe: 0, arguments: {validValues: [a]}}"))
        .singleElement().satisfies(e -> assertThat(e.message()).contains("belongs to metric invalidValues"));
    assertThat(ruleErrors("{metric: invalidValues, mustBe: 0}"))
        .singleElement().satisfies(e -> assertThat(e.message()).contains("validValues or arguments.pattern"));
    assertThat(ruleErrors("{metric: missingValues, mustBe: 0, arguments: {missingValues: N/A}}"))
        .singleElement().satisfies(e -> assertThat(e.message()).contains("must be a list"));
    assertThat(ruleErrors("{metric: rowCount, mustBeGreaterThan: 0}"))
        .singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("rule.level"));
    assertThat(ruleErrors("{metric: missingValues, mustBe: 0, arguments: {missingValues: [null, '']}}")).isEmpty();
  }

  @Test
  void schema_level_duplicates_must_name_columns_of_the_object() {
    List<Problem> p = errors(table("      - {name: a}\n")
        .replace("    properties:\n", "    quality:\n      - {metric: duplicateValues, mustBe: 0, arguments:"
            + " {properties: [a, zz]}}\n    properties:\n"));

    assertThat(p).singleElement().satisfies(e -> assertThat(e.message()).contains("'zz'"));
  }

  @Test
  void exactly_one_operator_per_rule_which_the_schema_checks_too() {
    String text = table("      - name: a\n        quality:\n          - {metric: nullValues, mustBe: 0,"
        + " mustBeLessThan: 3}\n          - {type: sql, query: 'SELECT 1'}\n");

    assertThat(Contracts.validate(text).errors()).extracting(Problem::message)
        .containsExactlyInAnyOrder("a library rule has 2 operators (mustBe, mustBeLessThan); ODCS allows exactly"
            + " one per rule", "an sql rule needs exactly one operator, it has none");
  }

  @Test
  void between_bounds_must_ascend() {
    assertThat(ruleErrors("{metric: nullValues, mustBeBetween: [10, 0]}")).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("rule.between-order");
      assertThat(e.hint()).contains("[0, 10]");
    });
  }

  @Test
  void patterns_that_re2_cannot_run_are_errors_with_a_rewrite_hint() {
    List<Problem> p = errors(table("      - name: code\n        logicalType: string\n"
        + "        logicalTypeOptions: {pattern: '^(?=.*\\d)[a-z0-9]+$'}\n"));

    assertThat(p).singleElement().satisfies(e -> {
      assertThat(e.path()).isEqualTo("/schema/0/properties/0/logicalTypeOptions/pattern");
      assertThat(e.message()).contains("lookahead");
      assertThat(e.hint()).contains("split the rule");
    });
    assertThat(ruleErrors("{metric: invalidValues, mustBe: 0, arguments: {pattern: '(a)\\1'}}"))
        .singleElement().satisfies(e -> assertThat(e.hint()).contains("backreferences"));
  }

  @Test
  void option_bounds_time_zones_and_date_formats_must_make_sense() {
    List<Problem> p = errors(table("      - {name: a, logicalType: string, logicalTypeOptions: {minLength: 5,"
        + " maxLength: 2}}\n      - {name: b, logicalType: timestamp, logicalTypeOptions: {defaultTimezone:"
        + " Mars/Base}}\n      - {name: c, logicalType: date, logicalTypeOptions: {format: 'yyyy-MM-dd{'}}\n"));

    assertThat(p).extracting(Problem::code).containsExactlyInAnyOrder("options.bounds", "options.timezone",
        "options.format");
  }

  @Test
  void names_that_references_use_must_be_unique() {
    List<Problem> p = errors(table("      - {name: a}\n      - {name: a}\n"));

    assertThat(p).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("names.duplicate"));
  }

  private static List<Problem> ruleErrors(String rule) {
    return errors(table("      - name: a\n        logicalType: string\n        quality:\n          - " + rule + "\n"));
  }

  private static List<Problem> errors(String text) {
    assertThat(OfficialSchema.errors(Differential.json(text))).as("the schema accepts the document").isEmpty();
    return Contracts.validate(text).errors();
  }

  static String table(String properties) {
    return Yaml12Test.minimal("schema:\n  - name: t\n    properties:\n" + properties);
  }
}
