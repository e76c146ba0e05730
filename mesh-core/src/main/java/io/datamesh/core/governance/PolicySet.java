package io.datamesh.core.governance;

import io.datamesh.api.policy.Policy;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, versioned set of policies: the mesh's global set, or a domain's set that adds policies and overrides
 * global ones. Loaded from YAML (a classpath resource, a file or a URL) or built in code. Immutable.
 *
 * <pre>{@code
 * PolicySet global = PolicySet.builder().setName("acme-global").setVersion("2.1.0")
 *     .addPolicies(PolicySet.builtIns())
 *     .addPolicies(PolicySet.load(Path.of("governance/acme.yaml")))
 *     .build();
 * GovernanceReport r = Governance.evaluate(product, global, PolicyTrigger.BUILD);
 * }</pre>
 */
public final class PolicySet {
  static final String BUILT_INS = "builtins.yaml";

  private final String name;
  private final String version;
  private final Optional<ClassificationTaxonomy> taxonomy;
  private final List<Policy> policies;
  private final List<PolicyOverride> overrides;
  private final String source;

  PolicySet(String name, String version, Optional<ClassificationTaxonomy> taxonomy, List<Policy> policies,
      List<PolicyOverride> overrides, String source) {
    this.name = name;
    this.version = version;
    this.taxonomy = taxonomy;
    this.policies = List.copyOf(policies);
    this.overrides = List.copyOf(overrides);
    this.source = source;
  }

  /**
   * Starts declaring a policy set in code.
   *
   * @return a builder
   */
  public static PolicySetBuilder builder() {
    return new PolicySetBuilder();
  }

  /**
   * Returns the empty set, version 0.0.0: no policy applies.
   *
   * @return the empty set
   */
  public static PolicySet empty() {
    return new PolicySet("none", "0.0.0", Optional.empty(), List.of(), List.of(), "code");
  }

  /**
   * Returns the SDK's built-in policies, read from their YAML in this module.
   *
   * @return the built-in set, named {@code datamesh-builtins}
   */
  public static PolicySet builtIns() {
    return load(Objects.requireNonNull(PolicySet.class.getResource(BUILT_INS), BUILT_INS));
  }

  /**
   * Loads a policy set from a YAML file.
   *
   * @param file the file
   * @return the set
   * @throws io.datamesh.api.MeshException {@code INVALID_ARGUMENT} naming file:line and the policy id, or
   *     {@code NOT_FOUND} if the file cannot be read
   */
  public static PolicySet load(Path file) {
    Objects.requireNonNull(file, "file");
    return PolicySetReader.read(file.toString(), PolicySources.read(file));
  }

  /**
   * Loads a policy set from a URL: {@code file:} and {@code jar:} URLs, or {@code http(s):} with a 10 second
   * timeout.
   *
   * @param url the URL
   * @return the set
   * @throws io.datamesh.api.MeshException {@code INVALID_ARGUMENT} naming the URL, line and policy id;
   *     {@code UNAVAILABLE} if it cannot be read
   */
  public static PolicySet load(URL url) {
    Objects.requireNonNull(url, "url");
    return PolicySetReader.read(url.toString(), PolicySources.read(url));
  }

  /**
   * Loads a policy set from a classpath resource, through the thread's context class loader, then this module's.
   *
   * @param name such as {@code governance/acme.yaml}
   * @return the set
   * @throws io.datamesh.api.MeshException {@code NOT_FOUND} if no class loader has the resource
   */
  public static PolicySet loadResource(String name) {
    Objects.requireNonNull(name, "name");
    return load(PolicySources.resource(name));
  }

  /**
   * Parses a policy set from YAML text.
   *
   * @param yaml the YAML
   * @param sourceName the name errors use for the text, such as a file name
   * @return the set
   */
  public static PolicySet parse(String yaml, String sourceName) {
    return PolicySetReader.read(Objects.requireNonNull(sourceName, "sourceName"), Objects.requireNonNull(yaml));
  }

  /**
   * Returns the set's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the set's semantic version, which reports show.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Returns the classification taxonomy the set declares; only a global set may declare one.
   *
   * @return the taxonomy, if declared
   */
  public Optional<ClassificationTaxonomy> taxonomy() {
    return taxonomy;
  }

  /**
   * Returns the policies, in declaration order.
   *
   * @return the policies
   */
  public List<Policy> policies() {
    return policies;
  }

  /**
   * Returns the overrides of global policies; only a domain set may declare them.
   *
   * @return the overrides
   */
  public List<PolicyOverride> overrides() {
    return overrides;
  }

  /**
   * Returns where the set was read from, or {@code code}.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Finds a policy by id.
   *
   * @param id the policy id
   * @return the policy, or empty
   */
  public Optional<Policy> policy(String id) {
    return policies.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return "PolicySet[" + name + " " + version + ", " + policies.size() + " policies, from " + source + "]";
  }
}
