package io.datamesh.api.policy;

import io.datamesh.api.DomainKind;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Declares a {@link PolicyScope}.
 *
 * <p>{@code PolicyScope.builder().addDomain("hr").addTag("pii").build()}
 */
public final class PolicyScopeBuilder {
  private final Set<String> domains = new LinkedHashSet<>();
  private final Set<DomainKind> kinds = new LinkedHashSet<>();
  private final Set<String> tags = new LinkedHashSet<>();
  private final Set<String> classifications = new LinkedHashSet<>();

  PolicyScopeBuilder() {}

  /**
   * Adds a domain the policy applies to.
   *
   * @param domain a domain name
   * @return this builder
   */
  public PolicyScopeBuilder addDomain(String domain) {
    domains.add(nonBlank(domain, "domain"));
    return this;
  }

  /**
   * Adds a domain kind the policy applies to.
   *
   * @param kind the kind
   * @return this builder
   */
  public PolicyScopeBuilder addKind(DomainKind kind) {
    kinds.add(Objects.requireNonNull(kind, "kind"));
    return this;
  }

  /**
   * Adds a product tag the policy applies to.
   *
   * @param tag the tag
   * @return this builder
   */
  public PolicyScopeBuilder addTag(String tag) {
    tags.add(nonBlank(tag, "tag"));
    return this;
  }

  /**
   * Adds a field classification the policy applies to.
   *
   * @param classification such as {@code restricted}
   * @return this builder
   */
  public PolicyScopeBuilder addClassification(String classification) {
    classifications.add(nonBlank(classification, "classification"));
    return this;
  }

  /**
   * Builds the scope.
   *
   * @return the scope
   */
  public PolicyScope build() {
    return new PolicyScope(domains, kinds, tags, classifications);
  }

  private static String nonBlank(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException("a scope " + what + " must not be blank");
    }
    return value;
  }
}
