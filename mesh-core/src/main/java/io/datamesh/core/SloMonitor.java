package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.core.observe.MeshMetrics;
import io.datamesh.core.observe.SloState;
import io.datamesh.core.observe.SloStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
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
  private static final ArrayDeque<Instant[]> EMPTY = new ArrayDeque<>(0);

  private final Clock clock;
  private final Duration interval;
  private final Supplier<Registry> registry;
  private final PortActivity activity;
  private final Predicate<PortAddress> hasSnapshot;
  private final Consumer<MeshEvent> events;
  private final MeshMetrics metrics;
  private final Map<PortAddress, Map<String, SloStatus>> states = new ConcurrentHashMap<>();
  /** When each port appeared: its product's registration, or the update that added it. */
  private final Map<PortAddress, Instant> appeared = new HashMap<>();
  /** The products the last check saw, to tell a port added by an update from a newly registered one. */
  private Set<ProductUrn> knownProducts = Set.of();
  /** Per port, since when it has been without a current snapshot, as the checks observed. */
  private final Map<PortAddress, Instant> outageSince = new HashMap<>();
  /** Per port, the ended outages that may still overlap the availability window, oldest first. */
  private final Map<PortAddress, ArrayDeque<Instant[]>> outages = new HashMap<>();
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
   * clock jumps ahead, and a clock moved by one interval after a check was seen always triggers the next one. The
   * clock is read under the monitor's lock, so checks (scheduled or {@link #check()}) apply in clock order and a
   * late one never overwrites a newer state with an older one.
   */
  private synchronized void tick(ClockScheduler scheduler) {
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
  synchronized void check() {
    check(clock.instant());
  }

  private synchronized void check(Instant now) {
    Set<PortAddress> seen = new HashSet<>();
    Set<ProductUrn> products = new HashSet<>();
    for (DataProduct product : registry.get().all()) {
      products.add(product.urn());
      boolean known = knownProducts.contains(product.urn());
      for (OutputPort port : product.outputPorts()) {
        seen.add(port.address());
        appeared.computeIfAbsent(port.address(), a -> (known ? activity.changed(product.urn())
            : activity.registered(product.urn())).orElse(now));
        observeOutage(port.address(), now);
        check(port, now);
      }
    }
    knownProducts = products;
    states.keySet().retainAll(seen);
    appeared.keySet().retainAll(seen);
    outageSince.keySet().retainAll(seen);
    outages.keySet().retainAll(seen);
  }

  /**
   * Opens an outage when a check finds the port without a current snapshot (since the port appeared, for its first
   * one), and ends it at the publish that made a snapshot current again; outages are measured to the check
   * interval at worst, and ones older than the availability window are forgotten.
   */
  private void observeOutage(PortAddress address, Instant now) {
    Instant since = outageSince.get(address);
    boolean up = hasSnapshot.test(address);
    if (!up && since == null) {
      boolean first = !outages.containsKey(address);
      outageSince.put(address, first ? appeared.get(address) : now);
      outages.putIfAbsent(address, new ArrayDeque<>());
    } else if (up && since != null) {
      Instant end = activity.lastPublished(address).filter(t -> !t.isBefore(since)).orElse(now);
      outages.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(new Instant[] {since, end});
      outageSince.remove(address);
    } else if (up) {
      outages.putIfAbsent(address, new ArrayDeque<>());
    }
    ArrayDeque<Instant[]> ended = outages.get(address);
    Instant windowStart = now.minus(SloRule.AVAILABILITY_WINDOW);
    while (ended != null && !ended.isEmpty() && ended.peekFirst()[1].isBefore(windowStart)) {
      ended.removeFirst();
    }
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
   * The time the port was without a current snapshot: with an error budget, every observed outage's part inside the
   * rolling window; without one, only the current outage.
   */
  private Duration downtime(PortAddress address, SloRule rule, Instant now) {
    Instant since = outageSince.get(address);
    if (rule.allowed().isZero()) {
      return since == null ? Duration.ZERO : since(since, now);
    }
    Instant windowStart = now.minus(SloRule.AVAILABILITY_WINDOW);
    Duration total = since == null ? Duration.ZERO : overlap(since, now, windowStart, now);
    for (Instant[] o : outages.getOrDefault(address, EMPTY)) {
      total = total.plus(overlap(o[0], o[1], windowStart, now));
    }
    return total;
  }

  private static Duration overlap(Instant from, Instant to, Instant windowStart, Instant windowEnd) {
    Instant a = from.isBefore(windowStart) ? windowStart : from;
    Instant b = to.isAfter(windowEnd) ? windowEnd : to;
    return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
  }

  /** Before the first publish, time counts from when the port appeared (registration, or the update adding it). */
  private Instant baseline(PortAddress address, Instant now) {
    return appeared.getOrDefault(address, now);
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
