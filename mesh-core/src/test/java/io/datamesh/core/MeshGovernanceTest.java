package io.datamesh.core;

import static io.datamesh.core.Products.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.LifecycleStatus;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.policy.RolloutStage;
import io.datamesh.core.governance.GovernanceReport;
import io.datamesh.core.governance.PolicySet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class MeshGovernanceTest {
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final TestClock clock = new TestClock("2026-02-01T00:00:00Z");

  static PolicySet yaml(String policies) {
    return PolicySet.parse("name: test-global\nversion: 3.1.0\npolicies:\n" + policies, "global.yaml");
  }

  static String policy(String id, String extra, String rule) {
    return "  - id: " + id + "\n    description: " + id + " holds\n    fix: fix " + id + "\n" + extra
        + "    rule: " + rule + "\n";
  }

  private MeshBuilder mesh(PolicySet set) {
    return Mesh.builder().setClock(clock).addEmitter(events::add).setPolicies(set);
  }

  private List<MeshEvent> policyEvents() {
    return events.stream().filter(e -> e.type() == MeshEventType.POLICY_EVALUATED).toList();
  }

  @Test
  void an_enforced_error_blocks_registration_before_the_registry_changes_and_names_policy_subject_reason_and_fix() {
    Mesh m = mesh(yaml(policy("t.described", "", "{exists: /info/description}"))).build();
    assertThatThrownBy(() -> m.register(source("orders", "1.0.0"))).isInstanceOf(MeshException.class)
        .satisfies(e -> assertThat(((MeshException) e).status()).isEqualTo(MeshStatus.FAILED_PRECONDITION))
        .hasMessageContaining("cannot register urn:dpds:com.example:dataproducts:orders:1 1.0.0")
        .hasMessageContaining("[t.described] failed (error, enforced) urn:dpds:com.example:dataproducts:orders:1")
        .hasMessageContaining("'/info/description' is missing").hasMessageContaining("fix: fix t.described");
    assertThat(m.products()).isEmpty();
    m.close();
    assertThat(policyEvents()).singleElement().satisfies(e -> {
      assertThat(e.attributes()).containsEntry("policy", "t.described").containsEntry("outcome", "blocked")
          .containsEntry("trigger", "register");
    });
    assertThat(events).noneMatch(e -> e.type() == MeshEventType.PRODUCT_REGISTERED);
  }

  @Test
  void warnings_and_drafts_are_reported_in_the_result_and_as_events_and_do_not_block() {
    Mesh m = mesh(yaml(policy("t.warn", "    severity: warning\n", "{exists: /info/description}")
        + policy("t.draft", "    rollout: draft\n", "{exists: /info/displayName}"))).build();
    RegistrationResult r = m.register(source("orders", "1.0.0"));
    m.close();
    assertThat(r.action()).isEqualTo(RegistrationResult.Action.REGISTERED);
    assertThat(r.policyResults()).extracting(x -> x.policyId()).containsExactly("t.warn", "t.draft");
    assertThat(r.policyResults().get(1).stage()).isEqualTo(RolloutStage.DRAFT);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("policy [t.warn] failed (warning"));
    assertThat(policyEvents()).extracting(e -> e.attributes().get("outcome")).containsExactly("failed", "failed");
  }

  @Test
  void a_grace_policy_becomes_enforced_when_the_mesh_clock_passes_its_date_without_a_restart() {
    Mesh m = mesh(yaml(policy("t.grace", "    rollout: grace\n    graceUntil: 2026-03-01\n",
        "{exists: /info/description}"))).build();
    assertThat(m.register(source("orders", "1.0.0")).policyResults()).singleElement()
        .satisfies(x -> assertThat(x.stage()).isEqualTo(RolloutStage.GRACE));
    clock.advance(Duration.ofDays(30));
    assertThatThrownBy(() -> m.register(source("orders", "1.0.1"))).hasMessageContaining("[t.grace]")
        .hasMessageContaining("grace until 2026-03-01");
    assertThat(m.products()).extracting(p -> p.version().toString()).containsExactly("1.0.0");
    m.close();
  }

  @Test
  void a_breaking_change_without_a_major_bump_is_refused_by_the_built_ins() {
    Mesh m = mesh(PolicySet.builtIns()).build();
    m.register(source("orders", "1.0.0"));
    DataProduct dropsAField = Products.product("orders", "1.1.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("orders").setContract(Products.contract("orders", "1.0.0", "id"))).build();
    assertThatThrownBy(() -> m.register(dropsAField)).hasMessageContaining("[mesh.semantic-versioning]")
        .hasMessageContaining("field 'orders.orders_value'").hasMessageContaining("2.0.0");
    m.close();
  }

  @Test
  void stage_transition_policies_run_when_the_status_changes() {
    Mesh m = mesh(yaml(policy("t.stage", "    triggers: [stage_transition]\n", "{exists: /info/description}")))
        .build();
    DataProduct draft = Products.product("orders", "1.0.0", DomainKind.SOURCE_ALIGNED).setStatus(LifecycleStatus.DRAFT)
        .addOutputPort(OutputPort.builder("orders").setContract(Products.contract("orders", "1.0.0", "id"))).build();
    m.register(draft);
    DataProduct samePatch = Products.product("orders", "1.0.1", DomainKind.SOURCE_ALIGNED)
        .setStatus(LifecycleStatus.DRAFT)
        .addOutputPort(OutputPort.builder("orders").setContract(Products.contract("orders", "1.0.0", "id"))).build();
    assertThat(m.register(samePatch).action()).isEqualTo(RegistrationResult.Action.REPLACED);
    DataProduct active = Products.product("orders", "1.0.2", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("orders").setContract(Products.contract("orders", "1.0.0", "id"))).build();
    assertThatThrownBy(() -> m.register(active)).hasMessageContaining("[t.stage]");
    m.close();
  }

  @Test
  void a_domain_override_a_domain_may_not_make_fails_the_mesh_build_before_any_thread_starts() {
    PolicySet sales = PolicySet.parse("name: sales\nversion: 1.0.0\noverrides:\n  - id: mesh.owner-required\n"
        + "    severity: warning\n", "sales.yaml");
    assertThatThrownBy(() -> Mesh.builder().setName("federation-test").setPolicies(PolicySet.builtIns())
        .addDomainPolicies("sales", sales).build()).isInstanceOf(MeshException.class)
        .hasMessageContaining("sales.yaml:4").hasMessageContaining("'mesh.owner-required'")
        .hasMessageContaining("lowers its severity");
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("federation-test-"));
  }

  @Test
  void scheduled_policies_run_on_the_mesh_scheduler() throws InterruptedException {
    Mesh m = mesh(yaml(policy("t.nightly", "    triggers: [scheduled]\n    severity: warning\n",
        "{exists: /info/description}"))).setPolicySchedule(Duration.ofHours(24)).build();
    m.register(source("orders", "1.0.0"));
    Thread.sleep(50);
    assertThat(policyEvents()).as("nothing runs before the mesh clock reaches the schedule").isEmpty();
    clock.advance(Duration.ofHours(24));
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (policyEvents().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    m.close();
    assertThat(policyEvents()).isNotEmpty().allSatisfy(e -> assertThat(e.attributes())
        .containsEntry("trigger", "scheduled").containsEntry("policy", "t.nightly"));
  }

  @Test
  void the_mesh_report_covers_every_policy_and_product_and_the_publish_hook_blocks() {
    DefaultMesh m = (DefaultMesh) mesh(yaml(policy("t.publish", "    triggers: [publish]\n",
        "{exists: /info/description}") + policy("t.owner", "", "{exists: /info/owner/id}"))).build();
    m.register(source("orders", "1.0.0"));
    m.register(source("payments", "1.0.0"));
    GovernanceReport all = m.governanceReport();
    assertThat(all.results()).hasSize(4);
    assertThat(all.toMarkdown()).contains("global `test-global` 3.1.0").contains("payments");
    assertThat(m.governanceReport(source("orders", "1.0.0").urn()).results()).hasSize(2);
    assertThatThrownBy(() -> m.checkPublish(source("orders", "1.0.0").outputPorts().get(0).address()))
        .hasMessageContaining("cannot publish to urn:dpds:com.example:dataproducts:orders:1:outputports:orders")
        .hasMessageContaining("[t.publish]");
    m.close();
  }
}
