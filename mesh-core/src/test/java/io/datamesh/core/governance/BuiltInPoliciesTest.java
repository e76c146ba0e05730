package io.datamesh.core.governance;

import static io.datamesh.core.governance.Fixtures.failedSubjects;
import static io.datamesh.core.governance.Fixtures.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.LifecycleStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.api.policy.RolloutStage;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuiltInPoliciesTest {
  private static final PolicySet BUILT_INS = PolicySet.builtIns();
  private static final String PORT0 = Fixtures.URN + "#/interfaceComponents/outputPorts/0";
  private static final String FIELD0 = PORT0 + "/promises/api/definition/schema/0/properties/0";

  private static GovernanceReport build(DataProduct p) {
    return Governance.evaluate(p, BUILT_INS, PolicyTrigger.BUILD);
  }

  private static GovernanceReport at(PolicySubject s) {
    return Governance.builder().setPolicies(BUILT_INS).build().evaluate(s);
  }

  @Test
  void a_compliant_product_passes_every_built_in_and_the_report_names_the_set_version() {
    GovernanceReport r = build(Fixtures.compliant());
    assertThat(r.failures()).isEmpty();
    assertThat(r.results()).extracting(x -> x.policyId()).contains("mesh.owner-required", "mesh.naming.field");
    assertThat(r.policySets()).containsExactly(new PolicySetVersion("global", "datamesh-builtins", "1.0.0"));
  }

  @Test
  void every_field_needs_a_description() {
    SchemaProperty bare = SchemaProperty.builder("order_id", LogicalType.STRING).setClassification("internal").build();
    GovernanceReport r = build(Fixtures.withFields("1.0.0", bare, field("amount", "internal")));
    assertThat(failedSubjects(r, "mesh.field-description")).containsExactly(FIELD0);
    assertThat(r.blocking()).as("a warning never blocks").isEmpty();
  }

  @Test
  void fields_must_be_classified_with_the_taxonomy_but_only_a_domain_that_requires_it_is_blocked() {
    SchemaProperty unclassified = SchemaProperty.builder("order_id", LogicalType.STRING).setDescription("id").build();
    GovernanceReport r = build(Fixtures.withFields("1.0.0", unclassified, field("amount", "top-secret")));
    assertThat(failedSubjects(r, "mesh.field-classification")).containsExactly(FIELD0,
        FIELD0.replace("properties/0", "properties/1"));
    assertThat(r.advisories()).allMatch(x -> x.stage() == RolloutStage.DRAFT || x.severity().name().equals("WARNING"));
    assertThat(r.hasBlocking()).as("draft by default").isFalse();
  }

  @Test
  void names_follow_the_conventions_per_kind_of_name() {
    DataProduct p = Fixtures.product("Orders_", "1.0.0", "sales").addOutputPort(OutputPort.builder("Daily")
        .setContract(Fixtures.contract("orders", "1.0.0", field("orderId", "internal"), field("ok_name", "internal"))
            .build())).build();
    GovernanceReport r = build(p);
    String urn = "urn:dpds:com.example:dataproducts:Orders_:1";
    assertThat(failedSubjects(r, "mesh.naming.product")).containsExactly(urn);
    assertThat(failedSubjects(r, "mesh.naming.port")).containsExactly(urn + "#/interfaceComponents/outputPorts/0");
    assertThat(failedSubjects(r, "mesh.naming.field")).containsExactly(urn
        + "#/interfaceComponents/outputPorts/0/promises/api/definition/schema/0/properties/0");
  }

  @Test
  void output_ports_declare_slos_and_a_deprecation_policy() {
    Contract bare = Contract.builder().setId("c").setVersion("1.0.0")
        .addSchemaObject(SchemaObject.builder("orders").addProperty(field("order_id", "internal")).build()).build();
    DataProduct p = Fixtures.product("orders", "1.0.0", "sales")
        .addOutputPort(OutputPort.builder("orders").setContract(bare)).build();
    GovernanceReport r = build(p);
    assertThat(failedSubjects(r, "mesh.slo-declared")).containsExactly(PORT0);
    assertThat(failedSubjects(r, "mesh.deprecation-policy")).containsExactly(PORT0);
    DataProduct productWide = Fixtures.product("orders", "1.0.0", "sales").putExtension("deprecationPolicy", "90 days")
        .addOutputPort(OutputPort.builder("orders").setContract(bare)).build();
    assertThat(failedSubjects(build(productWide), "mesh.deprecation-policy")).isEmpty();
  }

  @Test
  void an_output_port_without_a_contract_fails_when_a_descriptor_lacks_one() {
    YamlPolicy policy = (YamlPolicy) BUILT_INS.policy("mesh.output-port-contract").orElseThrow();
    PolicySubject s = PolicySubject.of(PolicyTrigger.BUILD, Fixtures.compliant());
    com.fasterxml.jackson.databind.node.ObjectNode doc = Projection.product(s);
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/interfaceComponents/outputPorts/0/promises"))
        .remove("api");
    assertThat(policy.evaluate(s, new Located("", doc))).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo(PORT0))
        .satisfies(f -> assertThat(f.passed()).isFalse());
    assertThat(policy.evaluate(s)).allMatch(f -> f.passed());
  }

  @Test
  void the_owner_is_required_and_not_blank() {
    DataProduct ownerless = new NoOwner(Fixtures.compliant());
    GovernanceReport r = build(ownerless);
    assertThat(failedSubjects(r, "mesh.owner-required")).containsExactly(Fixtures.URN);
    assertThat(r.blocking()).extracting(x -> x.policyId()).containsExactly("mesh.owner-required");
  }

  @Test
  void input_ports_may_only_read_active_products() {
    DataProduct upstream = Fixtures.product("raw", "1.0.0", "sales").setStatus(LifecycleStatus.DEPRECATED)
        .addOutputPort(OutputPort.builder("raw").setContract(Fixtures.contract("raw", "1.0.0").build())).build();
    DataProduct reader = Fixtures.product("orders", "1.0.0", "sales")
        .addOutputPort(OutputPort.builder("orders").setContract(Fixtures.contract("orders", "1.0.0").build()))
        .addInputPort(io.datamesh.api.InputPort.builder("raw").fromPort(upstream.outputPorts().get(0).address()))
        .build();
    PolicySubject s = PolicySubject.of(PolicyTrigger.REGISTER, reader).withUpstreams(Map.of(upstream.urn(), upstream));
    assertThat(failedSubjects(at(s), "mesh.inputs-from-active"))
        .containsExactly(Fixtures.URN + "#/interfaceComponents/inputPorts/0");
    assertThat(failedSubjects(at(s.withUpstreams(Map.of())), "mesh.inputs-from-active")).as("unknown upstream")
        .isEmpty();
  }

  @Test
  void removing_a_field_or_changing_its_type_without_a_major_bump_fails() {
    DataProduct v1 = Fixtures.withFields("1.0.0", field("order_id", "internal"), field("amount", "internal"));
    SchemaProperty amountAsNumber = SchemaProperty.builder("amount", LogicalType.NUMBER).setDescription("a")
        .setClassification("internal").build();
    DataProduct v11 = Fixtures.withFields("1.1.0", field("order_id", "internal"), amountAsNumber);
    DataProduct v12 = Fixtures.withFields("1.2.0", field("order_id", "internal"));
    String port = "urn:dpds:com.example:dataproducts:orders:1:outputports:orders";
    assertThat(failedSubjects(at(PolicySubject.of(PolicyTrigger.REGISTER, v11, Optional.of(v1))),
        "mesh.semantic-versioning")).containsExactly(port + "#orders.amount");
    GovernanceReport removed = at(PolicySubject.of(PolicyTrigger.REGISTER, v12, Optional.of(v1)));
    assertThat(removed.blocking()).singleElement().satisfies(x -> {
      assertThat(x.reason()).contains("field 'orders.amount'").contains("removed");
      assertThat(x.fix()).contains("2.0.0");
    });
    DataProduct added = Fixtures.withFields("1.3.0", field("order_id", "internal"), field("amount", "internal"),
        field("currency", "internal"));
    assertThat(at(PolicySubject.of(PolicyTrigger.REGISTER, added, Optional.of(v1))).failures()).isEmpty();
    DataProduct v2 = Fixtures.withFields("2.0.0", field("order_id", "internal"));
    assertThat(failedSubjects(at(PolicySubject.of(PolicyTrigger.REGISTER, v2, Optional.of(v1))),
        "mesh.semantic-versioning")).as("a new major may break").isEmpty();
  }

  @Test
  void a_field_derived_from_a_restricted_input_is_classified_at_least_restricted() {
    DataProduct crm = Fixtures.product("crm", "1.0.0", "sales").addOutputPort(OutputPort.builder("customers")
        .setContract(Fixtures.contract("customers", "1.0.0", field("email", "restricted"), field("segment", "public"))
            .build())).build();
    SchemaProperty byName = field("email", "internal");
    SchemaProperty byLineage = SchemaProperty.builder("contact", LogicalType.STRING).setDescription("c")
        .setClassification("confidential").addTransformSourceObject("customers.email").build();
    SchemaProperty fine = field("segment", "public");
    DataProduct derived = Fixtures.product("orders", "1.0.0", "sales").addOutputPort(OutputPort.builder("orders")
            .setContract(Fixtures.contract("orders", "1.0.0", byName, byLineage, fine).build()))
        .addInputPort(io.datamesh.api.InputPort.builder("crm").fromPort(crm.outputPorts().get(0).address())).build();
    PolicySubject s = PolicySubject.of(PolicyTrigger.REGISTER, derived).withUpstreams(Map.of(crm.urn(), crm));
    GovernanceReport r = at(s);
    assertThat(failedSubjects(r, "mesh.classification-propagation")).containsExactly(FIELD0,
        FIELD0.replace("properties/0", "properties/1"));
    assertThat(r.blocking()).allSatisfy(x -> assertThat(x.reason()).contains("classified restricted"));
    assertThat(failedSubjects(at(PolicySubject.of(PolicyTrigger.BUILD, derived)), "mesh.classification-propagation"))
        .as("no upstream known without a mesh").isEmpty();
  }
}
