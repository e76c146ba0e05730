package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.InputPort;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.policy.PolicyResult;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.core.governance.Governance;
import io.datamesh.core.governance.GovernanceReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mesh's side of governance: evaluates policies at REGISTER, STAGE_TRANSITION, PUBLISH and SCHEDULED with the
 * registry as context, turns blocking failures into one exception, and emits POLICY_EVALUATED events.
 */
final class MeshGovernance {
  private static final Logger LOG = LoggerFactory.getLogger(MeshGovernance.class);

  private final Governance governance;
  private final EventDispatcher events;
  private final Duration schedule;

  MeshGovernance(Governance governance, EventDispatcher events, Duration schedule) {
    this.governance = governance;
    this.events = events;
    this.schedule = schedule;
  }

  /** Federates the builder's policy sets; throws before the mesh starts any thread. */
  static Governance federate(MeshBuilder b) {
    var g = Governance.builder().setPolicies(b.policies).setClock(b.clock);
    b.domainPolicies.forEach((domain, sets) -> sets.forEach(s -> g.addDomainPolicies(domain, s)));
    return g.build();
  }

  /**
   * Evaluates REGISTER policies, and STAGE_TRANSITION ones when the status changes; throws if any blocks, and
   * returns the failures that do not block (warnings, drafts, grace).
   */
  List<PolicyResult> onRegister(DataProduct next, Optional<DataProduct> previous, Registry view) {
    PolicySubject s = new PolicySubject(PolicyTrigger.REGISTER, next, previous, upstreams(next, view));
    List<PolicyResult> results = new ArrayList<>(governance.evaluate(s).results());
    if (previous.isPresent() && previous.get().status() != next.status()) {
      Set<String> ran = results.stream().map(PolicyResult::policyId).collect(Collectors.toSet());
      governance.evaluate(s.withTrigger(PolicyTrigger.STAGE_TRANSITION)).results().stream()
          .filter(r -> !ran.contains(r.policyId())).forEach(results::add);
    }
    return gate("register " + next.urn() + " " + next.version(), next.urn(), results);
  }

  /** Evaluates STAGE_TRANSITION policies for a lifecycle change made by the mesh (deprecate, retire). */
  List<PolicyResult> onTransition(DataProduct next, DataProduct previous, Registry view) {
    PolicySubject s = new PolicySubject(PolicyTrigger.STAGE_TRANSITION, next, Optional.of(previous),
        upstreams(next, view));
    return gate("move " + next.urn() + " to " + next.status().text(), next.urn(), governance.evaluate(s).results());
  }

  /**
   * The PUBLISH hook: the publish path calls this before it commits a snapshot of {@code port}, and lets the
   * exception refuse the snapshot. Returns the failures that do not block, to attach to the publish result.
   */
  List<PolicyResult> onPublish(DataProduct product, PortAddress port, Registry view) {
    PolicySubject s = new PolicySubject(PolicyTrigger.PUBLISH, product, Optional.empty(), upstreams(product, view));
    return gate("publish to " + port, product.urn(), governance.evaluate(s).results());
  }

  GovernanceReport report(List<DataProduct> products, Registry view) {
    return governance.report(products.stream()
        .map(p -> new PolicySubject(PolicyTrigger.SCHEDULED, p, Optional.empty(), upstreams(p, view))).toList());
  }

  /** Re-evaluates SCHEDULED policies on every product; never throws, so the schedule keeps running. */
  void runScheduled(Registry view) {
    for (DataProduct p : view.all()) {
      try {
        List<PolicyResult> results = governance.evaluate(
            new PolicySubject(PolicyTrigger.SCHEDULED, p, Optional.empty(), upstreams(p, view))).results();
        emit(p.urn(), results);
        results.stream().filter(r -> !r.passed()).forEach(r -> LOG.warn("scheduled policy check: {}", r.describe()));
      } catch (RuntimeException e) {
        LOG.error("scheduled policy evaluation of {} failed; the next run retries", p.urn(), e);
      }
    }
  }

  /** Runs SCHEDULED policies every {@code schedule} of mesh-clock time, so a test clock drives them too. */
  void start(ClockScheduler scheduler, java.time.Clock clock, Supplier<Registry> registry) {
    if (schedule.isZero() || !governance.hasTrigger(PolicyTrigger.SCHEDULED)) {
      return;
    }
    scheduleNext(scheduler, clock, registry);
  }

  private void scheduleNext(ClockScheduler scheduler, java.time.Clock clock, Supplier<Registry> registry) {
    scheduleAt(scheduler, clock.instant().plus(schedule), clock, registry);
  }

  /**
   * The next run is due one period after the instant this one read before evaluating, as the SLO monitor does:
   * never a backlog when the clock jumps ahead, and a clock moved by one period by whoever saw this run's events
   * (emitted before the next run is scheduled) always triggers the next one.
   */
  private void scheduleAt(ClockScheduler scheduler, java.time.Instant due, java.time.Clock clock,
      Supplier<Registry> registry) {
    try {
      scheduler.schedule(due, () -> {
        java.time.Instant now = clock.instant();
        try {
          runScheduled(registry.get());
        } finally {
          scheduleAt(scheduler, now.plus(schedule), clock, registry);
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      LOG.debug("mesh is closing: scheduled policy evaluation stops");
    }
  }

  private List<PolicyResult> gate(String operation, ProductUrn urn, List<PolicyResult> results) {
    emit(urn, results);
    List<PolicyResult> blocking = results.stream().filter(PolicyResult::blocks).toList();
    if (!blocking.isEmpty()) {
      StringBuilder sb = new StringBuilder("cannot ").append(operation).append(": ").append(blocking.size())
          .append(blocking.size() == 1 ? " policy failure blocks it" : " policy failures block it");
      blocking.forEach(r -> sb.append("\n  - ").append(r.describe()));
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, sb.toString());
    }
    return results.stream().filter(r -> !r.passed()).toList();
  }

  /** One POLICY_EVALUATED event per policy and product, listing the failed subjects. */
  private void emit(ProductUrn urn, List<PolicyResult> results) {
    Map<String, List<PolicyResult>> byPolicy = new LinkedHashMap<>();
    results.forEach(r -> byPolicy.computeIfAbsent(r.policyId(), k -> new ArrayList<>()).add(r));
    byPolicy.forEach((id, rs) -> {
      PolicyResult first = rs.get(0);
      List<Object> failures = new ArrayList<>();
      rs.stream().filter(r -> !r.passed()).forEach(r -> failures.add(Map.of("subject", r.subject(),
          "reason", r.reason(), "fix", r.fix())));
      String outcome = failures.isEmpty() ? "passed" : rs.stream().anyMatch(PolicyResult::blocks) ? "blocked"
          : "failed";
      Map<String, Object> attrs = new HashMap<>();
      attrs.put("policy", id);
      attrs.put("trigger", lower(first.trigger().name()));
      attrs.put("outcome", outcome);
      attrs.put("severity", lower(first.severity().name()));
      attrs.put("rollout", first.rollout().toString());
      attrs.put("stage", lower(first.stage().name()));
      attrs.put("failures", failures);
      events.dispatch(MeshEvent.of(MeshEventType.POLICY_EVALUATED, governance.clock().instant(), urn, attrs));
    });
  }

  static Map<ProductUrn, DataProduct> upstreams(DataProduct p, Registry view) {
    Map<ProductUrn, DataProduct> out = new HashMap<>();
    for (InputPort in : p.inputPorts()) {
      in.upstream().flatMap(a -> view.get(a.product())).ifPresent(u -> out.put(u.urn(), u));
    }
    return out;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
