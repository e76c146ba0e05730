package io.datamesh.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.MeshException;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.api.policy.RolloutStage;
import org.junit.jupiter.api.Test;

/** A domain adds policies, raises severity, moves rollout forward; anything else fails when governance is built. */
class FederationTest {
  private static final PolicySet GLOBAL = PolicySet.builtIns();

  private static PolicySet domainSet(String body) {
    return PolicySet.parse("name: sales-rules\nversion: 1.2.0\n" + body, "sales.yaml");
  }

  private static DataProduct unclassified(String domain) {
    SchemaProperty f = SchemaProperty.builder("order_id", LogicalType.STRING).setDescription("id").build();
    return Fixtures.product("orders", "1.0.0", domain).addOutputPort(io.datamesh.api.OutputPort.builder("orders")
        .setContract(Fixtures.contract("orders", "1.0.0", f).build())).build();
  }

  @Test
  void a_domain_that_requires_classification_moves_the_global_draft_forward_and_only_its_products_are_blocked() {
    Governance g = Governance.builder().setPolicies(GLOBAL).addDomainPolicies("sales",
        domainSet("overrides:\n  - id: mesh.field-classification\n    rollout: enforced\n")).build();
    GovernanceReport sales = g.evaluate(PolicySubject.of(PolicyTrigger.REGISTER, unclassified("sales")));
    GovernanceReport hr = g.evaluate(PolicySubject.of(PolicyTrigger.REGISTER, unclassified("hr")));
    assertThat(sales.blocking()).extracting(r -> r.policyId()).containsExactly("mesh.field-classification");
    assertThat(hr.blocking()).isEmpty();
    assertThat(hr.advisories()).anySatisfy(r -> assertThat(r.stage()).isEqualTo(RolloutStage.DRAFT));
    assertThat(sales.policySets()).extracting(PolicySetVersion::toString)
        .containsExactly("global datamesh-builtins 1.0.0", "domain sales sales-rules 1.2.0");
  }

  @Test
  void a_domain_raises_a_warning_to_an_error_and_adds_its_own_policy() {
    Governance g = Governance.builder().setPolicies(GLOBAL).addDomainPolicies("sales", domainSet(
        "overrides:\n  - id: mesh.field-description\n    severity: error\n"
            + "policies:\n  - id: sales.tagged\n    description: sales products are tagged\n    fix: addTag(\"sales\")\n"
            + "    rule: {count: {select: /tags/*, min: 1}}\n")).build();
    SchemaProperty bare = SchemaProperty.builder("order_id", LogicalType.STRING).setClassification("internal").build();
    GovernanceReport r = g.evaluate(PolicySubject.of(PolicyTrigger.BUILD, Fixtures.withFields("1.0.0", bare)));
    assertThat(r.blocking()).extracting(x -> x.policyId()).containsExactly("mesh.field-description", "sales.tagged");
  }

  @Test
  void every_other_override_of_a_global_policy_is_refused_naming_where_and_which() {
    PolicySet bad = domainSet("overrides:\n"
        + "  - id: mesh.owner-required\n    severity: warning\n"
        + "  - id: mesh.naming.field\n    rule: {exists: /x}\n"
        + "  - id: mesh.unknown\n    severity: error\n"
        + "policies:\n  - id: mesh.slo-declared\n    description: mine\n    fix: f\n    rule: {exists: /x}\n");
    assertThatThrownBy(() -> Governance.builder().setPolicies(GLOBAL).addDomainPolicies("sales", bad).build())
        .isInstanceOf(MeshException.class).hasMessageContaining("4 problems")
        .hasMessageContaining("sales.yaml:4: domain 'sales' overrides 'mesh.owner-required' and lowers its severity")
        .hasMessageContaining("sales.yaml:6: domain 'sales' overrides 'mesh.naming.field' and changes [rule]")
        .hasMessageContaining("'mesh.unknown', which is not a global policy")
        .hasMessageContaining("redefines the global policy 'mesh.slo-declared'");
  }

  @Test
  void a_domain_may_not_move_a_rollout_back_nor_declare_another_taxonomy() {
    PolicySet back = domainSet("overrides:\n  - id: mesh.owner-required\n    rollout: draft\n");
    assertThatThrownBy(() -> Governance.builder().setPolicies(GLOBAL).addDomainPolicies("sales", back).build())
        .hasMessageContaining("moves its rollout back from enforced to draft");
    PolicySet taxonomy = domainSet("taxonomy: [open, closed]\n");
    assertThatThrownBy(() -> Governance.builder().setPolicies(GLOBAL).addDomainPolicies("sales", taxonomy).build())
        .hasMessageContaining("the taxonomy is global");
  }

  @Test
  void a_global_taxonomy_is_configurable_and_binds_domain_yaml_policies() {
    PolicySet global = PolicySet.parse("name: g\nversion: 1.0.0\ntaxonomy: [open, secret]\npolicies:\n"
        + "  - id: g.classified\n    description: d\n    fix: f\n    rule: {all: {select: /interfaceComponents/"
        + "outputPorts/*/promises/api/definition/schema/*/properties/*, require: {in: {path: classification,"
        + " values: $taxonomy}}}}\n", "g.yaml");
    Governance g = Governance.builder().setPolicies(global).build();
    assertThat(g.taxonomy().levels()).containsExactly("open", "secret");
    assertThat(g.evaluate(PolicySubject.of(PolicyTrigger.BUILD, Fixtures.withFields("1.0.0",
        Fixtures.field("a", "Secret")))).failures()).isEmpty();
    assertThat(g.evaluate(PolicySubject.of(PolicyTrigger.BUILD, Fixtures.compliant())).failures()).hasSize(2);
  }
}
