package io.datamesh.core.governance;

import io.datamesh.api.DataProduct;
import io.datamesh.api.policy.Policy;
import io.datamesh.api.policy.PolicyResult;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates policies on products: with one policy set in a product's unit test (the BUILD trigger, no mesh), or
 * with a global set and domain sets federated (the mesh builds one of these). Thread-safe and immutable.
 *
 * <pre>{@code
 * GovernanceReport report = Governance.evaluate(orders, PolicySet.builtIns(), PolicyTrigger.BUILD);
 * assertThat(report.blocking()).isEmpty();
 *
 * Governance federated = Governance.builder()
 *     .setPolicies(PolicySet.loadResource("governance/global.yaml"))
 *     .addDomainPolicies("sales", PolicySet.loadResource("governance/sales.yaml"))
 *     .build();
 * federated.evaluate(PolicySubject.of(PolicyTrigger.REGISTER, orders, Optional.of(previous)));
 * }</pre>
 *
 * <p>The publish path (another feature) calls {@link #evaluate(PolicySubject)} with {@link PolicyTrigger#PUBLISH}
 * before it commits a snapshot, and refuses the snapshot when the report {@link GovernanceReport#hasBlocking()}.
 */
public final class Governance {
  private final List<Policy> global;
  private final Map<String, List<Policy>> domains;
  private final PolicySetVersion globalVersion;
  private final Map<String, List<PolicySetVersion>> domainVersions;
  private final ClassificationTaxonomy taxonomy;
  private final Clock clock;

  Governance(List<Policy> global, Map<String, List<Policy>> domains, PolicySetVersion globalVersion,
      Map<String, List<PolicySetVersion>> domainVersions, ClassificationTaxonomy taxonomy, Clock clock) {
    this.global = List.copyOf(global);
    this.domains = Map.copyOf(domains);
    this.globalVersion = globalVersion;
    this.domainVersions = Map.copyOf(domainVersions);
    this.taxonomy = taxonomy;
    this.clock = clock;
  }

  /**
   * Starts configuring a federated governance: a global set, domain sets and a clock.
   *
   * @return a builder
   */
  public static GovernanceBuilder builder() {
    return new GovernanceBuilder();
  }

  /**
   * Evaluates one policy set on a product without a mesh, such as in the product's unit test, at the system clock.
   *
   * @param product the product
   * @param policies the policy set
   * @param trigger the moment, usually {@link PolicyTrigger#BUILD}; policies without it are skipped
   * @return every result of every policy in scope
   */
  public static GovernanceReport evaluate(DataProduct product, PolicySet policies, PolicyTrigger trigger) {
    return builder().setPolicies(policies).build().evaluate(PolicySubject.of(trigger, product));
  }

  /**
   * Prints the JSON document YAML policies select from for a subject, to write or debug a policy.
   *
   * @param subject the subject
   * @return the pretty-printed JSON
   */
  public static String descriptorJson(PolicySubject subject) {
    return Json.write(Projection.product(Objects.requireNonNull(subject, "subject")));
  }

  /**
   * Evaluates the policies in scope whose triggers include the subject's trigger.
   *
   * @param subject the product before and after the operation
   * @return the report
   */
  public GovernanceReport evaluate(PolicySubject subject) {
    Objects.requireNonNull(subject, "subject");
    List<Policy> run = policies(subject.current()).stream()
        .filter(p -> p.triggers().contains(subject.trigger())).toList();
    Instant now = clock.instant();
    return new GovernanceReport(versions(subject.current()), now, Evaluator.run(run, subject, now));
  }

  /**
   * Evaluates every policy in scope on every subject, whatever its triggers: the compliance state of a mesh.
   *
   * @param subjects the subjects
   * @return one report over all subjects
   */
  public GovernanceReport report(List<PolicySubject> subjects) {
    Instant now = clock.instant();
    List<PolicyResult> results = new ArrayList<>();
    Set<PolicySetVersion> versions = new LinkedHashSet<>();
    versions.add(globalVersion);
    for (PolicySubject s : subjects) {
      results.addAll(Evaluator.run(policies(s.current()), s, now));
      versions.addAll(versions(s.current()));
    }
    return new GovernanceReport(List.copyOf(versions), now, results);
  }

  /**
   * Returns the policies a product sees: the global ones (with its domain's overrides) and its domain's own, each
   * only if the product is in its scope.
   *
   * @param product the product
   * @return the policies in scope
   */
  public List<Policy> policies(DataProduct product) {
    List<Policy> all = domains.getOrDefault(domainOf(product), global);
    return all.stream().filter(p -> p.scope().matches(product)).toList();
  }

  /**
   * Tells whether any policy runs at a trigger, so a mesh schedules nothing when none does.
   *
   * @param trigger the trigger
   * @return true if a global or domain policy has it
   */
  public boolean hasTrigger(PolicyTrigger trigger) {
    return global.stream().anyMatch(p -> p.triggers().contains(trigger)) || domains.values().stream()
        .flatMap(List::stream).anyMatch(p -> p.triggers().contains(trigger));
  }

  /**
   * Returns the classification taxonomy of the global set.
   *
   * @return the taxonomy
   */
  public ClassificationTaxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * Returns the clock rollouts are read against.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  private List<PolicySetVersion> versions(DataProduct product) {
    List<PolicySetVersion> out = new ArrayList<>();
    out.add(globalVersion);
    out.addAll(domainVersions.getOrDefault(domainOf(product), List.of()));
    return out;
  }

  /** A descriptor read without the builder's checks may lack a domain; the global policies still apply. */
  private static String domainOf(DataProduct product) {
    return product.domain() == null ? "" : product.domain().name();
  }
}
