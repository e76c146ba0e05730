package io.datamesh.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.DataProduct;
import io.datamesh.api.OutputPort;
import io.datamesh.api.contract.AuthoritativeDefinition;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.ContractDescription;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.Role;
import io.datamesh.api.contract.Server;
import io.datamesh.api.contract.Team;
import io.datamesh.api.contract.TeamMember;
import io.datamesh.api.policy.PolicyTrigger;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What policies see of a contract: the ODCS parts, under ODCS names. */
class ContractProjectionTest {
  private static final String PURPOSE_REQUIRED = """
      name: t
      version: 1.0.0
      policies:
        - id: t.purpose
          description: Every contract states its purpose.
          fix: Set description.purpose in the contract.
          rule:
            all:
              select: /interfaceComponents/outputPorts/*/promises/api/definition
              require: {exists: description/purpose}
      """;

  private static DataProduct serving(Contract contract) {
    return Fixtures.product("orders", "1.0.0", "sales")
        .addOutputPort(OutputPort.builder("orders").setContract(contract)).build();
  }

  private static List<String> failing(Contract contract) {
    GovernanceReport r = Governance.evaluate(serving(contract), PolicySet.parse(PURPOSE_REQUIRED, "t.yaml"),
        PolicyTrigger.BUILD);
    return Fixtures.failedSubjects(r, "t.purpose");
  }

  @Test
  void a_policy_requiring_description_purpose_passes_when_the_contract_states_it_and_fails_when_not() {
    Contract without = Fixtures.contract("orders", "1.0.0", Fixtures.field("id", "internal")).build();
    Contract with = without.toBuilder()
        .setDescription(ContractDescription.builder().setPurpose("Orders for finance.").build()).build();
    Contract usageOnly = without.toBuilder()
        .setDescription(ContractDescription.builder().setUsage("Dashboards.").build()).build();

    assertThat(failing(with)).isEmpty();
    assertThat(failing(without)).containsExactly(
        Fixtures.URN + "#/interfaceComponents/outputPorts/0/promises/api/definition");
    assertThat(failing(usageOnly)).hasSize(1);
  }

  @Test
  void the_projection_carries_the_odcs_description_servers_team_roles_and_links_under_odcs_names() {
    Contract c = Fixtures.contract("orders", "1.0.0", Fixtures.field("id", "internal"))
        .setTenant("acme")
        .setDescription(ContractDescription.builder().setPurpose("p").setUsage("u").setLimitations("l")
            .addAuthoritativeDefinition(AuthoritativeDefinition.of("https://wiki/orders", "businessDefinition"))
            .addCustomProperty(CustomProperty.of("reviewed", true)).build())
        .addServer(Server.builder("prod", "postgresql").setEnvironment("prod").setAttribute("host", "db").build())
        .setTeam(Team.builder().setName("sales").addMember(TeamMember.builder("ana@example.com").build()).build())
        .addRole(Role.of("orders_reader", "read"))
        .addAuthoritativeDefinition(AuthoritativeDefinition.of("https://wiki/contract", "canonicalUrl"))
        .build();

    JsonNode def = ContractJson.contract(c);

    assertThat(def.at("/tenant").asText()).isEqualTo("acme");
    assertThat(def.at("/description/purpose").asText()).isEqualTo("p");
    assertThat(def.at("/description/usage").asText()).isEqualTo("u");
    assertThat(def.at("/description/limitations").asText()).isEqualTo("l");
    assertThat(def.at("/description/authoritativeDefinitions/0/url").asText()).isEqualTo("https://wiki/orders");
    assertThat(def.at("/description/customProperties/0/value").asBoolean()).isTrue();
    assertThat(def.at("/servers/0/type").asText()).isEqualTo("postgresql");
    assertThat(def.at("/servers/0/host").asText()).isEqualTo("db");
    assertThat(def.at("/team/members/0/username").asText()).isEqualTo("ana@example.com");
    assertThat(def.at("/roles/0/access").asText()).isEqualTo("read");
    assertThat(def.at("/authoritativeDefinitions/0/type").asText()).isEqualTo("canonicalUrl");
    assertThat(topLevelNames(def)).isSubsetOf(OdcsNames.TOP_LEVEL);
  }

  private static TreeSet<String> topLevelNames(JsonNode n) {
    TreeSet<String> names = new TreeSet<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  /** The top-level property names of the ODCS v3.1.0 JSON Schema. */
  private static final class OdcsNames {
    static final List<String> TOP_LEVEL = List.of("version", "kind", "apiVersion", "id", "name", "tenant", "tags",
        "status", "servers", "dataProduct", "description", "domain", "schema", "support", "price", "team", "roles",
        "slaDefaultElement", "slaProperties", "authoritativeDefinitions", "customProperties", "contractCreatedTs");
  }
}
