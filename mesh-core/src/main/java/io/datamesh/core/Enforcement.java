package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.ObservabilityPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.mask.Mask;
import io.datamesh.arrow.mask.SecretProvider;
import io.datamesh.core.governance.AccessPolicies;
import io.datamesh.core.governance.EnforcementPlan;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides every read once: the access policies' plan (or the custom controller's decision), the audit event, and
 * the row filter the read applies. A denial is audited, then thrown; no data is touched before.
 */
final class Enforcement {
  private static final Logger LOG = LoggerFactory.getLogger(Enforcement.class);
  static final String CONTROLLER_POLICY = "access-controller";
  static final String MASKED_FILTER_POLICY = "access.no-filter-on-masked-columns";

  private final String meshName;
  private final AccessController access;
  private final Optional<AccessPolicies> policies;
  private final Clock clock;
  private final Audit audit;
  private final AtomicBoolean warnedAllowAll = new AtomicBoolean();
  /** The last {@value #DENIALS_KEPT} denied reads, as policy results, so the governance report shows why. */
  private final java.util.Deque<io.datamesh.api.policy.PolicyResult> denials = new java.util.ArrayDeque<>();
  static final int DENIALS_KEPT = 200;

  /** Receives one audit event per read. */
  interface Audit {
    void emit(MeshEventType type, io.datamesh.api.PortAddress port, Map<String, Object> attributes);
  }

  Enforcement(String meshName, AccessController access, Optional<AccessPolicies> policies, Clock clock,
      Audit audit) {
    this.meshName = meshName;
    this.access = access;
    this.policies = policies;
    this.clock = clock;
    this.audit = audit;
  }

  SecretProvider secrets() {
    return policies.map(AccessPolicies::secrets).orElse(SecretProvider.none());
  }

  /** Returns the plan of an allowed read, after auditing it; audits and throws PERMISSION_DENIED otherwise. */
  EnforcementPlan decide(ReadRequest request, OutputPort port, Function<ReadRequest, OptionalLong> snapshot) {
    return decided(request, policies.map(p -> p.plan(request.principal(), port, clock.instant()))
        .orElseGet(() -> controller(request, port)), snapshot.apply(request));
  }

  /**
   * Decides a read of an observability port as {@link #decide} does an output port's: the access policies plan it
   * under its own address and the status contract {@code served}; a custom controller decides with
   * {@link AccessController#checkObservability}. The plan names the observability port.
   */
  EnforcementPlan decideStatus(ReadRequest request, DataProduct product, ObservabilityPort port, Contract served) {
    return decided(request, planStatus(request, product, port, served), OptionalLong.empty());
  }

  private EnforcementPlan planStatus(ReadRequest request, DataProduct product, ObservabilityPort port,
      Contract served) {
    return policies.map(p -> p.plan(request.principal(), port, served, clock.instant()))
        .orElseGet(() -> controller(request, () -> access.checkObservability(request, product, port)));
  }

  private EnforcementPlan decided(ReadRequest request, EnforcementPlan planned, OptionalLong snapshot) {
    EnforcementPlan plan = refuseFiltersOnMaskedColumns(request, planned);
    audit(request, plan, snapshot);
    plan.warnings().forEach(w -> LOG.warn("read of {} by {}: {}", request.port(), request.principal().id(), w));
    if (!plan.allowed()) {
      throw new MeshException(MeshStatus.PERMISSION_DENIED, "read of " + request.port() + " by "
          + request.principal().id() + " denied: " + plan.reason());
    }
    return plan;
  }

  /**
   * Returns the plan a principal's reads of a port would get, for discovery (no audit event, nothing read); a
   * denial throws PERMISSION_DENIED as a read would.
   */
  EnforcementPlan view(io.datamesh.api.read.Principal principal, OutputPort port) {
    ReadRequest request = ReadRequest.of(port.address(), principal);
    EnforcementPlan plan = policies.map(p -> p.plan(principal, port, clock.instant()))
        .orElseGet(() -> controller(request, port));
    if (!plan.allowed()) {
      throw new MeshException(MeshStatus.PERMISSION_DENIED, "the contract of " + port.address() + " is not shown"
          + " to " + principal.id() + ": " + plan.reason());
    }
    return plan;
  }

  /** Returns the plan a principal's reads of an observability port would get, as {@link #view} does. */
  EnforcementPlan viewStatus(Principal principal, DataProduct product, ObservabilityPort port, Contract served) {
    EnforcementPlan plan = planStatus(ReadRequest.of(port.address(), principal), product, port, served);
    if (!plan.allowed()) {
      throw new MeshException(MeshStatus.PERMISSION_DENIED, "the contract of " + port.address() + " is not shown"
          + " to " + principal.id() + ": " + plan.reason());
    }
    return plan;
  }

  /**
   * Tells whether a principal reads a port's data in clear: allowed, with no mask and no row filter. Nothing is read
   * and nothing audited; an observability read asks it before serving a quality gate's failure reason, which can
   * quote data (a custom controller's {@link AccessController#check} is called once, with a request of the port).
   */
  boolean seesInClear(io.datamesh.api.read.Principal principal, OutputPort port) {
    try {
      EnforcementPlan plan = view(principal, port);
      return plan.masks().isEmpty() && plan.rowFilter().isEmpty();
    } catch (MeshException e) {
      return false;
    }
  }

  /** Returns the filter a read applies: the request's, and the plan's row filter. */
  static Optional<Expression> filter(ReadRequest request, EnforcementPlan plan) {
    if (request.filter().isPresent() && plan.rowFilter().isPresent()) {
      return Optional.of(Expression.and(request.filter().get(), plan.rowFilter().get()));
    }
    return request.filter().or(plan::rowFilter);
  }

  private EnforcementPlan controller(ReadRequest request, OutputPort port) {
    return controller(request, () -> access.check(request, port));
  }

  /** Asks the custom controller; the plan names the port the request reads. */
  private EnforcementPlan controller(ReadRequest request, Supplier<AccessDecision> decision) {
    if (access == AllowAll.INSTANCE && warnedAllowAll.compareAndSet(false, true)) {
      LOG.warn("mesh '{}' allows every read: no AccessController is set; set one with"
          + " MeshBuilder.setAccessController or MeshBuilder.setAccessPolicies", meshName);
    }
    try {
      AccessDecision d = decision.get();
      return d.allowed() ? EnforcementPlan.allowAll(request.port(), CONTROLLER_POLICY, "")
          : EnforcementPlan.deny(request.port(), CONTROLLER_POLICY, d.reason(), "");
    } catch (RuntimeException e) {
      LOG.error("access controller failed on a read of {} by {}; the read is denied", request.port(),
          request.principal().id(), e);
      return EnforcementPlan.deny(request.port(), CONTROLLER_POLICY, "the access controller failed (" + e + ")",
          "");
    }
  }

  /** A filter on a masked column would let a reader probe clear values row by row, so it is refused. */
  private static EnforcementPlan refuseFiltersOnMaskedColumns(ReadRequest request, EnforcementPlan plan) {
    List<String> probed = request.filter().map(f -> plan.masks().stream().map(Mask::column)
        .filter(f.columns()::contains).toList()).orElse(List.of());
    if (!plan.allowed() || probed.isEmpty()) {
      return plan;
    }
    return EnforcementPlan.deny(plan.port(), MASKED_FILTER_POLICY, "policy " + MASKED_FILTER_POLICY
        + ": the filter reads masked columns " + probed + "; filter on columns the principal sees in clear",
        plan.policyVersion());
  }

  private void remember(ReadRequest request, EnforcementPlan plan) {
    String policy = plan.policyIds().isEmpty() ? "access" : plan.policyIds().get(0);
    var finding = io.datamesh.api.policy.Finding.fail(request.principal().id() + " reading " + request.port(),
        plan.reason(), "grant the principal (or one of its roles or attributes) access to the port with"
            + " AccessPolicies.builder().addGrant(...), or read as a principal that has a grant");
    var result = new io.datamesh.api.policy.PolicyResult(policy, io.datamesh.api.policy.PolicyTrigger.ACCESS,
        io.datamesh.api.policy.PolicySeverity.ERROR, io.datamesh.api.policy.Rollout.enforced(),
        io.datamesh.api.policy.RolloutStage.ENFORCED, finding);
    synchronized (denials) {
      if (denials.size() == DENIALS_KEPT) {
        denials.removeFirst();
      }
      denials.addLast(result);
    }
  }

  /** The recent denied reads of a product's ports (or of every port when {@code product} is null). */
  java.util.List<io.datamesh.api.policy.PolicyResult> denials(io.datamesh.api.@org.jspecify.annotations.Nullable ProductUrn product) {
    synchronized (denials) {
      return denials.stream().filter(r -> product == null || r.finding().subject().contains(product + ":"))
          .toList();
    }
  }

  private void audit(ReadRequest request, EnforcementPlan plan, OptionalLong snapshot) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("decision", !plan.allowed() ? "deny" : plan.masks().isEmpty() && plan.rowFilter().isEmpty() ? "allow"
        : plan.rowFilter().isEmpty() ? "mask" : plan.masks().isEmpty() ? "filter" : "mask+filter");
    a.put("policyIds", plan.policyIds());
    a.put("principal", request.principal().id());
    a.put("port", request.port().toString());
    snapshot.ifPresent(id -> a.put("snapshot", id));
    a.put("masks", plan.masks().stream().map(m -> m.column() + ":" + m.method().label()).toList());
    plan.rowFilter().ifPresent(f -> a.put("rowFilter", f.toString()));
    a.put("warnings", plan.warnings());
    a.put("policyVersion", plan.policyVersion());
    a.put("planFingerprint", plan.fingerprint());
    if (!plan.allowed()) {
      a.put("reason", plan.reason());
      remember(request, plan);
    }
    try {
      audit.emit(MeshEventType.ACCESS_DECISION, request.port(), a);
    } catch (RuntimeException e) {
      LOG.error("mesh '{}': auditing a read of {} failed", meshName, request.port(), e);
    }
  }
}
