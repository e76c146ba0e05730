package io.datamesh.samples.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.policy.PolicyResult;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.core.contract.Contracts;
import io.datamesh.core.governance.Governance;
import io.datamesh.core.governance.GovernanceReport;
import io.datamesh.core.governance.PolicySet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policies, run at BUILD: no mesh, so they fail the build before any mesh sees the products. */
class GovernanceTest {
  /** What the mesh runs: the global built-ins, and the sales domain's set. */
  private static final Governance GOVERNANCE = Governance.builder()
      .setPolicies(PolicySet.builtIns())
      .addDomainPolicies("sales", salesPolicies())
      .build();

  /** The sales domain's policy set, from {@code src/main/resources/governance/sales.yaml}. */
  static PolicySet salesPolicies() {
    return PolicySet.load(GovernanceTest.class.getResource("/governance/sales.yaml"));
  }

  @Test
  void the_products_pass_every_policy_at_build() {
    for (DataProduct product : List.of(OrdersProduct.descriptor(), DailyRevenue.descriptor())) {
      GovernanceReport report = GOVERNANCE.evaluate(PolicySubject.of(PolicyTrigger.BUILD, product));

      report.throwIfBlocked("build " + product.urn()); // names each policy, subject, reason and fix
      assertThat(report.failures()).as(report.toMarkdown()).isEmpty(); // warnings and drafts too: keep it clean
      assertThat(report.results()).extracting(PolicyResult::policyId).contains("sales.primary-key");
    }
  }

  // The contracts as last published live in src/test/resources/published/ (see the README there).
  @Test
  void the_contracts_are_compatible_with_their_last_published_versions() {
    assertCompatible(OrdersProduct.descriptor(), OrdersProduct.descriptor(Contracts.read(published("orders"))));
    assertCompatible(DailyRevenue.descriptor(), DailyRevenue.descriptor(Contracts.read(published("daily-revenue"))));
  }

  @Test
  void renaming_a_field_without_a_new_major_fails_the_compatibility_check() {
    Contract published = Contracts.read(published("orders"));
    SchemaObject orders = published.schemaObject("orders").orElseThrow();
    SchemaProperty status = orders.property("status").orElseThrow();
    Contract renamed = published.toBuilder()
        .replaceSchemaObject("orders", orders.toBuilder()
            .replaceProperty("status", status.toBuilder().setName("order_status").build())
            .build())
        .build();

    GovernanceReport report = againstPublished(OrdersProduct.descriptor(renamed),
        OrdersProduct.descriptor(published));

    assertThat(report.blocking()).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("field 'orders.status' of 1.0.0 is removed in 1.0.0"));
  }

  private static void assertCompatible(DataProduct current, DataProduct published) {
    againstPublished(current, published)
        .throwIfBlocked("compare " + current.urn() + " with its published " + published.version());
  }

  /** Runs the policies with the published version as the previous one, which mesh.semantic-versioning reads. */
  private static GovernanceReport againstPublished(DataProduct current, DataProduct published) {
    return GOVERNANCE.evaluate(PolicySubject.of(PolicyTrigger.BUILD, current, Optional.of(published)));
  }

  private static String published(String name) {
    try (InputStream in = GovernanceTest.class.getResourceAsStream("/published/" + name + ".odcs.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
