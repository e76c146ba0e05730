package io.datamesh.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.policy.Rollout;
import io.datamesh.api.read.Principal;
import io.datamesh.arrow.mask.Mask;
import io.datamesh.arrow.mask.MaskMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Access policies as YAML: loading, mask rollouts, and errors naming file:line and the policy id. */
class AccessPolicyYamlTest {
  static final OutputPort CUSTOMERS = AccessPolicyYamlProperties.PORTS.get(0);
  static final String PORT = CUSTOMERS.address().toString();
  static final Principal MIA = Principal.builder("mia").putAttribute("department", "marketing")
      .putAttribute("region", "EU").setPurpose("campaigns").build();

  private static AbstractThrowableAssert<?, ? extends Throwable> loading(String yaml) {
    return assertThatThrownBy(() -> AccessPolicies.builder().addYaml(yaml, "bad.yaml"))
        .isInstanceOf(MeshException.class)
        .satisfies(e -> assertThat(((MeshException) e).status()).isEqualTo(MeshStatus.INVALID_ARGUMENT));
  }

  @Test
  void an_exemption_on_a_draft_mask_reveals_nothing_and_the_next_rule_masks() {
    AccessPolicies p = AccessPolicies.builder().addYaml("""
        kind: access
        name: crm-access
        grants:
          - id: grant.all
            who: any
            port: %s
        masks:
          - id: mask.email-hash
            column: email
            who: any
            method: hash
            keyId: k-2025
            exempt: [{role: fraud}]
            rollout: draft
          - id: mask.restricted-redact
            classification: restricted
            method: redact
        """.formatted(PORT), "crm-access.yaml").build();
    Principal fraud = Principal.builder("fay").addRole("fraud").build();

    EnforcementPlan plan = p.plan(fraud, CUSTOMERS, AccessPolicyYamlProperties.NOW);

    assertThat(plan.masks()).contains(Mask.redact("email"));
    assertThat(plan.policyIds()).contains("mask.restricted-redact");
  }

  @Test
  void a_file_with_grants_masks_exemptions_and_row_filters_decides_reads(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("crm-access.yaml");
    Files.writeString(file, """
        kind: access
        name: crm-access
        grants:
          - id: grant.marketing-customers
            who: {attribute: department, value: marketing}
            port: %s
            purpose: campaigns
            expires: 2026-01-01
        masks:
          - id: mask.restricted-hash
            classification: restricted
            who: any
            method: hash
            keyId: k-2025
            exempt: [{role: support}]
          - id: mask.confidential-null
            classification: confidential
            method: null_out
          - id: mask.region-redact
            column: region
            who: {role: support}
            method: redact
        rowFilters:
          - id: rows.own-region
            port: %s
            who: {attribute: department, value: marketing}
            filter: {op: eq, left: {column: region}, right: {principal: region}}
        """.formatted(PORT, PORT));

    AccessPolicies p = AccessPolicies.fromYaml(file);

    EnforcementPlan mia = p.plan(MIA, CUSTOMERS, AccessPolicyYamlProperties.NOW);
    assertThat(mia.allowed()).isTrue();
    assertThat(mia.policyIds()).containsExactly("grant.marketing-customers", "mask.restricted-hash",
        "mask.confidential-null", "rows.own-region");
    assertThat(mia.masks()).containsExactly(Mask.hash("email", "k-2025"), Mask.nullOut("score"));
    assertThat(mia.boundAttributes()).containsEntry("region", "EU");
    EnforcementPlan support = p.plan(Principal.builder("sue").addRole("support").putAttribute("department",
        "marketing").setPurpose("campaigns").build(), CUSTOMERS, AccessPolicyYamlProperties.NOW);
    assertThat(support.masks()).containsExactly(Mask.nullOut("score"), Mask.redact("region"));
    assertThat(p.plan(MIA, CUSTOMERS, java.time.Instant.parse("2026-01-01T00:00:00Z")).allowed())
        .as("expired").isFalse();
  }

  @Test
  void a_mask_in_draft_does_nothing_and_in_grace_warns_without_masking() {
    AccessPolicies p = AccessPolicies.builder()
        .addGrant(Grant.of("grant.all", PrincipalMatch.any(), CUSTOMERS.address()))
        .addMaskingRule(MaskingRule.of("mask.draft", "restricted", PrincipalMatch.any(), MaskMethod.REDACT, 0, "")
            .withRollout(Rollout.draft()))
        .addMaskingRule(MaskingRule.of("mask.grace", "restricted", PrincipalMatch.any(), MaskMethod.NULL_OUT, 0, "")
            .withRollout(Rollout.grace(AccessPolicyYamlProperties.NOW.plus(Duration.ofDays(1)))))
        .build();

    EnforcementPlan during = p.plan(MIA, CUSTOMERS, AccessPolicyYamlProperties.NOW);
    EnforcementPlan after = p.plan(MIA, CUSTOMERS, AccessPolicyYamlProperties.NOW.plus(Duration.ofDays(2)));

    assertThat(during.masks()).isEmpty();
    assertThat(during.warnings()).singleElement().asString().contains("mask.grace").contains("'email'")
        .contains("grace");
    assertThat(during.policyIds()).contains("mask.grace").doesNotContain("mask.draft");
    assertThat(after.masks()).containsExactly(Mask.nullOut("email"));
    assertThat(after.warnings()).isEmpty();
  }

  @Test
  void malformed_entries_name_the_line_the_policy_and_the_fix() {
    String head = "kind: access\ngrants:\n";
    loading(head + "  - id: g.one\n    who: any\n    port: not-a-urn\n")
        .hasMessageContaining("bad.yaml:5").hasMessageContaining("policy 'g.one'")
        .hasMessageContaining("not an output port URN");
    loading(head + "  - id: g.two\n    who: {team: x}\n    port: " + PORT + "\n")
        .hasMessageContaining("bad.yaml:4").hasMessageContaining("policy 'g.two'").hasMessageContaining("{role: ..}");
    loading(head + "  - id: g.three\n    who: any\n    port: " + PORT + "\n    expires: soon\n")
        .hasMessageContaining("bad.yaml:6").hasMessageContaining("not a date");
    loading(head + "  - id: g.four\n    who: any\n    port: " + PORT + "\n    colour: red\n")
        .hasMessageContaining("bad.yaml:6").hasMessageContaining("unknown key 'colour'");
    loading(head + "  - id: g.same\n    who: any\n    port: " + PORT + "\n  - id: g.same\n    who: any\n    port: "
        + PORT + "\n").hasMessageContaining("bad.yaml:6").hasMessageContaining("declared twice (first at line 3)");
    loading(head + "  - id: 'bad id!'\n    who: any\n").hasMessageContaining("bad.yaml:3")
        .hasMessageContaining("must be 1 to 128");
  }

  @Test
  void malformed_masks_and_filters_name_the_line_the_policy_and_the_fix() {
    String masks = "kind: access\nmasks:\n";
    loading(masks + "  - id: m.one\n    classification: restricted\n    method: scramble\n")
        .hasMessageContaining("bad.yaml:5").hasMessageContaining("policy 'm.one'")
        .hasMessageContaining("null_out, redact, hash, partial or reveal");
    loading(masks + "  - id: m.two\n    classification: restricted\n    method: partial\n")
        .hasMessageContaining("policy 'm.two'").hasMessageContaining("keepLast");
    loading(masks + "  - id: m.three\n    classification: restricted\n    method: hash\n")
        .hasMessageContaining("policy 'm.three'").hasMessageContaining("keyId");
    loading(masks + "  - id: m.four\n    classification: restricted\n    method: redact\n    rollout: grace\n")
        .hasMessageContaining("policy 'm.four'").hasMessageContaining("graceUntil");
    loading(masks + "  - id: m.five\n    method: redact\n").hasMessageContaining("bad.yaml:3")
        .hasMessageContaining("exactly one of 'classification'");
    loading(masks + "  - id: m.six\n    column: notes\n    classification: restricted\n    method: redact\n")
        .hasMessageContaining("bad.yaml:4").hasMessageContaining("policy 'm.six'");
    String filters = "kind: access\nrowFilters:\n  - id: r.one\n    port: " + PORT + "\n";
    loading(filters + "    filter: {op: between, left: {column: a}}\n").hasMessageContaining("bad.yaml:5")
        .hasMessageContaining("policy 'r.one'").hasMessageContaining("bad filter");
    loading(filters).hasMessageContaining("policy 'r.one'").hasMessageContaining("'filter' is required");
  }

  @Test
  void hostile_yaml_is_refused_like_policy_sets_are() {
    loading("kind: access\nkind: access\n").hasMessageContaining("bad.yaml:2").hasMessageContaining("duplicate key");
    loading("kind: policies\n").hasMessageContaining("'kind' must be 'access'");
    loading("grants: []\n").hasMessageContaining("was missing");
    loading("kind: access\ngrants: " + "[".repeat(100) + "]".repeat(100) + "\n").hasMessageContaining("deeper");
    loading("kind: access\ngrants: {a: 1}\n").hasMessageContaining("'grants' must be a list");
    loading("kind: access\nrowFilters:\n  - id: r.deep\n    port: " + PORT + "\n    filter: '"
        + "{\"op\":\"not\",\"expr\":".repeat(80) + "{\"column\":\"a\"}" + "}".repeat(80) + "'\n")
        .hasMessageContaining("policy 'r.deep'");
    loading("kind: access\n  - [\n").hasMessageContaining("bad.yaml:");
    assertThatThrownBy(() -> AccessPolicies.fromYaml(Path.of("no-such-file.yaml")))
        .isInstanceOfSatisfying(MeshException.class, e -> assertThat(e.status()).isEqualTo(MeshStatus.NOT_FOUND));
  }
}
