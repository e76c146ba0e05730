package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.core.observe.MeshMetrics;
import io.datamesh.core.observe.SloState;
import io.datamesh.core.observe.SloStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates every output port's monitored SLA properties ({@link SloRule}) against the mesh clock, every interval
 * of mesh-clock time on the {@link ClockScheduler}, so a product that silently stops publishing is caught. A port
 * starts MET; every change of state is emitted as {@code SLO_STATE_CHANGED}.
 */
final class SloMonitor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SloMonitor.class);

  private final Clock clock;
  private final Duration interval;
  private final Supplier<Registry> registry;
  private final PortActivity activity;
  private final Predicate<PortAddress> hasSnapshot;
  private final Consumer<MeshEvent> events;
  private final MeshMetrics metrics;
  private final Map<PortAddress, Map<String, SloStatus>> states = new ConcurrentHashMap<>();
  /** When a port had no publish and no registration time, the first check that saw it. */
  private final Map<PortAddress, Instant> firstSeen = new HashMap<>();
  private final Set<String> warned = new HashSet<>();
  private ClockScheduler.@org.jspecify.annotations.Nullable Handle next;
  private boolean closed;

  SloMonitor(Clock clock, Duration interval, Supplier<Registry> registry, PortActivity activity,
      Predicate<PortAddress> hasSnapshot, Consumer<MeshEvent> events, MeshMetrics metrics) {
    this.clock = clock;
    this.interval = interval;
    this.registry = registry;
    this.activity = activity;
    this.hasSnapshot = hasSnapshot;
    this.events = events;
    this.metrics = metrics;
  }

  /** Schedules the first check one interval from now; a zero interval never checks. */
  synchronized void start(ClockScheduler scheduler) {
    if (!interval.isZero()) {
      scheduleNext(scheduler);
    }
  }

  private synchronized void scheduleNext(ClockScheduler scheduler) {
    scheduleAt(scheduler, clock.instant().plus(interval));
  }

  private synchronized void scheduleAt(ClockScheduler scheduler, Instant due) {
    if (closed) {
      return;
    }
    try {
      next = scheduler.schedule(due, () -> tick(scheduler));
    } catch (RejectedExecutionException e) {
      LOG.debug("mesh is closing: the SLO monitor stops");
    }
  }

  /**
   * Checks, then schedules the next check one interval after the instant this one read: never a backlog when the
   * clock jumps ahead, and a clock moved by one interval after a check was seen always triggers the next one.
   */
  private void tick(ClockScheduler scheduler) {
    Instant now = clock.instant();
    try {
      check(now);
    } catch (RuntimeException e) {
      LOG.error("SLO check failed; the next one runs in {}", interval, e);
    } finally {
      scheduleAt(scheduler, now.plus(interval));
    }
  }

  /** Evaluates every output port now and emits the transitions. */
  void check() {
    check(clock.instant());
  }

  private synchronized void check(Instant now) {
    Set<PortAddress> seen = new HashSet<>();
    for (DataProduct product : registry.get().all()) {
      for (OutputPort port : product.outputPorts()) {
        seen.add(port.address());
        check(port, now);
      }
    }
    states.keySet().retainAll(seen);
    firstSeen.keySet().retainAll(seen);
  }

  private void check(OutputPort port, Instant now) {
    PortAddress address = port.address();
    Map<String, SloStatus> before = states.getOrDefault(address, Map.of());
    Map<String, SloStatus> after = new TreeMap<>();
    for (SlaProperty p : port.contract().slaProperties()) {
      Optional<SloRule> rule = rule(address, p);
      if (rule.isEmpty() || after.containsKey(rule.get().sla())) {
        continue; // the first of two properties with one name counts
      }
      SloStatus status = evaluate(address, rule.get(), now);
      after.put(status.sla(), status);
      metrics.sloState(address, status.sla(), status.state());
      SloState from = Optional.ofNullable(before.get(status.sla())).map(SloStatus::state).orElse(SloState.MET);
      if (from != status.state()) {
        transition(address, status, from, now);
      }
    }
    if (after.isEmpty()) {
      states.remove(address);
    } else {
      states.put(address, Map.copyOf(after));
    }
  }

  private Optional<SloRule> rule(PortAddress address, SlaProperty p) {
    try {
      return SloRule.of(p);
    } catch (IllegalArgumentException e) {
      if (warned.add(address + "/" + p.property())) {
        LOG.warn("SLA property '{}' of {} is not monitored: {}", p.property(), address, e.getMessage());
      }
      return Optional.empty();
    }
  }

  private SloStatus evaluate(PortAddress address, SloRule rule, Instant now) {
    Duration observed;
    if (rule.kind() == SloRule.Kind.AVAILABILITY) {
      observed = downtime(address, rule, now);
    } else {
      observed = since(activity.lastPublished(address).orElseGet(() -> baseline(address, now)), now);
    }
    return new SloStatus(rule.sla(), rule.state(observed), observed, rule.allowed(), now);
  }

  /**
   * The time the port was without a current snapshot: from registration to its first publish (a published snapshot
   * stays current until a newer one replaces it), or until now if it has none; only the part inside the rolling
   * window counts. Without a budget, only a current outage counts.
   */
  private Duration downtime(PortAddress address, SloRule rule, Instant now) {
    if (rule.allowed().isZero()) { // no budget: only the current outage counts
      return hasSnapshot.test(address) ? Duration.ZERO : since(baseline(address, now), now);
    }
    Instant from = baseline(address, now);
    Instant to = hasSnapshot.test(address) ? activity.firstPublished(address).orElse(from) : now;
    Instant windowStart = now.minus(SloRule.AVAILABILITY_WINDOW);
    from = from.isBefore(windowStart) ? windowStart : from;
    return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
  }

  /** Before the first publish, time counts from the product's registration (or the first check that saw it). */
  private Instant baseline(PortAddress address, Instant now) {
    return activity.registered(address.product()).orElseGet(() -> firstSeen.computeIfAbsent(address, a -> now));
  }

  private static Duration since(Instant from, Instant now) {
    Duration d = Duration.between(from, now);
    return d.isNegative() ? Duration.ZERO : d;
  }

  private void transition(PortAddress address, SloStatus status, SloState from, Instant now) {
    LOG.info("SLO {} of {}: {} -> {} (observed {}, allowed {})", status.sla(), address, from, status.state(),
        status.observed(), status.allowed());
    events.accept(MeshEvent.of(MeshEventType.SLO_STATE_CHANGED, now, address, Map.of("port", address.toString(),
        "sla", status.sla(), "from", from.name(), "to", status.state().name(),
        "observed", status.observed().toString(), "allowed", status.allowed().toString())));
  }

  /** The states at the last check, ordered by SLA name. */
  List<SloStatus> states(PortAddress port) {
    return List.copyOf(states.getOrDefault(port, Map.of()).values().stream()
        .sorted(java.util.Comparator.comparing(SloStatus::sla)).toList());
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (next != null) {
      next.cancel();
    }
  }
}
