package io.datamesh.samples.retail;

import static io.datamesh.samples.retail.RetailProducts.CLV;
import static io.datamesh.samples.retail.RetailProducts.CUSTOMERS;
import static io.datamesh.samples.retail.RetailProducts.ORDERS;

import io.datamesh.api.DataProduct;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.policy.PolicyResult;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.arrow.mask.SecretProvider;
import io.datamesh.core.governance.AccessPolicies;
import io.datamesh.core.governance.Governance;
import io.datamesh.core.governance.PolicySet;
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

  /**
   * Who may read the restricted ports, and who sees their restricted columns clear: the governance team's access
   * policies, kept as data in {@code governance/retail-access.yaml}. Hash keys are not data: they come from code.
   */
  static AccessPolicies access() {
    return AccessPolicies.builder()
        .addYaml(RetailGovernance.class.getResource("/governance/retail-access.yaml"))
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
