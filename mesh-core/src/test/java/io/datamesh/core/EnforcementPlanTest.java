package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.arrow.mask.MaskMethod;
import io.datamesh.core.governance.AccessPolicies;
import io.datamesh.core.governance.EnforcementPlan;
import io.datamesh.core.governance.Grant;
import io.datamesh.core.governance.MaskingRule;
import io.datamesh.core.governance.PrincipalMatch;
import io.datamesh.core.governance.RowFilterRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The plan fingerprint is what a result cache keys on: different plans never share it, identical plans do. */
class EnforcementPlanTest {
  static final PortAddress PORT = PortAddress.parse(Products.out("customers"));
  static final Instant NOW = Instant.parse("2025-03-01T00:00:00Z");
  static final OutputPort CUSTOMERS = Products.product("customers", "1.0.0", DomainKind.SOURCE_ALIGNED)
      .addOutputPort(OutputPort.builder("customers").setContract(Contract.builder()
      .setId("customers").setVersion("1.0.0").addSchemaObject(SchemaObject.builder("customers")
          .addProperty(SchemaProperty.builder("email", LogicalType.STRING).setClassification("restricted").build())
          .addProperty(SchemaProperty.builder("region", LogicalType.STRING).build()).build()).build()))
      .build().outputPorts().get(0);

  static AccessPolicies policies(String keyId) {
    return AccessPolicies.builder()
        .addGrant(Grant.of("grant.all", PrincipalMatch.any(), PORT))
        .addMaskingRule(MaskingRule.reveal("mask.support-clear", "restricted", PrincipalMatch.role("support")))
        .addMaskingRule(MaskingRule.of("mask.hash", "restricted", PrincipalMatch.any(), MaskMethod.HASH, 0, keyId))
        .addRowFilter(RowFilterRule.of("rows.own-region", PORT, PrincipalMatch.role("analyst"),
            Expression.column("region").eq(Expression.principal("region"))))
        .build();
  }

  static String fingerprint(AccessPolicies p, Principal who) {
    return p.plan(who, CUSTOMERS, NOW).fingerprint();
  }

  static Principal analyst(String id, String region) {
    return Principal.builder(id).addRole("analyst").putAttribute("region", region).build();
  }

  @Test
  void principals_with_identical_plans_share_a_fingerprint() {
    AccessPolicies p = policies("k1");
    assertThat(fingerprint(p, analyst("ann", "EU"))).isEqualTo(fingerprint(p, analyst("bea", "EU")));
    assertThat(fingerprint(p, Principal.builder("x").build())).isEqualTo(fingerprint(p, Principal.anonymous()));
  }

  @Test
  void different_plans_never_share_a_fingerprint() {
    AccessPolicies p = policies("k1");
    var all = List.of(
        fingerprint(p, analyst("ann", "EU")),
        fingerprint(p, analyst("ann", "US")),                                   // other bound filter value
        fingerprint(p, Principal.builder("ann").build()),                       // no row filter
        fingerprint(p, Principal.builder("ann").addRole("support").build()),    // no mask
        fingerprint(policies("k2"), Principal.builder("ann").build()),          // other key id and version
        p.plan(Principal.builder("ann").build(), CUSTOMERS, NOW).fingerprint().toUpperCase(java.util.Locale.ROOT));
    assertThat(all.subList(0, 5)).doesNotHaveDuplicates();
    assertThat(all.get(0)).matches("[0-9a-f]{64}");
  }

  @Test
  void a_changed_policy_set_changes_the_version_and_the_fingerprint() {
    assertThat(policies("k1").version()).isEqualTo(policies("k1").version()).isNotEqualTo(policies("k2").version());
  }

  static String boundFingerprint(Map<String, String> bound) {
    return new EnforcementPlan(PORT, true, List.of("grant.all"), "allowed", List.of(),
        List.of(), Optional.of(Expression.column("region").eq(Expression.principal("region"))),
        bound, "v1").fingerprint();
  }

  @Test
  void attribute_values_containing_separators_never_make_two_principals_share_a_fingerprint() {
    assertThat(boundFingerprint(Map.of("region", "a", "tenant", "b, tenant=c")))
        .isNotEqualTo(boundFingerprint(Map.of("region", "a, tenant=b", "tenant", "c")));
  }

  @Property(tries = 500)
  void distinct_bound_attributes_give_distinct_fingerprints(
      @ForAll("attributes") Map<String, String> a,
      @ForAll("attributes") Map<String, String> b) {
    assertThat(boundFingerprint(a).equals(boundFingerprint(b))).isEqualTo(a.equals(b));
  }

  @Provide
  Arbitrary<Map<String, String>> attributes() {
    Arbitrary<String> text = Arbitraries.strings().withChars(",=:{} ab\n")
        .ofMaxLength(5);
    return Arbitraries.maps(text, text).ofMaxSize(3);
  }
}
