package io.datamesh.core.governance;

import io.datamesh.api.policy.Rollout;
import io.datamesh.arrow.mask.SecretProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Configures {@link AccessPolicies}.
 *
 * <pre>{@code
 * AccessPolicies p = AccessPolicies.builder()
 *     .addGrant(Grant.of("grant.revenue", PrincipalMatch.product(revenue), orders))
 *     .setDefaultDeny("access.pii-default-deny", Rollout.grace(Instant.parse("2025-07-01T00:00:00Z")))
 *     .build();
 * }</pre>
 */
public final class AccessPoliciesBuilder {
  final List<Grant> grants = new ArrayList<>();
  final List<MaskingRule> masking = new ArrayList<>();
  final List<RowFilterRule> filters = new ArrayList<>();
  SecretProvider secrets = SecretProvider.none();
  ClassificationTaxonomy taxonomy = ClassificationTaxonomy.defaults();
  String denyId = AccessPolicies.DEFAULT_DENY_ID;
  Rollout denyRollout = Rollout.enforced();

  AccessPoliciesBuilder() {}

  /**
   * Adds a grant.
   *
   * @param grant the grant
   * @return this builder
   */
  public AccessPoliciesBuilder addGrant(Grant grant) {
    grants.add(Objects.requireNonNull(grant, "grant"));
    return this;
  }

  /**
   * Adds a masking rule; for each column the first matching rule decides.
   *
   * @param rule the rule
   * @return this builder
   */
  public AccessPoliciesBuilder addMaskingRule(MaskingRule rule) {
    masking.add(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /**
   * Adds a row filter rule; every matching rule applies.
   *
   * @param rule the rule
   * @return this builder
   */
  public AccessPoliciesBuilder addRowFilter(RowFilterRule rule) {
    filters.add(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /**
   * Sets where the keys of hash masks come from.
   *
   * @param provider the provider; {@link SecretProvider#none()} unless set
   * @return this builder
   */
  public AccessPoliciesBuilder setSecrets(SecretProvider provider) {
    this.secrets = Objects.requireNonNull(provider, "provider");
    return this;
  }

  /**
   * Sets the classification levels; columns at {@code confidential} or above make a port deny by default.
   *
   * @param taxonomy the taxonomy; {@link ClassificationTaxonomy#defaults()} unless set
   * @return this builder
   */
  public AccessPoliciesBuilder setTaxonomy(ClassificationTaxonomy taxonomy) {
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    return this;
  }

  /**
   * Names the default denial of sensitive ports and sets its rollout: in grace it warns and does not block.
   *
   * @param policyId the policy id named in denials and audit events
   * @param rollout {@link Rollout#enforced()} unless set
   * @return this builder
   */
  public AccessPoliciesBuilder setDefaultDeny(String policyId, Rollout rollout) {
    Objects.requireNonNull(policyId, "policyId");
    if (policyId.isBlank()) {
      throw new IllegalArgumentException("the default deny policy id must not be blank, was '" + policyId + "'");
    }
    this.denyId = policyId;
    this.denyRollout = Objects.requireNonNull(rollout, "rollout");
    return this;
  }

  /**
   * Adds the grants, masking rules, row filters, taxonomy and default denial of an access-policy YAML file
   * ({@code kind: access}, see docs/governance.md), in file order after what was added before.
   *
   * <pre>{@code
   * AccessPolicies p = AccessPolicies.builder().addYaml(Path.of("governance/crm-access.yaml"))
   *     .setSecrets(SecretProvider.of(Map.of("k-2025", key))).build();
   * }</pre>
   *
   * @param file the YAML file
   * @return this builder
   * @throws io.datamesh.api.MeshException {@code INVALID_ARGUMENT} naming file:line and the policy id for malformed
   *     YAML or a bad entry, {@code NOT_FOUND} if the file cannot be read
   */
  public AccessPoliciesBuilder addYaml(java.nio.file.Path file) {
    Objects.requireNonNull(file, "file");
    AccessPolicyReader.read(file.toString(), PolicySources.read(file), this);
    return this;
  }

  /**
   * Adds the access policies of a YAML document read from a URL (a class path resource, a file or HTTP), with a
   * size limit and network timeouts.
   *
   * @param url where the YAML is
   * @return this builder
   * @throws io.datamesh.api.MeshException {@code INVALID_ARGUMENT} naming url:line and the policy id,
   *     {@code UNAVAILABLE} if it cannot be read
   */
  public AccessPoliciesBuilder addYaml(java.net.URL url) {
    Objects.requireNonNull(url, "url");
    AccessPolicyReader.read(url.toString(), PolicySources.read(url), this);
    return this;
  }

  /**
   * Adds the access policies of a YAML text.
   *
   * @param yaml the YAML text
   * @param sourceName the name errors give as the file, such as {@code crm-access.yaml}
   * @return this builder
   * @throws io.datamesh.api.MeshException {@code INVALID_ARGUMENT} naming sourceName:line and the policy id
   */
  public AccessPoliciesBuilder addYaml(String yaml, String sourceName) {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(sourceName, "sourceName");
    AccessPolicyReader.read(sourceName, yaml, this);
    return this;
  }

  /**
   * Builds the policies.
   *
   * @return the policies
   */
  public AccessPolicies build() {
    return new AccessPolicies(this);
  }
}
