package io.datamesh.core.governance;

import io.datamesh.api.ObservabilityPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.policy.Rollout;
import io.datamesh.api.policy.RolloutStage;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.arrow.mask.Mask;
import io.datamesh.arrow.mask.SecretProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The access policies of a mesh, as data: grants, the default denial of ports with confidential or restricted
 * columns, masking rules by classification and principal, and row filters per port and principal. Decides every
 * read with {@link #plan}; a mesh set up with {@code MeshBuilder.setAccessPolicies} enforces the plan on every
 * read, in process, over IPC and for transforms.
 *
 * <pre>{@code
 * AccessPolicies policies = AccessPolicies.builder()
 *     .addGrant(Grant.of("grant.marketing", PrincipalMatch.attribute("department", "marketing"), customers))
 *     .addMaskingRule(MaskingRule.of("mask.email-hash", "restricted", PrincipalMatch.any(), MaskMethod.HASH, 0, "k1"))
 *     .setSecrets(SecretProvider.of(Map.of("k1", key)))
 *     .build();
 * Mesh mesh = Mesh.builder().setAccessPolicies(policies).build();
 * }</pre>
 */
public final class AccessPolicies {
  /** The id of the default denial unless {@link AccessPoliciesBuilder#setDefaultDeny} renames it. */
  public static final String DEFAULT_DENY_ID = "access.sensitive-default-deny";

  private final List<Grant> grants;
  private final List<MaskingRule> masking;
  private final List<RowFilterRule> filters;
  private final SecretProvider secrets;
  private final ClassificationTaxonomy taxonomy;
  private final String denyId;
  private final Rollout denyRollout;
  private final String version;

  AccessPolicies(AccessPoliciesBuilder b) {
    this.grants = List.copyOf(b.grants);
    this.masking = List.copyOf(b.masking);
    this.filters = List.copyOf(b.filters);
    this.secrets = b.secrets;
    this.taxonomy = b.taxonomy;
    this.denyId = b.denyId;
    this.denyRollout = b.denyRollout;
    this.version = EnforcementPlan.sha256(grants + "|" + masking + "|" + filters + "|" + taxonomy + "|" + denyId
        + "|" + denyRollout).substring(0, 16);
  }

  /**
   * Starts a policy set.
   *
   * @return a builder
   */
  public static AccessPoliciesBuilder builder() {
    return new AccessPoliciesBuilder();
  }

  /**
   * Loads access policies from a YAML file ({@code kind: access}); hash masks need keys, so use
   * {@link AccessPoliciesBuilder#addYaml(java.nio.file.Path)} with {@link AccessPoliciesBuilder#setSecrets} when
   * the file hashes.
   *
   * <pre>{@code
   * Mesh mesh = Mesh.builder().setAccessPolicies(AccessPolicies.fromYaml(Path.of("crm-access.yaml"))).build();
   * }</pre>
   *
   * @param file the YAML file
   * @return the policies
   * @throws io.datamesh.api.MeshException {@code INVALID_ARGUMENT} naming file:line and the policy id
   */
  public static AccessPolicies fromYaml(java.nio.file.Path file) {
    return builder().addYaml(file).build();
  }

  /**
   * Returns the version of these policies: a digest of their content, so any change gives a new version.
   *
   * @return 16 hex digits
   */
  public String version() {
    return version;
  }

  /**
   * Returns the keys of hash masks.
   *
   * @return the secret provider
   */
  public SecretProvider secrets() {
    return secrets;
  }

  /**
   * Decides a read and binds its masks and row filter.
   *
   * @param principal who reads
   * @param port the output port read
   * @param now the mesh clock's instant, for grant expiry and rollouts
   * @return the plan; {@link EnforcementPlan#allowed()} is false for a denial
   */
  public EnforcementPlan plan(Principal principal, OutputPort port, Instant now) {
    return plan(principal, port.address(), port.contract(), now);
  }

  /**
   * Decides a read of an observability port, which serves the status of its product's output ports under the
   * contract {@code served} (no row of their data): grants, masking rules and row filters that name the
   * observability port apply as they do to an output port. The status contract classifies no column, so the
   * default denial of sensitive ports does not apply, however restricted the output ports are.
   *
   * <p>{@code policies.plan(principal, observabilityPort, mesh.contract(observabilityPort.address()).orElseThrow(),
   * clock.instant())}
   *
   * @param principal who reads
   * @param port the observability port read
   * @param served the contract the port serves under
   * @param now the mesh clock's instant, for grant expiry and rollouts
   * @return the plan; {@link EnforcementPlan#allowed()} is false for a denial
   */
  public EnforcementPlan plan(Principal principal, ObservabilityPort port, Contract served, Instant now) {
    return plan(principal, port.address(), served, now);
  }

  private EnforcementPlan plan(Principal principal, PortAddress address, Contract contract, Instant now) {
    List<String> ids = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, String> sensitive = sensitiveColumns(contract);
    Optional<Grant> grant = grants.stream().filter(g -> g.port().equals(address))
        .filter(g -> g.grants(principal, now)).findFirst();
    grant.ifPresent(g -> ids.add(g.id()));
    if (grant.isEmpty() && !sensitive.isEmpty()) {
      RolloutStage stage = denyRollout.stageAt(now);
      String why = "policy " + denyId + ": port " + address + " has confidential or restricted columns "
          + sensitive.keySet() + " and no grant lets " + principal.id() + " read it; ask the governance team for a"
          + " grant";
      if (stage == RolloutStage.ENFORCED) {
        return EnforcementPlan.deny(address, denyId, why, version);
      }
      if (stage == RolloutStage.GRACE) {
        warnings.add(why + " (in grace until " + denyRollout.graceUntil().orElseThrow() + ", not blocking yet)");
        ids.add(denyId);
      }
    }
    List<Mask> masks = masks(principal, contract, ids, warnings, now);
    List<Expression> rows = new ArrayList<>();
    for (RowFilterRule r : filters) {
      if (r.port().equals(address) && r.who().matches(principal)) {
        rows.add(r.filter());
        ids.add(r.id());
      }
    }
    Optional<Expression> filter = rows.isEmpty() ? Optional.empty()
        : Optional.of(rows.size() == 1 ? rows.get(0) : Expression.and(rows));
    Map<String, String> bound = new LinkedHashMap<>();
    filter.ifPresent(f -> f.principalAttributes().forEach(a -> bound.put(a,
        principal.attribute(a).orElse("\u0000absent"))));
    return new EnforcementPlan(address, true, ids, "allowed", warnings, masks, filter, bound, version);
  }

  private List<Mask> masks(Principal principal, Contract contract, List<String> ids, List<String> warnings,
      Instant now) {
    List<Mask> out = new ArrayList<>();
    for (SchemaObject o : contract.schema()) {
      for (SchemaProperty p : o.properties()) {
        if (out.stream().anyMatch(x -> x.column().equals(p.name()))) {
          continue;
        }
        for (MaskingRule r : masking) {
          if (!r.appliesTo(p.name(), p.classification()) || !r.who().matches(principal)) {
            continue;
          }
          RolloutStage stage = r.rollout().stageAt(now);
          if (stage == RolloutStage.DRAFT) {
            continue; // a draft rule does nothing: the next matching rule decides
          }
          if (stage == RolloutStage.GRACE && r.method().isPresent()) {
            warnings.add("policy " + r.id() + " would mask column '" + p.name() + "' (" + r.method().get().label()
                + ") for " + principal.id() + " (in grace until " + r.rollout().graceUntil().orElseThrow()
                + ", not masking yet)");
            addOnce(ids, r.id());
            break;
          }
          r.method().ifPresent(m -> out.add(new Mask(p.name(), m, r.keepLast(), r.keyId())));
          if (r.method().isPresent()) {
            addOnce(ids, r.id());
          }
          break;
        }
      }
    }
    return out;
  }

  private static void addOnce(List<String> ids, String id) {
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }

  private Map<String, String> sensitiveColumns(Contract contract) {
    int floor = taxonomy.rank("confidential").orElse(Integer.MAX_VALUE);
    Map<String, String> out = new LinkedHashMap<>();
    for (SchemaObject o : contract.schema()) {
      for (SchemaProperty p : o.properties()) {
        p.classification().filter(c -> taxonomy.rank(c).orElse(-1) >= floor).ifPresent(c -> out.put(p.name(), c));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "AccessPolicies[" + grants.size() + " grants, " + masking.size() + " masking rules, " + filters.size()
        + " row filters, version " + version + "]";
  }
}
