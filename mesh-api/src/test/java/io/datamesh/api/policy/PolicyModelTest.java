package io.datamesh.api.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyModelTest {
  private static DataProduct product(String classification) {
    SchemaProperty nested = SchemaProperty.builder("address", LogicalType.OBJECT).addProperty(
        SchemaProperty.builder("street", LogicalType.STRING).setClassification(classification).build()).build();
    Contract c = Contract.builder().setId("c").setVersion("1.0.0")
        .addSchemaObject(SchemaObject.builder("customers").addProperty(nested).build()).build();
    return DataProduct.builder().setNamespace("com.example").setName("crm").setVersion("1.0.0")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("crm@example.com"))
        .addTag("pii").addOutputPort(OutputPort.builder("customers").setContract(c)).build();
  }

  @Test
  void a_scope_matches_when_every_non_empty_criterion_matches_including_nested_field_classifications() {
    DataProduct p = product("Restricted");
    assertThat(PolicyScope.all().matches(p)).isTrue();
    assertThat(PolicyScope.builder().addDomain("sales").addTag("pii").addClassification("restricted").build()
        .matches(p)).isTrue();
    assertThat(PolicyScope.builder().addDomain("hr").build().matches(p)).isFalse();
    assertThat(PolicyScope.builder().addKind(DomainKind.AGGREGATE).build().matches(p)).isFalse();
    assertThat(PolicyScope.builder().addClassification("restricted").build().matches(product("public"))).isFalse();
  }

  @Test
  void a_failed_finding_must_say_how_to_fix_it() {
    assertThatThrownBy(() -> Finding.fail("urn:x", "broken", " ")).hasMessageContaining("how to fix");
    assertThat(Finding.pass("urn:x", "fine").fix()).isEmpty();
  }

  @Test
  void a_grace_rollout_needs_its_date_and_is_enforced_from_it() {
    assertThatThrownBy(() -> new Rollout(RolloutStage.GRACE, Optional.empty())).hasMessageContaining("grace date");
    Rollout g = Rollout.grace(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(g.stageAt(Instant.parse("2026-02-28T00:00:00Z"))).isEqualTo(RolloutStage.GRACE);
    assertThat(g.stageAt(Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo(RolloutStage.ENFORCED);
  }

  @Test
  void a_java_policy_has_defaults_and_only_an_enforced_error_blocks() {
    Policy p = Policy.builder("acme.x").setDescription("x").setCheck(s -> List.of()).build();
    assertThat(p.triggers()).containsExactlyInAnyOrder(PolicyTrigger.BUILD, PolicyTrigger.REGISTER);
    assertThat(p.rollout()).isEqualTo(Rollout.enforced());
    Finding fail = Finding.fail("urn:x", "broken", "fix it");
    assertThat(new PolicyResult("a", PolicyTrigger.BUILD, PolicySeverity.ERROR, Rollout.enforced(),
        RolloutStage.ENFORCED, fail).blocks()).isTrue();
    assertThat(new PolicyResult("a", PolicyTrigger.BUILD, PolicySeverity.ERROR, Rollout.draft(),
        RolloutStage.DRAFT, fail).blocks()).isFalse();
    assertThat(new PolicyResult("a", PolicyTrigger.BUILD, PolicySeverity.WARNING, Rollout.enforced(),
        RolloutStage.ENFORCED, fail).blocks()).isFalse();
    assertThatThrownBy(() -> Policy.builder("bad id!")).hasMessageContaining("'bad id!'");
    assertThatThrownBy(() -> Policy.builder("acme.y").setCheck(s -> List.of()).build())
        .hasMessageContaining("needs a description");
  }
}
