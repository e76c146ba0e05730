package io.datamesh.core.governance;

import io.datamesh.api.MeshException;
import io.datamesh.api.Version;
import io.datamesh.api.policy.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Declares a {@link PolicySet} in code.
 *
 * <p>{@code PolicySet.builder().setName("sales").setVersion("1.0.0").addPolicy(policy).build()}
 */
public final class PolicySetBuilder {
  private String name = "unnamed";
  private String version = "0.0.0";
  private @Nullable ClassificationTaxonomy taxonomy;
  private final Map<String, Policy> policies = new LinkedHashMap<>();
  private final List<PolicyOverride> overrides = new ArrayList<>();

  PolicySetBuilder() {}

  /**
   * Names the set.
   *
   * @param value such as {@code acme-global}
   * @return this builder
   */
  public PolicySetBuilder setName(String value) {
    Objects.requireNonNull(value, "name");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a policy set name must not be blank");
    }
    this.name = value;
    return this;
  }

  /**
   * Sets the set's semantic version.
   *
   * @param value such as {@code 2.1.0}
   * @return this builder
   * @throws IllegalArgumentException if the version is not semantic
   */
  public PolicySetBuilder setVersion(String value) {
    Objects.requireNonNull(value, "version");
    try {
      Version.parse(value);
    } catch (MeshException e) {
      throw new IllegalArgumentException("policy set version '" + value + "' is not a semantic version such as"
          + " 1.0.0", e);
    }
    this.version = value;
    return this;
  }

  /**
   * Declares the classification taxonomy (global sets only).
   *
   * @param value the taxonomy
   * @return this builder
   */
  public PolicySetBuilder setTaxonomy(ClassificationTaxonomy value) {
    this.taxonomy = Objects.requireNonNull(value, "taxonomy");
    return this;
  }

  /**
   * Adds a policy.
   *
   * @param policy the policy, whose id must be new to this set
   * @return this builder
   * @throws IllegalArgumentException if the id is already in the set
   */
  public PolicySetBuilder addPolicy(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    if (policies.putIfAbsent(policy.id(), policy) != null) {
      throw new IllegalArgumentException("policy set '" + name + "' already has a policy '" + policy.id()
          + "'; policy ids are unique within a set");
    }
    return this;
  }

  /**
   * Adds every policy and override of another set, and its taxonomy if this builder has none.
   *
   * @param other the set
   * @return this builder
   */
  public PolicySetBuilder addPolicies(PolicySet other) {
    Objects.requireNonNull(other, "other");
    other.policies().forEach(this::addPolicy);
    overrides.addAll(other.overrides());
    if (taxonomy == null) {
      taxonomy = other.taxonomy().orElse(null);
    }
    return this;
  }

  /**
   * Adds an override of a global policy (domain sets only).
   *
   * @param override the override
   * @return this builder
   */
  public PolicySetBuilder addOverride(PolicyOverride override) {
    overrides.add(Objects.requireNonNull(override, "override"));
    return this;
  }

  /**
   * Builds the set.
   *
   * @return the set
   */
  public PolicySet build() {
    return new PolicySet(name, version, Optional.ofNullable(taxonomy), List.copyOf(policies.values()), overrides,
        "code");
  }
}
