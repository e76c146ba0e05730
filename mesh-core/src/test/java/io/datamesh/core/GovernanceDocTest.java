package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.policy.Finding;
import io.datamesh.api.policy.Policy;
import io.datamesh.api.policy.PolicySeverity;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.core.governance.Governance;
import io.datamesh.core.governance.GovernanceReport;
import io.datamesh.core.governance.PolicySet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs docs/governance.md's examples and checks that the page still shows exactly this code and YAML. */
class GovernanceDocTest {
  private static final Path DOC = Path.of("..", "docs", "governance.md");

  private static String block(String marker, String fence) throws IOException {
    String doc = Files.readString(DOC);
    String b = doc.substring(doc.indexOf("<!-- " + marker + ":start -->"), doc.indexOf("<!-- " + marker + ":end -->"));
    return b.substring(b.indexOf(fence) + fence.length(), b.lastIndexOf("```")).strip();
  }

  @Test
  void the_page_shows_the_java_this_test_runs() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/datamesh/core/GovernanceDocTest.java"));
    assertThat(source.replaceAll("\\s+", " ")).contains(block("governance-java", "```java").replaceAll("\\s+", " "));
  }

  @Test
  void the_yaml_example_loads_and_a_sales_product_must_be_tagged() throws IOException {
    PolicySet sales = PolicySet.parse(block("governance-yaml", "```yaml"), "docs/governance.md");
    assertThat(sales.policy("sales.tagged")).isPresent();
    assertThat(sales.overrides()).extracting(o -> o.policyId()).containsExactly("mesh.field-classification");
    try (Mesh mesh = Mesh.builder().setPolicies(PolicySet.builtIns()).addDomainPolicies("sales", sales).build()) {
      assertThatThrownBy(() -> mesh.register(orders(false))).hasMessageContaining("[sales.tagged]");
      assertThat(mesh.register(orders(true)).policyResults()).isEmpty();
    }
  }

  @Test
  void the_java_example_passes_the_global_policies() {
    assertThat(example(orders(true)).blocking()).isEmpty();
    DataProduct notAnEmail = DataProduct.builder().setNamespace("com.example").setName("orders").setVersion("1.0.0")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("orders team"))
        .addOutputPort(OutputPort.builder("orders").setContract(orders(true).outputPorts().get(0).contract()))
        .build();
    assertThatThrownBy(() -> example(notAnEmail)).hasMessageContaining("[acme.owner-email]")
        .hasMessageContaining("use the team's e-mail address");
  }

  static DataProduct orders(boolean tagged) {
    Contract contract = Contract.builder().setId("orders-contract").setVersion("1.0.0")
        .addSchemaObject(SchemaObject.builder("orders")
            .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING).setDescription("The order")
                .setClassification("internal").build())
            .build())
        .addSlaProperty(SlaProperty.builder("latency", 4).setUnit("h").build())
        .addCustomProperty(CustomProperty.of("deprecationPolicy", "old majors are served 90 days"))
        .build();
    var b = DataProduct.builder().setNamespace("com.example").setName("orders").setVersion("1.0.0")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("orders-team@example.com"))
        .addOutputPort(OutputPort.builder("orders").setContract(contract));
    return tagged ? b.addTag("sales").build() : b.build();
  }

  private static GovernanceReport example(DataProduct orders) {
    // A policy in Java: the owner is an e-mail address.
    Policy ownerEmail = Policy.builder("acme.owner-email")
        .setDescription("The owner is an e-mail address")
        .setSeverity(PolicySeverity.ERROR)
        .setCheck(s -> List.of(s.current().owner().id().contains("@")
            ? Finding.pass(s.current().urn().toString(), "the owner is an e-mail address")
            : Finding.fail(s.current().urn().toString(), "the owner '" + s.current().owner().id()
                + "' is not an e-mail address", "use the team's e-mail address as the owner id")))
        .build();
    PolicySet global = PolicySet.builder().setName("acme-global").setVersion("1.0.0")
        .addPolicies(PolicySet.builtIns())
        .addPolicy(ownerEmail)
        .build();

    // In the product's unit test: no mesh, the BUILD trigger.
    GovernanceReport report = Governance.evaluate(orders, global, PolicyTrigger.BUILD);
    report.throwIfBlocked("build " + orders.urn());
    return report;
  }
}
