package io.datamesh.core.governance;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.policy.Finding;
import io.datamesh.api.policy.Policy;
import io.datamesh.api.policy.PolicyScope;
import io.datamesh.api.policy.PolicySeverity;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.api.policy.Rollout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The built-in policies implemented in Java. {@link PolicySet#builtIns()} is the canonical, YAML form; the
 * descriptor policies here are its Java twins (a differential test keeps them in step), and semantic versioning
 * and classification propagation exist only in Java (YAML refers to them with {@code builtin:}).
 *
 * <pre>{@code
 * PolicySet set = PolicySet.builder().setName("java").setVersion("1.0.0")
 *     .addPolicy(BuiltInPolicies.semanticVersioning()).build();
 * }</pre>
 */
public final class BuiltInPolicies {
  static final String NAMES = "semantic-versioning, classification-propagation";

  private BuiltInPolicies() {}

  /**
   * Returns the Java twins of every built-in, with the same ids and defaults as {@link PolicySet#builtIns()}.
   *
   * @return the policies
   */
  public static List<Policy> all() {
    PolicySet yaml = PolicySet.builtIns();
    List<Policy> out = new ArrayList<>();
    for (Policy p : yaml.policies()) {
      out.add(twin(p));
    }
    return out;
  }

  /**
   * Returns the semantic versioning policy: removing a field or output port, or changing a field's type, without
   * a major bump fails.
   *
   * @return the policy
   */
  public static Policy semanticVersioning() {
    return PolicySet.builtIns().policy("mesh.semantic-versioning").orElseThrow();
  }

  /**
   * Returns the classification propagation policy with the default floor ({@code confidential}).
   *
   * @return the policy
   */
  public static Policy classificationPropagation() {
    return PolicySet.builtIns().policy("mesh.classification-propagation").orElseThrow();
  }

  /** Returns the Java twin of a YAML built-in (Java-only built-ins are their own twin). */
  static Policy twin(Policy yaml) {
    if (yaml instanceof JavaBuiltIn) {
      return yaml;
    }
    BiFunction<PolicySubject, ClassificationTaxonomy, List<String>> check = switch (yaml.id()) {
      case "mesh.owner-required" -> DescriptorChecks::ownerRequired;
      case "mesh.output-port-contract" -> DescriptorChecks::outputPortContract;
      case "mesh.field-description" -> DescriptorChecks::fieldDescription;
      case "mesh.field-classification" -> DescriptorChecks::fieldClassification;
      case "mesh.naming.product" -> DescriptorChecks::productNaming;
      case "mesh.naming.port" -> DescriptorChecks::portNaming;
      case "mesh.naming.field" -> DescriptorChecks::fieldNaming;
      case "mesh.slo-declared" -> DescriptorChecks::sloDeclared;
      case "mesh.deprecation-policy" -> DescriptorChecks::deprecationPolicy;
      case "mesh.inputs-from-active" -> DescriptorChecks::inputsFromActive;
      default -> throw new IllegalStateException("built-in " + yaml.id() + " has no Java twin");
    };
    String fix = ((YamlPolicy) yaml).fix();
    return new JavaBuiltIn(yaml.id(), yaml.description(), yaml.scope(), yaml.triggers(), yaml.severity(),
        yaml.rollout(), JavaBuiltIn.pointers(yaml.description(), fix, check), ClassificationTaxonomy.defaults());
  }

  /** Creates a Java-only built-in named by a YAML policy's {@code builtin:} key. */
  static Policy named(String name, String id, String description, PolicyScope scope, Set<PolicyTrigger> triggers,
      PolicySeverity severity, Rollout rollout, Map<String, String> params, ClassificationTaxonomy taxonomy,
      String origin) {
    BiFunction<PolicySubject, ClassificationTaxonomy, List<Finding>> check = switch (name) {
      case "semantic-versioning" -> {
        noParams(params, name, id, origin);
        yield SemanticVersioning::check;
      }
      case "classification-propagation" -> {
        String floor = params.getOrDefault("from", "confidential");
        if (params.keySet().stream().anyMatch(k -> !k.equals("from"))) {
          throw new MeshException(MeshStatus.INVALID_ARGUMENT, origin + ": policy '" + id + "': built-in " + name
              + " takes only the parameter 'from', got " + params.keySet());
        }
        yield (s, t) -> ClassificationPropagation.check(s, t, floor);
      }
      default -> throw new MeshException(MeshStatus.INVALID_ARGUMENT, origin + ": policy '" + id
          + "': unknown built-in '" + name + "'; expected one of " + NAMES);
    };
    return new JavaBuiltIn(id, description, scope, triggers, severity, rollout, check, taxonomy);
  }

  private static void noParams(Map<String, String> params, String name, String id, String origin) {
    if (!params.isEmpty()) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, origin + ": policy '" + id + "': built-in " + name
          + " takes no parameters, got " + params.keySet());
    }
  }
}
