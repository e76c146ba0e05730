package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.policy.Rollout;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.ipc.ArrowIpc;
import io.datamesh.arrow.mask.Mask;
import io.datamesh.arrow.mask.MaskMethod;
import io.datamesh.arrow.mask.SecretProvider;
import io.datamesh.core.governance.AccessPolicies;
import io.datamesh.core.governance.Grant;
import io.datamesh.core.governance.MaskingRule;
import io.datamesh.core.governance.PrincipalMatch;
import io.datamesh.core.governance.RowFilterRule;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Access, masking, row filters and audit, enforced inside the real mesh's read path. */
class EnforcementTest {
  static final PortAddress CUSTOMERS = PortAddress.parse(Products.out("customers"));
  static final PortAddress LEADS = PortAddress.parse(Products.out("leads"));
  static final Instant NOW = Instant.parse("2025-03-01T00:00:00Z");
  static final List<String> EMAILS = List.of("ann@example.com", "bob@example.com", "cy@example.com");
  static final Principal MARKETING = Principal.builder("mia").putAttribute("department", "marketing").build();
  static final Principal STRANGER = Principal.builder("sam").build();
  static final SecretProvider SECRETS = SecretProvider.of(Map.of("k-2025",
      "a-32-byte-secret-for-the-tests!!".getBytes(StandardCharsets.UTF_8)));

  private final RootAllocator leakCheck = new RootAllocator();
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private Mesh mesh;

  static DataProduct withEmails(String name) {
    SchemaObject o = SchemaObject.builder(name)
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(SchemaProperty.builder("email", LogicalType.STRING).setClassification("restricted").build())
        .build();
    Contract c = Contract.builder().setId(name).setVersion("1.0.0").addSchemaObject(o).build();
    return Products.product(name, "1.0.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder(name).setContract(c)).build();
  }

  private Mesh start(AccessPolicies policies) {
    mesh = Mesh.builder().setAllocator(leakCheck).setClock(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC))
        .addEmitter(events::add).setAccessPolicies(policies).build();
    for (String name : List.of("customers", "leads")) {
      DataProduct p = withEmails(name);
      mesh.register(p);
      PortAddress port = PortAddress.parse(Products.out(name));
      VectorSchemaRoot b = VectorSchemaRoot.create(ArrowSchemas.of(p.outputPorts().get(0).contract(), name),
          mesh.allocator());
      b.allocateNew();
      for (int i = 0; i < EMAILS.size(); i++) {
        ((BigIntVector) b.getVector("id")).setSafe(i, i);
        ((VarCharVector) b.getVector("email")).setSafe(i, EMAILS.get(i).getBytes(StandardCharsets.UTF_8));
      }
      b.setRowCount(EMAILS.size());
      mesh.publish(port, b);
    }
    return mesh;
  }

  @AfterEach
  void close() {
    if (mesh != null) {
      mesh.close();
    }
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  private static List<String> emails(ArrowReader reader) throws Exception {
    List<String> out = new ArrayList<>();
    try (reader) {
      while (reader.loadNextBatch()) {
        VectorSchemaRoot r = reader.getVectorSchemaRoot();
        for (int i = 0; i < r.getRowCount(); i++) {
          Object v = r.getVector("email").getObject(i);
          out.add(v == null ? null : v.toString());
        }
      }
    }
    return out;
  }

  private List<MeshEvent> audits() {
    mesh.close(Duration.ofSeconds(5));
    return events.stream().filter(e -> e.type() == MeshEventType.ACCESS_DECISION).toList();
  }

  @Test
  void a_principal_without_grant_is_denied_on_a_restricted_port_with_one_audit_event_and_no_data() throws Exception {
    start(AccessPolicies.builder().build());
    Chain.eventually(() -> events.stream().filter(e -> e.type() == MeshEventType.SNAPSHOT_PUBLISHED).count() == 2);
    int before = events.size();

    assertThatThrownBy(() -> mesh.read(ReadRequest.of(CUSTOMERS, STRANGER)))
        .isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.PERMISSION_DENIED);
          assertThat(e.getMessage()).contains(AccessPolicies.DEFAULT_DENY_ID).contains("email")
              .doesNotContain("example.com");
        });

    assertThat(mesh.openReads()).isEmpty();
    var report = mesh.governanceReport(CUSTOMERS.product());
    assertThat(report.blocking()).anySatisfy(r -> {
      assertThat(r.policyId()).isEqualTo(AccessPolicies.DEFAULT_DENY_ID);
      assertThat(r.finding().subject()).contains("sam", CUSTOMERS.toString());
      assertThat(r.finding().fix()).contains("addGrant");
    });
    assertThat(report.toMarkdown()).contains(AccessPolicies.DEFAULT_DENY_ID);
    mesh.close(Duration.ofSeconds(5));
    List<MeshEvent> after = events.subList(before, events.size());
    assertThat(after).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(MeshEventType.ACCESS_DECISION);
      assertThat(e.attributes()).containsEntry("decision", "deny").containsEntry("principal", "sam")
          .containsEntry("port", CUSTOMERS.toString()).containsEntry("snapshot", 1L)
          .containsEntry("policyIds", List.of(AccessPolicies.DEFAULT_DENY_ID));
    });
  }

  @Test
  void a_marketing_principal_gets_hashed_emails_that_join_across_two_products() throws Exception {
    PrincipalMatch marketing = PrincipalMatch.attribute("department", "marketing");
    start(AccessPolicies.builder()
        .addGrant(Grant.of("grant.marketing-customers", marketing, CUSTOMERS))
        .addGrant(Grant.of("grant.marketing-leads", marketing, LEADS))
        .addMaskingRule(MaskingRule.of("mask.restricted-hash", "restricted", marketing, MaskMethod.HASH, 0,
            "k-2025"))
        .setSecrets(SECRETS)
        .build());

    List<String> customers = emails(mesh.read(ReadRequest.of(CUSTOMERS, MARKETING)));
    List<String> leads = emails(mesh.read(ReadRequest.of(LEADS, MARKETING)));

    assertThat(customers).hasSize(3).doesNotContainAnyElementsOf(EMAILS).allMatch(h -> h.matches("[0-9a-f]{64}"));
    assertThat(leads).isEqualTo(customers);
    try (ArrowReader r = mesh.read(ReadRequest.of(CUSTOMERS, MARKETING))) {
      var field = r.getVectorSchemaRoot().getSchema().findField("email");
      assertThat(field.getMetadata()).containsEntry(Mask.METADATA_METHOD, "hash")
          .containsEntry(Mask.METADATA_KEY_ID, "k-2025");
      var ipc = new ByteArrayOutputStream();
      ArrowIpc.writeStream(r, ipc);
      String bytes = ipc.toString(StandardCharsets.ISO_8859_1);
      EMAILS.forEach(clear -> assertThat(bytes).doesNotContain(clear));
      assertThat(bytes).contains(customers.get(0));
    }
    assertThat(audits()).hasSize(3).allSatisfy(e -> assertThat(e.attributes())
        .containsEntry("decision", "mask").containsEntry("masks", List.of("email:hash")));
  }

  @Test
  void a_filter_on_a_masked_column_is_refused_so_it_cannot_probe_clear_values() {
    PrincipalMatch marketing = PrincipalMatch.attribute("department", "marketing");
    start(AccessPolicies.builder()
        .addGrant(Grant.of("grant.marketing-customers", marketing, CUSTOMERS))
        .addMaskingRule(MaskingRule.of("mask.restricted-null", "restricted", PrincipalMatch.any(),
            MaskMethod.NULL_OUT, 0, ""))
        .build());
    ReadRequest probe = ReadRequest.builder(CUSTOMERS, MARKETING)
        .setFilter(Expression.column("email").eq(Expression.literal("ann@example.com"))).build();

    assertThatThrownBy(() -> mesh.read(probe)).isInstanceOfSatisfying(MeshException.class, e -> {
      assertThat(e.status()).isEqualTo(MeshStatus.PERMISSION_DENIED);
      assertThat(e.getMessage()).contains(Enforcement.MASKED_FILTER_POLICY);
    });
  }

  @Test
  void a_default_deny_in_grace_warns_and_does_not_block() throws Exception {
    start(AccessPolicies.builder()
        .setDefaultDeny("access.pii-default-deny", Rollout.grace(NOW.plus(Duration.ofDays(30))))
        .build());

    assertThat(emails(mesh.read(ReadRequest.of(CUSTOMERS, STRANGER)))).isEqualTo(EMAILS);

    assertThat(audits()).singleElement().satisfies(e -> {
      assertThat(e.attributes()).containsEntry("decision", "allow");
      assertThat(e.attributes().get("policyIds")).isEqualTo(List.of("access.pii-default-deny"));
      assertThat((List<?>) e.attributes().get("warnings")).singleElement().asString()
          .contains("access.pii-default-deny").contains("grace");
    });
  }

  @Test
  void an_expired_grant_no_longer_grants() {
    start(AccessPolicies.builder()
        .addGrant(Grant.of("grant.old", PrincipalMatch.id("sam"), CUSTOMERS).expiringAt(NOW))
        .build());

    assertThatThrownBy(() -> mesh.read(ReadRequest.of(CUSTOMERS, STRANGER)))
        .hasMessageContaining(AccessPolicies.DEFAULT_DENY_ID);
  }

  @Test
  void a_transform_reading_as_its_product_sees_only_the_rows_its_product_may_see() throws Exception {
    PortAddress agg = Chain.port("agg", "agg");
    mesh = Mesh.builder().setAllocator(leakCheck).addEmitter(events::add).setAccessPolicies(AccessPolicies.builder()
        .addRowFilter(RowFilterRule.of("rows.agg-eu-only", Orders.PORT, PrincipalMatch.product(agg.product()),
            Expression.column("region").eq(Expression.literal("EU"))))
        .build()).build();
    mesh.register(Orders.product());
    mesh.register(Chain.product("agg", DomainKind.AGGREGATE, new String[] {"agg"}, Orders.PORT));
    mesh.setTransform(agg.product(), Chain.copy("agg"), RefreshPolicy.manual());
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));

    assertThat(mesh.refresh(agg.product()).succeeded()).isTrue();

    assertThat(Orders.drain(mesh.read(ReadRequest.of(agg, STRANGER)))).containsExactly(5, 0 + 2 + 4 + 6 + 8);
    assertThat(Orders.drain(mesh.read(ReadRequest.of(Orders.PORT, STRANGER)))).containsExactly(10, 45);
    assertThat(audits()).anySatisfy(e -> assertThat(e.attributes())
        .containsEntry("principal", agg.product().toString()).containsEntry("decision", "filter")
        .containsEntry("policyIds", List.of("rows.agg-eu-only")));
  }
}
