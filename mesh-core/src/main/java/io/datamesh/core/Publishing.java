package io.datamesh.core;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.quality.QualityReport;
import io.datamesh.core.quality.QualityOutcome;
import io.datamesh.core.quality.QualityPass;
import io.datamesh.core.quality.QuarantineSplit;
import io.datamesh.arrow.ExtraColumns;
import io.datamesh.arrow.snapshot.PublishStats;
import io.datamesh.arrow.snapshot.SnapshotDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer per port: a publish holds the port's lock from the first batch to the commit, so a second publish
 * waits, or fails fast when its caller named the snapshot it expects to replace. A rejected or failed publish
 * discards its draft: the previous snapshot stays current and nothing is leaked.
 */
final class Publishing {
  private static final Logger LOG = LoggerFactory.getLogger(Publishing.class);

  private final DataPlane plane;
  private final Map<PortAddress, Semaphore> locks = new ConcurrentHashMap<>();

  Publishing(DataPlane plane) {
    this.plane = plane;
  }

  /** A publish source: fills the draft and closes itself, or (if never run) is just closed. */
  interface Source extends AutoCloseable {
    PublishStats into(SnapshotDraft draft, ExtraColumns extra);

    @Override
    void close();
  }

  PublishResult publish(PortAddress address, Source source, OptionalLong expected) {
    OutputPort port = claim(address, source, expected);
    Semaphore lock = slot(address);
    try {
      return locked(address, port, source, expected);
    } finally {
      lock.release();
    }
  }

  /** Resolves the port and takes its writer slot; on failure the source is closed, since nobody else will. */
  private OutputPort claim(PortAddress address, Source source, OptionalLong expected) {
    try {
      OutputPort port = plane.port(address);
      acquire(slot(address), address, expected);
      return port;
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
  }

  private Semaphore slot(PortAddress address) {
    return locks.computeIfAbsent(address, a -> new Semaphore(1, true));
  }

  private static void acquire(Semaphore lock, PortAddress address, OptionalLong expected) {
    if (expected.isPresent()) {
      if (!lock.tryAcquire()) {
        throw new MeshException(MeshStatus.FAILED_PRECONDITION, "another publish to " + address + " is in"
            + " progress, so snapshot " + expected.getAsLong() + " will not stay current; read the current"
            + " snapshot id and retry");
      }
      return;
    }
    try {
      lock.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MeshException(MeshStatus.CANCELLED, "interrupted while waiting to publish to " + address, e);
    }
  }

  private PublishResult locked(PortAddress address, OutputPort port, Source source, OptionalLong expected) {
    String key = address.toString();
    OptionalLong previous = plane.store.currentId(key);
    boolean ran = false;
    try {
      if (expected.isPresent() && previous.orElse(0) != expected.getAsLong()) {
        throw new MeshException(MeshStatus.FAILED_PRECONDITION, "publish to " + address + " expected snapshot "
            + expected.getAsLong() + " to be current, but it is " + (previous.isPresent() ? "snapshot "
            + previous.getAsLong() : "none") + "; read the current snapshot id and retry");
      }
      ExtraColumns extra = plane.extraColumns.getOrDefault(address, plane.defaultExtraColumns);
      PublishResult result;
      Instant committedAt;
      try (SnapshotDraft draft = plane.store.newDraft(key, DataPlane.schema(port));
          SnapshotDraft quarantine = quarantineDraft(address, port)) {
        ran = true;
        QualityPass pass = plane.quality.start(port, DataPlane.objectName(port));
        QualityGate.CheckedDraft checked = QualityGate.checked(draft, pass, quarantine);
        PublishStats stats = source.into(checked, extra);
        QualityOutcome outcome = pass.finish();
        QualityReport report = outcome.report();
        // read before the snapshot becomes visible: a debounce downstream counts from the commit, not from
        // the bookkeeping below, which can run after a reader saw the snapshot and moved the clock
        committedAt = plane.clock.instant();
        long id = commit(address, outcome, draft, quarantine, Map.of(), committedAt); // a rejection throws
        plane.emit(MeshEventType.QUALITY_CHECKED, address, QualityGate.attributes(report, id));
        // stats count the rows the port's draft took: quarantined rows are not among them
        result = new PublishResult(address, id, previous, stats.rows(), stats.batches(),
            plane.store.acquire(key, id).map(Publishing::size).orElse(0L), stats.copiedBytes(), stats.coercions(),
            stats.droppedColumns(), checked.quarantined());
      }
      plane.emit(MeshEventType.SNAPSHOT_PUBLISHED, address, Map.of("snapshotId", result.snapshotId(),
          "rows", result.rows(), "bytes", result.sizeBytes(), "copiedBytes", result.copiedBytes(),
          "mode", "REPLACE")); // a snapshot replaces the port's whole content: OVERWRITE in lineage
      plane.committed(List.of(address), committedAt);
      return result;
    } catch (RuntimeException e) {
      if (!ran) {
        source.close();
      }
      throw failed(address, previous, e);
    }
  }

  /**
   * Fills a draft for a transform run without making it current. The port's writer slot stays taken until the
   * staged publish is committed with {@link #commitAll} or closed, so no other writer interleaves with the run.
   */
  Staged stage(PortAddress address, Source source, java.util.UUID runId) {
    OutputPort port = claim(address, source, OptionalLong.empty());
    Semaphore lock = slot(address);
    String key = address.toString();
    OptionalLong previous = plane.store.currentId(key);
    SnapshotDraft draft = null;
    SnapshotDraft quarantine = null;
    try {
      draft = plane.store.newDraft(key, DataPlane.schema(port));
      quarantine = quarantineDraft(address, port);
      QualityPass pass = plane.quality.start(port, DataPlane.objectName(port));
      QualityGate.CheckedDraft checked = QualityGate.checked(draft, pass, quarantine);
      PublishStats stats = source.into(checked,
          plane.extraColumns.getOrDefault(address, plane.defaultExtraColumns));
      QualityOutcome outcome = pass.finish();
      if (!outcome.gate().accepted()) {
        throw rejected(address, outcome, Map.of("parentRunId", runId.toString()));
      }
      return new Staged(plane, address, lock, draft, quarantine, stats.rows(), outcome.report(), previous);
    } catch (RuntimeException e) {
      try {
        discard(source, draft, quarantine, e);
      } finally {
        lock.release(); // even if freeing a draft failed: a writer slot taken for good blocks every later publish
      }
      throw failed(address, previous, e, Map.of("runId", runId.toString()));
    }
  }

  /** Closes the source if no draft took it, else the drafts; a failure to free them is added to {@code failure}. */
  private static void discard(Source source, @Nullable SnapshotDraft draft, @Nullable SnapshotDraft quarantine,
      RuntimeException failure) {
    if (draft == null) {
      source.close();
      return;
    }
    try {
      closeDrafts(draft, quarantine);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void closeDrafts(SnapshotDraft draft, @Nullable SnapshotDraft quarantine) {
    try {
      draft.close();
    } finally {
      if (quarantine != null) {
        quarantine.close();
      }
    }
  }

  /**
   * Makes every staged draft current under the commit lock, so pinned readers see all of them or none. Every output
   * is checked first (not discarded, store open), under the lock a discard and the store's close take too, so a
   * refused output means none commits. Each output that did not commit records a failed publish (ledger and
   * PUBLISH_FAILED); should the store fail one commit midway anyway, the outputs already current are still reported
   * (events, commit listener) and the thrown exception names them. The events name the transform run that staged
   * them: lineage reports each output inside that run (not as a publish run of its own) and links the quality
   * validation run to it.
   */
  Map<PortAddress, Long> commitAll(List<Staged> staged, java.util.UUID runId) {
    Map<PortAddress, Long> ids = new LinkedHashMap<>();
    Map<Staged, MeshException> failures = new LinkedHashMap<>();
    Instant committedAt = plane.clock.instant(); // before any output is visible, as in a single publish
    synchronized (plane.commitLock) {
      @Nullable MeshException first = refusal(staged, failures);
      for (Staged s : staged) {
        if (first != null) {
          MeshException cause = first;
          failures.computeIfAbsent(s, x -> notCommitted(x, runId, cause));
          continue;
        }
        try {
          ids.put(s.port(), s.commit(committedAt));
        } catch (RuntimeException e) {
          first = asMesh(s.port(), e);
          failures.put(s, first);
        }
      }
    }
    reportCommitted(staged, ids, runId, committedAt);
    failures.forEach((s, e) -> failed(s.port(), s.previous, e, Map.of("runId", runId.toString())));
    if (failures.isEmpty()) {
      return ids;
    }
    MeshException cause = failures.values().iterator().next();
    throw ids.isEmpty() ? cause : new MeshException(cause.status(), "run " + runId + " made " + ids.keySet()
        + " current but could not commit " + failures.keySet().stream().map(Staged::port).toList() + ": "
        + cause.getMessage(), cause);
  }

  /** Puts each output that cannot commit with its reason into {@code failures}; returns the first reason, or null. */
  private @Nullable MeshException refusal(List<Staged> staged, Map<Staged, MeshException> failures) {
    assert Thread.holdsLock(plane.commitLock);
    for (Staged s : staged) {
      s.refusal().ifPresent(e -> failures.put(s, e));
    }
    return failures.isEmpty() ? null : failures.values().iterator().next();
  }

  private static MeshException notCommitted(Staged s, java.util.UUID runId, MeshException cause) {
    return new MeshException(MeshStatus.ABORTED, "output " + s.port() + " of run " + runId + " was not committed,"
        + " because another output of the run could not commit (" + cause.getMessage() + "); the outputs of a run"
        + " become current together or not at all, so run it again");
  }

  private static MeshException asMesh(PortAddress port, RuntimeException e) {
    return e instanceof MeshException m ? m : new MeshException(MeshStatus.INTERNAL, "commit of the staged publish"
        + " to " + port + " failed: " + e, e);
  }

  /** Emits the events of the outputs that are current and tells the commit listener; runs outside the lock. */
  private void reportCommitted(List<Staged> staged, Map<PortAddress, Long> ids, java.util.UUID runId,
      Instant committedAt) {
    for (Staged s : staged) {
      Long id = ids.get(s.port());
      if (id == null) {
        continue;
      }
      Map<String, Object> quality = new LinkedHashMap<>(QualityGate.attributes(s.quality, id));
      quality.put("parentRunId", runId.toString());
      plane.emit(MeshEventType.QUALITY_CHECKED, s.port(), quality);
      plane.emit(MeshEventType.SNAPSHOT_PUBLISHED, s.port(), Map.of("snapshotId", id,
          "rows", s.rows(), "mode", "REPLACE", "runId", runId.toString()));
    }
    if (!ids.isEmpty()) {
      plane.committed(List.copyOf(ids.keySet()), committedAt);
    }
  }

  /** A checked, held draft of one port; closing it before commit discards it and frees the writer slot. */
  static final class Staged implements RunPlane.Staged {
    private final DataPlane plane;
    private final PortAddress port;
    private final Semaphore lock;
    private final SnapshotDraft draft;
    private final @Nullable SnapshotDraft quarantine;
    private final long rows;
    private final QualityReport quality;
    private final OptionalLong previous;
    private boolean done;

    Staged(DataPlane plane, PortAddress port, Semaphore lock, SnapshotDraft draft, @Nullable SnapshotDraft quarantine,
        long rows, QualityReport quality, OptionalLong previous) {
      this.plane = plane;
      this.port = port;
      this.lock = lock;
      this.draft = draft;
      this.quarantine = quarantine;
      this.rows = rows;
      this.quality = quality;
      this.previous = previous;
    }

    @Override
    public PortAddress port() {
      return port;
    }

    @Override
    public long rows() {
      return rows;
    }

    /** Why this output cannot commit now (committed, discarded, or the store is closed); the caller holds the lock. */
    synchronized Optional<MeshException> refusal() {
      assert Thread.holdsLock(plane.commitLock);
      if (done) {
        return Optional.of(new MeshException(MeshStatus.FAILED_PRECONDITION, "the staged publish to " + port
            + " was already committed or discarded"));
      }
      if (plane.storeClosed()) {
        return Optional.of(new MeshException(MeshStatus.FAILED_PRECONDITION, "the staged publish to " + port
            + " cannot commit: the mesh is closing and its snapshot store is closed"));
      }
      return Optional.empty();
    }

    /**
     * Makes the draft current with its report and publish time; the caller holds the commit lock and checked
     * {@link #refusal}. Only the store's commit may throw: nothing is current then.
     */
    synchronized long commit(Instant committedAt) {
      assert Thread.holdsLock(plane.commitLock);
      if (done) {
        throw new IllegalStateException("staged publish to " + port + " was already committed or discarded");
      }
      done = true;
      try {
        long id = draft.commit();
        visible(plane, port, quarantine, quality, committedAt);
        return id;
      } finally {
        release();
      }
    }

    /**
     * Discards the draft. Its report is not recorded: the snapshot it checked never becomes current, and a status
     * shows only reports of the current snapshot or of a rejection (which comes with its failure).
     */
    @Override
    public void close() {
      synchronized (plane.commitLock) { // the lock a commit checks its outputs under, so a check stays true
        synchronized (this) {
          if (done) {
            return;
          }
          done = true;
        }
      }
      release();
    }

    /** Frees the drafts and the writer slot; the slot is freed even if freeing a draft throws. */
    private void release() {
      try {
        closeDrafts(draft, quarantine);
      } finally {
        lock.release();
      }
    }
  }

  /** A draft for the port's quarantine snapshot when the port quarantines, else null (nothing to close). */
  private @Nullable SnapshotDraft quarantineDraft(PortAddress address, OutputPort port) {
    return plane.quality.quarantines(address) ? plane.store.newDraft(QualityGate.quarantineKey(address),
        QuarantineSplit.quarantineSchema(DataPlane.schema(port))) : null;
  }

  /**
   * Commits a snapshot and its quarantine together, under the commit lock, so the quarantine of snapshot N is
   * snapshot N of the quarantine key (both keys commit on every publish, empty quarantines included). The quality
   * report and the publish time are recorded in the same step, so a status read never sees one without the other.
   * A rejected snapshot commits nothing: its report and failure are recorded, and the rejection is thrown.
   */
  private long commit(PortAddress address, QualityOutcome outcome, SnapshotDraft draft,
      @Nullable SnapshotDraft quarantine, Map<String, Object> extra, Instant committedAt) {
    if (!outcome.gate().accepted()) {
      throw rejected(address, outcome, extra);
    }
    synchronized (plane.commitLock) {
      long id = draft.commit();
      visible(plane, address, quarantine, outcome.report(), committedAt);
      return id;
    }
  }

  /**
   * Records a snapshot that just became current: commits its quarantine, records its publish time and report. It
   * never throws, since the snapshot is visible already: a failure is logged, and the publish goes on to its events.
   */
  private static void visible(DataPlane plane, PortAddress address, @Nullable SnapshotDraft quarantine,
      QualityReport report, Instant committedAt) {
    assert Thread.holdsLock(plane.commitLock);
    plane.ledger.published(address, committedAt);
    try {
      if (quarantine != null) {
        quarantine.commit();
      }
    } catch (RuntimeException e) {
      LOG.error("publish to {}: the snapshot is current but its quarantine could not be committed, so the quarantine"
          + " of the snapshot is missing; report this with the stack trace", address, e);
    }
    try {
      plane.quality.store().record(address.toString(), report);
    } catch (RuntimeException e) {
      LOG.error("publish to {}: the snapshot is current but its quality report could not be recorded", address, e);
    }
  }

  /**
   * Records a rejected report and the port's failure in one step, emits the report's QUALITY_CHECKED event (with
   * {@code extra}, the enclosing run; catalogs learn which assertions failed, not only that a publish did) and
   * returns the QUALITY_GATE_FAILED exception to throw.
   */
  private MeshException rejected(PortAddress address, QualityOutcome outcome, Map<String, Object> extra) {
    MeshException e = new MeshException(MeshStatus.QUALITY_GATE_FAILED, outcome.gate().reason());
    Instant at = plane.clock.instant(); // the clock is user code: never called under the commit lock
    synchronized (plane.commitLock) {
      plane.quality.store().record(address.toString(), outcome.report());
      plane.ledger.failed(address, at, e, true);
    }
    Map<String, Object> attrs = QualityGate.rejectedAttributes(outcome.report());
    attrs.putAll(extra);
    plane.emit(MeshEventType.QUALITY_CHECKED, address, attrs);
    return e;
  }

  private MeshException failed(PortAddress address, OptionalLong previous, RuntimeException t) {
    return failed(address, previous, t, Map.of());
  }

  /** Logs and emits a failed publish; {@code extra} names the enclosing transform run, if any. */
  private MeshException failed(PortAddress address, OptionalLong previous, RuntimeException t,
      Map<String, Object> extra) {
    MeshException e = t instanceof MeshException m ? m
        : new MeshException(MeshStatus.INTERNAL, "publish to " + address + " failed: " + t, t);
    LOG.warn("publish to {} failed; snapshot {} stays current: {}", address, previous, e.getMessage());
    Instant at = plane.clock.instant(); // the clock is user code: never called under the commit lock
    synchronized (plane.commitLock) { // the gate's rejection was recorded with its report; the ledger keeps that
      plane.ledger.failed(address, at, e, false);
    }
    Map<String, Object> attrs = new LinkedHashMap<>(extra);
    attrs.put("status", e.status().name());
    attrs.put("reason", e.getMessage());
    plane.emit(MeshEventType.PUBLISH_FAILED, address, attrs);
    return e;
  }

  private static long size(io.datamesh.arrow.snapshot.Snapshot s) {
    try (s) {
      return s.sizeBytes();
    }
  }

  /** Adapts the three kinds of publish source. */
  static <T> Source source(T input, Function<T, AutoCloseable> closer,
      java.util.function.BiFunction<SnapshotDraft, ExtraColumns, PublishStats> run) {
    return new Source() {
      @Override
      public PublishStats into(SnapshotDraft draft, ExtraColumns extra) {
        return run.apply(draft, extra);
      }

      @Override
      public void close() {
        try {
          closer.apply(input).close();
        } catch (Exception e) {
          LOG.warn("closing a publish source failed", e);
        }
      }
    };
  }
}
