package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.mask.MaskMethod;
import io.datamesh.core.governance.Grant;
import io.datamesh.core.governance.PrincipalMatch;
import io.datamesh.core.governance.RowFilterRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Access policies on an observability port: its own grants and row filters, never its product's restrictions. */
class ObservabilityPortPoliciesTest {
  private final RootAllocator leakCheck = new RootAllocator();
  private final MutableClock clock = new MutableClock();
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final Mesh mesh = Mesh.builder().setAllocator(leakCheck).setClock(clock).addEmitter(events::add)
      .setAccessPolicies(StatusContacts.policies(MaskMethod.REDACT)
          .addGrant(Grant.of("grant.health-sre", PrincipalMatch.role("sre"), StatusContacts.HEALTH))
          .addRowFilter(RowFilterRule.of("rows.sam-sees-none", StatusContacts.HEALTH, PrincipalMatch.id("sam"),
              Expression.column("port").eq(Expression.literal("nothing"))))
          .addRowFilter(RowFilterRule.of("rows.rob-some-contacts", StatusContacts.PORT, PrincipalMatch.id("rob"),
              Expression.column("id").gt(Expression.literal(1))))
          .addRowFilter(RowFilterRule.of("rows.olga-contacts-status", StatusContacts.HEALTH,
              PrincipalMatch.id("olga"), Expression.column("port").eq(Expression.literal("contacts"))))
          .build())
      .setReadCacheBytes(1 << 20)
      .build();
  /** A steward (clear columns) whose reads of the contacts port are row-filtered. */
  private static final Principal ROB = Principal.builder("rob").addRole("steward").build();

  ObservabilityPortPoliciesTest() {
    mesh.register(StatusContacts.product());
  }

  @AfterEach
  void close() {
    mesh.close();
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  @Test
  void restricted_output_ports_do_not_make_the_observability_port_restricted() throws Exception {
    var ana = io.datamesh.api.read.Principal.builder("ana").build();
    assertThatThrownBy(() -> mesh.read(ReadRequest.of(StatusContacts.PORT, ana)))
        .isInstanceOfSatisfying(MeshException.class, e -> assertThat(e.status())
            .isEqualTo(MeshStatus.PERMISSION_DENIED));

    List<Health.Row> rows = Health.rows(mesh.read(ReadRequest.of(StatusContacts.HEALTH, ana)));

    assertThat(rows).extracting(Health.Row::port).containsExactly("contacts");
    assertThat(mesh.contract(StatusContacts.HEALTH, ana)).isPresent();
  }

  @Test
  void grants_and_row_filters_that_name_the_observability_port_apply_and_are_audited() throws Exception {
    var sre = io.datamesh.api.read.Principal.builder("ria").addRole("sre").build();

    assertThat(Health.rows(mesh.read(ReadRequest.of(StatusContacts.HEALTH, sre)))).hasSize(1);
    assertThat(Health.rows(mesh.read(ReadRequest.of(StatusContacts.HEALTH, StatusContacts.SAM)))).isEmpty();
    mesh.close(); // delivers the events still queued for the emitters

    assertThat(events).filteredOn(e -> e.type() == MeshEventType.ACCESS_DECISION)
        .extracting(e -> e.attributes().get("principal") + " " + e.attributes().get("decision") + " "
            + e.attributes().get("policyIds"))
        .containsExactly("ria allow [grant.health-sre]", "sam filter [rows.sam-sees-none]");
  }

  @Test
  void a_failure_reason_is_served_only_to_readers_who_see_the_port_in_clear() throws Exception {
    Instant stale = clock.instant().minus(Duration.ofDays(3));
    assertThatThrownBy(() -> mesh.publish(StatusContacts.PORT, StatusContacts.batch(mesh.allocator(),
        List.of(stale)))).isInstanceOfSatisfying(MeshException.class, e -> assertThat(e.status())
            .isEqualTo(MeshStatus.QUALITY_GATE_FAILED));

    Health.Row steward = Health.rows(mesh.read(ReadRequest.of(StatusContacts.HEALTH, StatusContacts.STEVE))).get(0);
    Health.Row masked = Health.rows(mesh.read(ReadRequest.of(StatusContacts.HEALTH, StatusContacts.MIA))).get(0);
    var ana = io.datamesh.api.read.Principal.builder("ana").build();
    Health.Row denied = Health.rows(mesh.read(ReadRequest.of(StatusContacts.HEALTH, ana))).get(0);

    assertThat(steward.lastFailureReason()).as("the reason quotes the restricted value").contains(stale.toString());
    assertThat(steward).isEqualTo(Health.expected(mesh.observe(StatusContacts.PORT)));
    Health.Row filtered = Health.rows(mesh.read(ReadRequest.of(StatusContacts.HEALTH, ROB))).get(0);

    for (Health.Row r : List.of(masked, denied, filtered)) {
      assertThat(r.lastFailureStatus()).isEqualTo("QUALITY_GATE_FAILED");
      assertThat(r.lastFailureAt()).isEqualTo(clock.instant());
      assertThat(r.lastFailureReason()).startsWith("withheld: ").doesNotContain(stale.toString());
    }
    assertThat(masked.lastFailureReason()).contains("mia does not read " + StatusContacts.PORT + " in clear")
        .contains("ask the product owner");
    assertThat(filtered.lastFailureReason()).contains("rob does not read " + StatusContacts.PORT + " in clear");
  }

  @Test
  void the_contract_a_row_filtered_reader_gets_states_the_row_filter_of_the_observability_port() {
    var view = mesh.contract(StatusContacts.HEALTH, StatusContacts.SAM).orElseThrow();

    assertThat(view.schemaObject("port_status").orElseThrow().customProperties())
        .anySatisfy(c -> {
          assertThat(c.property()).isEqualTo(ConsumerContract.ROW_FILTER);
          assertThat(String.valueOf(c.value().orElseThrow())).contains("nothing");
        });
    assertThat(mesh.contract(StatusContacts.HEALTH, ROB)).contains(mesh.contract(StatusContacts.HEALTH)
        .orElseThrow());
  }

  @Test
  void two_row_filtered_status_reads_around_a_publish_see_the_publish_though_row_filtered_reads_are_cached()
      throws Exception {
    Principal olga = Principal.builder("olga").addRole("sre").build();
    Health.Row before = Health.rows(mesh.read(ReadRequest.of(StatusContacts.HEALTH, olga))).get(0);
    mesh.publish(StatusContacts.PORT, StatusContacts.batch(mesh.allocator(), List.of(clock.instant())));

    Health.Row after = Health.rows(mesh.read(ReadRequest.of(StatusContacts.HEALTH, olga))).get(0);

    assertThat(before.snapshotId()).isNull();
    assertThat(after.snapshotId()).isEqualTo(1L);
    assertThat(after.rows()).isEqualTo(1);
  }
}
