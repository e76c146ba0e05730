package io.datamesh.samples.retail;

import static io.datamesh.samples.retail.RetailProducts.CLV;
import static io.datamesh.samples.retail.RetailProducts.CUSTOMERS;
import static io.datamesh.samples.retail.RetailProducts.ORDERS;
import static io.datamesh.samples.retail.RetailProducts.SEGMENTS;
import static io.datamesh.samples.retail.RetailProducts.port;

import io.datamesh.api.DataProduct;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.policy.PolicyResult;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.arrow.mask.MaskMethod;
import io.datamesh.arrow.mask.SecretProvider;
import io.datamesh.core.governance.AccessPolicies;
import io.datamesh.core.governance.Governance;
import io.datamesh.core.governance.Grant;
import io.datamesh.core.governance.MaskingRule;
import io.datamesh.core.governance.PolicySet;
import io.datamesh.core.governance.PrincipalMatch;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The retail mesh's governance: policy sets checked when products register (global, plus marketing's own), and
 * access policies decided inside every read.
 */
final class RetailGovernance {
  /** The id of the built-in policy that checks classification propagation. */
  static final String PROPAGATION = "mesh.classification-propagation";

  private static final PrincipalMatch MARKETING = PrincipalMatch.attribute("department", "marketing");
  private static final PrincipalMatch INSIGHTS = PrincipalMatch.attribute("department", "customer-insights");
  // A demo key. A real mesh loads it from its secret store; the same key id gives the same hashes everywhere.
  private static final byte[] HASH_KEY = "retail-demo-key-not-a-secret-!!!".getBytes(StandardCharsets.UTF_8);

  private RetailGovernance() {}

  /** The global set: the SDK's built-ins and the retail mesh's own policies (one of them in its grace period). */
  static PolicySet global() {
    return PolicySet.builder().setName("retail-global").setVersion("1.0.0")
        .addPolicies(PolicySet.builtIns())
        .addPolicies(PolicySet.load(RetailGovernance.class.getResource("/governance/retail-global.yaml")))
        .build();
  }

  /** Marketing's domain set: no restricted column in its products, every field classified. */
  static PolicySet marketing() {
    return PolicySet.load(RetailGovernance.class.getResource("/governance/marketing.yaml"));
  }

  /** Who may read the restricted ports, and who sees their restricted columns clear. */
  static AccessPolicies access() {
    return AccessPolicies.builder()
        // customers and the lifetime value have restricted columns: reading them is denied unless a grant matches.
        .addGrant(Grant.of("grant.marketing-customers", MARKETING, port(CUSTOMERS)))
        .addGrant(Grant.of("grant.insights-customers", INSIGHTS, port(CUSTOMERS)))
        .addGrant(Grant.of("grant.clv-reads-customers", PrincipalMatch.product(CLV.urn()), port(CUSTOMERS)))
        .addGrant(Grant.of("grant.insights-clv", INSIGHTS, port(CLV)))
        .addGrant(Grant.of("grant.segments-read-clv", PrincipalMatch.product(SEGMENTS.urn()), port(CLV)))
        // The first matching rule per column wins. Marketing sees e-mails only as an HMAC-SHA-256 hash, which
        // still joins across products (same key id, same hash)...
        .addMaskingRule(MaskingRule.of("marketing.emails-hashed", "restricted", MARKETING, MaskMethod.HASH, 0,
            "retail-2026"))
        // ...customer-insights, and its lifetime-value transform that copies the e-mail, see them clear...
        .addMaskingRule(MaskingRule.reveal("mask.insights-sees-restricted", "restricted", INSIGHTS))
        .addMaskingRule(MaskingRule.reveal("mask.clv-sees-restricted", "restricted",
            PrincipalMatch.product(CLV.urn())))
        // ...and any other granted reader (the campaign-segments transform) gets them redacted.
        .addMaskingRule(MaskingRule.of("mask.restricted-redacted", "restricted", PrincipalMatch.any(),
            MaskMethod.REDACT, 0, ""))
        .setSecrets(SecretProvider.of(Map.of("retail-2026", HASH_KEY)))
        .build();
  }

  /**
   * Runs the classification propagation check on a variant of the lifetime value whose {@code email} column is
   * classified {@code internal}: what the check says when a team forgets to propagate.
   */
  static List<PolicyResult> propagationIfEmailWereInternal() {
    Contract contract = RetailProducts.contract(CLV);
    SchemaObject table = contract.schemaObject("customer_lifetime_value").orElseThrow();
    SchemaProperty email = table.property("email").orElseThrow();
    Contract forgetful = contract.toBuilder()
        .replaceSchemaObject(table.name(), table.toBuilder()
            .replaceProperty("email", email.toBuilder().setClassification("internal").build())
            .build())
        .build();
    DataProduct variant = RetailProducts.lifetimeValue(forgetful);
    PolicySubject subject = PolicySubject.of(PolicyTrigger.REGISTER, variant)
        .withUpstreams(Map.of(ORDERS.urn(), ORDERS, CUSTOMERS.urn(), CUSTOMERS));
    return Governance.builder().setPolicies(global()).build().evaluate(subject).results().stream()
        .filter(r -> r.policyId().equals(PROPAGATION)).toList();
  }
}
