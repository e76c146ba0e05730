package io.datamesh.core.governance;

import io.datamesh.api.policy.Policy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configures a {@link Governance}: the global set, the domain sets, and the clock rollouts are read against.
 *
 * <p>{@code Governance.builder().setPolicies(global).addDomainPolicies("sales", sales).setClock(clock).build()}
 */
public final class GovernanceBuilder {
  private PolicySet global = PolicySet.empty();
  private final Map<String, List<PolicySet>> domains = new LinkedHashMap<>();
  private Clock clock = Clock.systemUTC();

  GovernanceBuilder() {}

  /**
   * Sets the global policy set, which applies mesh-wide.
   *
   * @param set the set; empty unless set
   * @return this builder
   */
  public GovernanceBuilder setPolicies(PolicySet set) {
    this.global = Objects.requireNonNull(set, "set");
    return this;
  }

  /**
   * Adds a domain's policy set: its policies and overrides apply to that domain's products only.
   *
   * @param domain the domain name
   * @param set the set
   * @return this builder
   */
  public GovernanceBuilder addDomainPolicies(String domain, PolicySet set) {
    Objects.requireNonNull(domain, "domain");
    if (domain.isBlank()) {
      throw new IllegalArgumentException("a domain name must not be blank");
    }
    domains.computeIfAbsent(domain, d -> new ArrayList<>()).add(Objects.requireNonNull(set, "set"));
    return this;
  }

  /**
   * Sets the clock that decides when a grace rollout becomes enforced.
   *
   * @param value {@link Clock#systemUTC()} unless set
   * @return this builder
   */
  public GovernanceBuilder setClock(Clock value) {
    this.clock = Objects.requireNonNull(value, "clock");
    return this;
  }

  /**
   * Federates the sets and builds the governance.
   *
   * @return the governance
   * @throws io.datamesh.api.MeshException {@code INVALID_ARGUMENT} listing every override a domain may not make,
   *     with where it was declared and the policy id
   */
  public Governance build() {
    Federation f = new Federation(global);
    Map<String, List<Policy>> perDomain = new LinkedHashMap<>();
    Map<String, List<PolicySetVersion>> versions = new LinkedHashMap<>();
    domains.forEach((domain, sets) -> {
      perDomain.put(domain, f.domain(domain, sets));
      versions.put(domain, sets.stream()
          .map(s -> new PolicySetVersion("domain " + domain, s.name(), s.version())).toList());
    });
    f.throwIfAny();
    return new Governance(f.global(), perDomain, new PolicySetVersion("global", global.name(), global.version()),
        versions, f.taxonomy(), clock);
  }
}
