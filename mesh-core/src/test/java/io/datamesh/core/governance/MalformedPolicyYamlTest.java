package io.datamesh.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Hostile and malformed policy YAML fails with errors that name file:line, the policy id and a fix. */
class MalformedPolicyYamlTest {
  private static final String HEAD = "name: t\nversion: 1.0.0\npolicies:\n";

  private static AbstractThrowableAssert<?, ? extends Throwable> loading(String yaml) {
    return assertThatThrownBy(() -> PolicySet.parse(yaml, "bad.yaml")).isInstanceOf(MeshException.class)
        .satisfies(e -> assertThat(((MeshException) e).status()).isEqualTo(MeshStatus.INVALID_ARGUMENT));
  }

  private static String policy(String id, String rule) {
    return "  - id: " + id + "\n    description: d\n    fix: f\n    rule:\n" + rule.indent(6);
  }

  @Test
  void a_bad_select_path_names_the_line_the_policy_and_the_problem() {
    loading(HEAD + policy("p.one", "exists: /info//name"))
        .hasMessageContaining("bad.yaml:8").hasMessageContaining("policy 'p.one'").hasMessageContaining("empty segment");
    loading(HEAD + policy("p.two", "all: {select: /a/b*, require: {exists: x}}"))
        .hasMessageContaining("bad.yaml:8").hasMessageContaining("wildcards are whole segments");
    loading(HEAD + policy("p.three", "exists: /a/**")).hasMessageContaining("'**' must be followed");
    loading(HEAD + policy("p.four", "exists: /a/~2")).hasMessageContaining("~0 or ~1");
  }

  @Test
  void an_unknown_operator_lists_the_known_ones() {
    loading(HEAD + policy("p.op", "all:\n  - exists: /a\n  - startsWith: {path: /a, value: x}"))
        .hasMessageContaining("bad.yaml:10").hasMessageContaining("policy 'p.op'")
        .hasMessageContaining("unknown operator 'startsWith'").hasMessageContaining("exists, equals, in");
  }

  @Test
  void duplicate_policy_ids_name_both_lines() {
    loading(HEAD + policy("p.same", "exists: /a") + policy("p.same", "exists: /b"))
        .hasMessageContaining("bad.yaml:9").hasMessageContaining("policy 'p.same' is declared twice (first at line 4)");
  }

  @Test
  void a_bad_regular_expression_is_refused_with_re2_advice() {
    loading(HEAD + policy("p.re", "matches: {path: /info/name, pattern: '(unclosed'}"))
        .hasMessageContaining("bad.yaml:8").hasMessageContaining("policy 'p.re'").hasMessageContaining("bad regular expression");
    loading(HEAD + policy("p.look", "matches: {path: /info/name, pattern: '(?=x)y'}"))
        .hasMessageContaining("policy 'p.look'").hasMessageContaining("RE2");
  }

  @Test
  void deep_nesting_is_refused_before_it_can_exhaust_the_stack() {
    String deep = "not: " + "{not: ".repeat(40) + "{exists: /a}" + "}".repeat(40);
    loading(HEAD + policy("p.deep", deep)).hasMessageContaining("policy 'p.deep'")
        .hasMessageContaining("deeper than 32");
    String yamlBomb = HEAD + policy("p.bomb", "[".repeat(200) + "]".repeat(200));
    loading(yamlBomb).hasMessageContaining("bad.yaml:");
  }

  @Test
  void duplicate_keys_unknown_keys_and_missing_parts_are_named() {
    loading(HEAD + "  - id: p.k\n    id: p.k2\n    description: d\n").hasMessageContaining("bad.yaml:5")
        .hasMessageContaining("duplicate key 'id'");
    loading(HEAD + policy("p.u", "exists: /a") + "    owner: me\n").hasMessageContaining("policy 'p.u'")
        .hasMessageContaining("unknown key 'owner'");
    loading(HEAD + "  - id: p.nofix\n    description: d\n    rule: {exists: /a}\n")
        .hasMessageContaining("policy 'p.nofix'").hasMessageContaining("'fix' is required");
    loading(HEAD + policy("p.arg", "equals: {path: /a}")).hasMessageContaining("'equals' needs 'value'");
    loading("name: t\nversion: one\n").hasMessageContaining("bad.yaml:2").hasMessageContaining("semantic version");
    loading(HEAD + "  - id: p.both\n    description: d\n    fix: f\n    rule: {exists: /a}\n    builtin: x\n")
        .hasMessageContaining("exactly one of 'rule'");
  }

  @Test
  void bad_attributes_name_the_line_and_the_policy() {
    loading(HEAD + policy("p.sev", "exists: /a") + "    severity: fatal\n").hasMessageContaining("bad.yaml:9")
        .hasMessageContaining("unknown severity 'fatal'");
    loading(HEAD + policy("p.tr", "exists: /a") + "    triggers: [deploy]\n").hasMessageContaining("unknown trigger");
    loading(HEAD + policy("p.g", "exists: /a") + "    rollout: grace\n").hasMessageContaining("needs 'graceUntil'");
    loading(HEAD + policy("p.d", "exists: /a") + "    rollout: grace\n    graceUntil: next week\n")
        .hasMessageContaining("bad.yaml:10").hasMessageContaining("not a date");
    loading(HEAD + "  - id: p.b\n    description: d\n    builtin: telepathy\n").hasMessageContaining("bad.yaml:4")
        .hasMessageContaining("unknown built-in 'telepathy'");
  }

  @Test
  void invalid_yaml_syntax_names_the_line() {
    loading("name: t\nversion: 1.0.0\npolicies: [\n  {id: x\n").hasMessageContaining("not valid YAML")
        .hasMessageContaining("bad.yaml:");
  }
}
