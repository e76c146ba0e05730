package io.datamesh.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.policy.PolicyTrigger;
import org.junit.jupiter.api.Test;

class GovernanceReportTest {
  private static GovernanceReport report() {
    SchemaProperty bare = SchemaProperty.builder("order|id", LogicalType.STRING).setClassification("internal").build();
    return Governance.evaluate(Fixtures.withFields("1.0.0", bare), PolicySet.builtIns(), PolicyTrigger.BUILD);
  }

  @Test
  void markdown_shows_the_set_version_and_one_row_per_policy_and_subject_with_reason_and_fix() {
    GovernanceReport r = report();
    String md = r.toMarkdown();
    assertThat(md).startsWith("# Governance report").contains("global `datamesh-builtins` 1.0.0")
        .contains("| Outcome | Policy |");
    long rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Outcome")).count();
    assertThat(rows).isEqualTo(r.results().size());
    assertThat(md).contains("| fail (enforced, warning) | mesh.field-description |")
        .contains("Describe the field in the contract");
    assertThat(md).as("a pipe in a field name cannot break the table").doesNotContain("order|id")
        .contains("order\\|id");
  }

  @Test
  void json_lists_every_result_with_its_explanation_and_a_summary() throws Exception {
    GovernanceReport r = report();
    JsonNode json = Json.MAPPER.readTree(r.toJson());
    assertThat(json.at("/policySets/0/version").asText()).isEqualTo("1.0.0");
    assertThat(json.at("/summary/results").asInt()).isEqualTo(r.results().size());
    assertThat(json.at("/summary/failed").asInt()).isEqualTo(r.failures().size()).isPositive();
    assertThat(json.get("results")).anySatisfy(n -> {
      assertThat(n.get("policy").asText()).isEqualTo("mesh.naming.field");
      assertThat(n.get("passed").asBoolean()).isFalse();
      assertThat(n.get("subject").asText()).endsWith("/properties/0");
      assertThat(n.get("fix").asText()).contains("snake_case");
    });
  }

  @Test
  void the_descriptor_json_is_dpds_shaped_with_the_contract_embedded() throws Exception {
    String text = Governance.descriptorJson(io.datamesh.api.policy.PolicySubject.of(PolicyTrigger.BUILD,
        Fixtures.compliant()));
    JsonNode doc = Json.MAPPER.readTree(text);
    assertThat(doc.at("/dataProductDescriptor").asText()).isEqualTo("1.0.0");
    assertThat(doc.at("/info/fullyQualifiedName").asText()).isEqualTo(Fixtures.URN);
    assertThat(doc.at("/info/x-domainKind").asText()).isEqualTo("source-aligned");
    JsonNode port = doc.at("/interfaceComponents/outputPorts/0");
    assertThat(port.at("/promises/api/specification").asText()).isEqualTo("odcs");
    assertThat(port.at("/promises/api/definition/schema/0/properties/1/name").asText()).isEqualTo("amount");
    assertThat(port.at("/promises/slo/definition/0/property").asText()).isEqualTo("latency");
    assertThat(port.at("/promises/deprecationPolicy/description").asText()).contains("90 days");
  }
}
