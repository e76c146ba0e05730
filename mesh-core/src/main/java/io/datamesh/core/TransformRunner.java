package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.InputPort;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.arrow.snapshot.Snapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one attempt of a transform: pins the inputs, calls the user's code, commits its outputs together or not at
 * all, releases everything it opened, and records the result.
 */
final class TransformRunner implements Refresher.RunExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(TransformRunner.class);
  private final Supplier<Registry> registry;
  private final RunPlane plane;
  private final Clock clock;
  private final EventDispatcher events;

  TransformRunner(Supplier<Registry> registry, RunPlane plane, Clock clock, EventDispatcher events) {
    this.registry = registry;
    this.plane = plane;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public RunResult run(RefreshSlot slot, RunTrigger trigger, int attempt) {
    slot.runLock.lock();
    try {
      RunResult result = attempt(slot, trigger, attempt);
      slot.record(result);
      return result;
    } finally {
      slot.runLock.unlock();
    }
  }

  private RunResult attempt(RefreshSlot slot, RunTrigger trigger, int attempt) {
    UUID runId = UUID.randomUUID();
    Instant started = clock.instant();
    RunLogImpl log = new RunLogImpl(slot.urn + " run " + runId);
    Map<PortAddress, Long> pinned = new LinkedHashMap<>();
    Map<PortAddress, Snapshot> leases = new LinkedHashMap<>();
    DataProduct product;
    try {
      DataProduct p = Refresher.productOrThrow(registry.get(), slot.urn);
      product = p;
      plane.atomically(() -> {
        pin(p, pinned, leases);
        return null;
      });
    } catch (MeshException e) {
      leases.values().forEach(Snapshot::close);
      log.error(e.getMessage());
      return finish(slot, runId, trigger, attempt, RunOutcome.FAILED, pinned, Map.of(), Map.of(), started,
          Optional.of(e.getMessage()), log, Map.of());
    }
    emit(MeshEventType.RUN_STARTED, slot, runId, trigger, Map.of());
    RunContext ctx = new RunContext(product, runId, trigger, pinned, leases, plane, clock, log);
    slot.current = ctx;
    RunOutcome outcome = RunOutcome.SUCCEEDED;
    Optional<String> error = Optional.empty();
    Map<PortAddress, Long> outputs = Map.of();
    Map<PortAddress, Long> rows = new LinkedHashMap<>();
    boolean committed = false;
    try {
      slot.transform.run(ctx);
      ctx.throwIfCancelled();
      List<RunPlane.Staged> staged = ctx.staged();
      staged.forEach(s -> rows.put(s.port(), s.rows()));
      outputs = plane.commit(staged, runId);
      committed = true;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      boolean cancelled = ctx.isCancelled()
          || (t instanceof MeshException m && m.status() == MeshStatus.CANCELLED);
      outcome = cancelled ? RunOutcome.CANCELLED : RunOutcome.FAILED;
      error = Optional.of(describe(t));
      log.error((cancelled ? "cancelled: " : "failed: ") + error.get());
      rows.clear();
    } finally {
      slot.current = null;
      for (String problem : ctx.release(committed)) {
        log.error(problem);
        if (!committed) {
          error = Optional.of(error.map(e -> e + "; ").orElse("") + problem);
          outcome = outcome == RunOutcome.SUCCEEDED ? RunOutcome.FAILED : outcome;
        }
      }
    }
    return finish(slot, runId, trigger, attempt, outcome, pinned, outputs, rows, started, error, log,
        ctx.lineage());
  }

  /** Resolves every declared upstream to the snapshot that is current now; the run reads exactly those. */
  private void pin(DataProduct product, Map<PortAddress, Long> pinned, Map<PortAddress, Snapshot> leases) {
    Registry view = registry.get();
    for (InputPort in : product.inputPorts()) {
      if (in.upstream().isEmpty()) {
        continue;
      }
      PortAddress up = in.upstream().get();
      if (!view.hasOutputPort(up)) {
        throw new MeshException(MeshStatus.UNAVAILABLE, "input port '" + in.name() + "' of " + product.urn()
            + " is pending: " + up + " is not registered yet");
      }
      if (leases.containsKey(up)) {
        continue; // two inputs reading one port share the pin
      }
      Snapshot lease = plane.pin(up).orElseThrow(() -> new MeshException(MeshStatus.UNAVAILABLE, "input port '"
          + in.name() + "' of " + product.urn() + " reads " + up + ", which has not published a snapshot yet"));
      leases.put(up, lease);
      pinned.put(up, lease.id());
    }
  }

  private RunResult finish(RefreshSlot slot, UUID runId, RunTrigger trigger, int attempt, RunOutcome outcome,
      Map<PortAddress, Long> pinned, Map<PortAddress, Long> outputs, Map<PortAddress, Long> rows, Instant started,
      Optional<String> error, RunLogImpl log, Map<PortAddress, Map<String, List<String>>> columnLineage) {
    RunResult r = new RunResult(runId, slot.urn, trigger, attempt, outcome, pinned, outputs, rows, started,
        clock.instant(), error, log.lines());
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("outcome", outcome.name());
    attrs.put("attempt", attempt);
    error.ifPresent(e -> attrs.put("error", e));
    attrs.put("inputs", lineage(pinned, Map.of(), Map.of()));
    attrs.put("outputs", lineage(outputs, rows, columnLineage));
    emit(outcome == RunOutcome.SUCCEEDED ? MeshEventType.RUN_COMPLETED : MeshEventType.RUN_FAILED, slot, runId,
        trigger, attrs);
    return r;
  }

  private void emit(MeshEventType type, RefreshSlot slot, UUID runId, RunTrigger trigger, Map<String, Object> extra) {
    Map<String, Object> attrs = new LinkedHashMap<>(extra);
    attrs.put("runId", runId.toString());
    attrs.put("trigger", trigger.name());
    try { // after the outputs committed: a lost event (a user clock throwing) must not fail the run
      events.dispatch(MeshEvent.of(type, clock.instant(), slot.urn, attrs));
    } catch (RuntimeException e) {
      LOG.error("the {} event of run {} of {} was lost: {}", type, runId, slot.urn, e.toString(), e);
    }
  }

  /** The {port, snapshotId[, rows]} entries the OpenLineage mapper reads for a run's inputs and outputs. */
  private static List<Map<String, Object>> lineage(Map<PortAddress, Long> snapshots, Map<PortAddress, Long> rows,
      Map<PortAddress, Map<String, List<String>>> columns) {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    snapshots.forEach((port, id) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("port", port.toString());
      m.put("snapshotId", id);
      if (rows.containsKey(port)) {
        m.put("rows", rows.get(port));
      }
      if (columns.containsKey(port)) {
        m.put("columnLineage", columns.get(port));
      }
      out.add(m);
    });
    return out;
  }

  private static String describe(Throwable t) {
    if (t instanceof MeshException m) {
      return m.status() + ": " + m.getMessage();
    }
    String msg = t.getMessage();
    return t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
  }
}
