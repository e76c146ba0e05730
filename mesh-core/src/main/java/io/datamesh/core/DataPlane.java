package io.datamesh.core;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.ArrowMemory;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.ExtraColumns;
import io.datamesh.arrow.filter.RowFilter;
import io.datamesh.arrow.filter.VectorFilter;
import io.datamesh.arrow.mask.MaskedReader;
import io.datamesh.core.governance.EnforcementPlan;
import io.datamesh.arrow.snapshot.Snapshot;
import io.datamesh.arrow.snapshot.SnapshotReader;
import io.datamesh.arrow.snapshot.SnapshotStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mesh's data plane: its root allocator, the snapshot store, one writer per port ({@link Publishing}), the
 * access check on every read, and the open readers {@link #close} waits for.
 */
final class DataPlane {
  private static final Logger LOG = LoggerFactory.getLogger(DataPlane.class);

  final String meshName;
  final BufferAllocator root;
  final SnapshotStore store;
  final Clock clock;
  final Consumer<MeshEvent> events;
  final Function<PortAddress, Optional<OutputPort>> ports;
  final Map<PortAddress, ExtraColumns> extraColumns;
  final ExtraColumns defaultExtraColumns;
  final Publishing publishing = new Publishing(this);
  final QualityGate quality;
  final OpenReads reads;
  /** Held while several ports commit together, and while a run pins its inputs. */
  final Object commitLock = new Object();
  /** Publish times and failures, written and read under {@link #commitLock}. */
  final PublishLedger ledger = new PublishLedger(commitLock);
  private volatile BiConsumer<List<PortAddress>, Instant> commitListener = (ports, at) -> {};
  final Enforcement enforcement;
  /** Enforced results by (snapshot, plan fingerprint); see {@link MeshBuilder#setReadCacheBytes}. */
  final ReadCache cache;
  private final AtomicLong readIds = new AtomicLong();
  /** Set, under {@link #commitLock}, when {@link #close} closes the store: a run commits all its outputs or none. */
  private boolean storeClosed;

  DataPlane(MeshBuilder b, Function<PortAddress, Optional<OutputPort>> ports, Consumer<MeshEvent> events) {
    ArrowMemory.checkJvmFlags();
    this.meshName = b.name;
    this.root = b.parentAllocator == null ? ArrowMemory.newRoot(b.memoryLimit)
        : b.parentAllocator.newChildAllocator("mesh-" + b.name, 0, b.memoryLimit);
    this.store = SnapshotStore.inMemory(root, b.snapshotHistory);
    this.reads = new OpenReads(root.newChildAllocator("reads", 0, root.getLimit()));
    this.clock = b.clock;
    this.quality = new QualityGate(b.clock, io.datamesh.core.quality.QualityStore.inMemory(b.qualityHistory),
        b.defaultQuarantine, b.quarantine, b.defaultMaxQuarantinedPercent, b.maxQuarantinedPercent,
        b.defaultDistinctStatistics, b.distinctStatistics);
    this.events = events;
    this.ports = ports;
    this.enforcement = new Enforcement(b.name, b.accessController, b.accessPolicies, b.clock, this::emit);
    this.cache = new ReadCache(root, b.readCacheBytes, new SafeMetrics(b.metrics), store);
    this.extraColumns = Map.copyOf(b.extraColumns);
    this.defaultExtraColumns = b.defaultExtraColumns;
  }

  OutputPort port(PortAddress address) {
    return ports.apply(address).orElseThrow(() -> new MeshException(MeshStatus.NOT_FOUND, "output port " + address
        + " is not registered; register its product first"));
  }

  /** Returns the served schema: the contract's schema object named like the port, else its first one. */
  static Schema schema(OutputPort port) {
    return ArrowSchemas.of(port.contract(), objectName(port));
  }

  /** Returns the schema object a port serves: the one named like the port, else the contract's first. */
  static String objectName(OutputPort port) {
    var contract = port.contract();
    return contract.schemaObject(port.name()).map(o -> o.name())
        .orElseGet(() -> contract.schema().stream().findFirst().map(o -> o.name()).orElseThrow(() ->
            new MeshException(MeshStatus.FAILED_PRECONDITION, "the contract of " + port.address()
                + " declares no schema object, so it cannot serve data")));
  }

  ArrowReader read(ReadRequest request) {
    return gated(() -> {
      OutputPort port = port(request.port());
      EnforcementPlan plan = enforcement.decide(request, port, this::snapshotOf);
      return open(request, lease(request), plan);
    });
  }

  /**
   * Reads an observability port: decides and audits the read as an output port's, then serves the status table
   * {@code table} writes (one batch on a per-read allocator) with the request's projection, filter and the plan's
   * masks and row filter. Never cached: the read cache takes only snapshots of the store.
   */
  ArrowReader readStatus(ReadRequest request, io.datamesh.api.DataProduct product,
      io.datamesh.api.ObservabilityPort port, io.datamesh.api.contract.Contract served,
      Function<BufferAllocator, org.apache.arrow.vector.VectorSchemaRoot> table) {
    return gated(() -> {
      EnforcementPlan plan = enforcement.decideStatus(request, product, port, served);
      return open(request, StatusSnapshot.of(request.port().toString(), reads.allocator, table), plan);
    });
  }

  /** Runs the opening of a read inside the close gate, so {@link #close} waits for it (a miss builds a cache entry). */
  private ArrowReader gated(java.util.function.Supplier<ArrowReader> opening) {
    reads.opening(meshName);
    try {
      return opening.get();
    } finally {
      reads.opened();
    }
  }

  /**
   * Reads the quarantine of a port's current (or named) snapshot: only principals of the owning product's domain
   * may, and the access controller must allow the read of the port as well.
   */
  ArrowReader readQuarantine(ReadRequest request, String owningDomain) {
    return gated(() -> quarantine(request, owningDomain));
  }

  private ArrowReader quarantine(ReadRequest request, String owningDomain) {
    OutputPort port = port(request.port());
    if (!quality.quarantines(request.port())) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "output port " + request.port() + " does not"
          + " quarantine rows; set MeshBuilder.setQuarantine(port, QuarantineMode.QUARANTINE)");
    }
    String domain = request.principal().domain().orElse(null);
    if (!owningDomain.equals(domain)) {
      throw new MeshException(MeshStatus.PERMISSION_DENIED, "read of the quarantine of " + request.port() + " by "
          + request.principal().id() + " denied: a quarantine is readable only by principals of the owning"
          + " product's domain '" + owningDomain + "', and the principal's domain is "
          + (domain == null ? "not set" : "'" + domain + "'"));
    }
    // The same enforcement as the port itself: a denied principal gets nothing, masked columns stay masked.
    EnforcementPlan plan = enforcement.decide(request, port, this::snapshotOf);
    String key = QualityGate.quarantineKey(request.port());
    OptionalLong id = request.snapshotId();
    Snapshot snapshot = id.isPresent()
        ? store.acquire(key, id.getAsLong()).orElseThrow(() -> new MeshException(MeshStatus.NOT_FOUND,
            "the quarantine of snapshot " + id.getAsLong() + " of " + request.port() + " is not kept; kept are "
            + store.ids(key)))
        : store.acquire(key).orElseThrow(() -> new MeshException(MeshStatus.UNAVAILABLE, "output port "
            + request.port() + " has no snapshot yet; publish one first"));
    return open(request, snapshot, plan);
  }

  /** Reads a snapshot the caller already leased (a transform's pinned input); the reader takes the lease over. */
  ArrowReader read(ReadRequest request, Snapshot leased) {
    try {
      reads.opening(meshName);
    } catch (RuntimeException e) {
      leased.close();
      throw e;
    }
    try {
      EnforcementPlan plan;
      try {
        plan = enforcement.decide(request, port(request.port()), r -> OptionalLong.of(leased.id()));
      } catch (RuntimeException e) {
        leased.close();
        throw e;
      }
      return open(request, leased, plan);
    } finally {
      reads.opened();
    }
  }

  private OptionalLong snapshotOf(ReadRequest request) {
    return request.snapshotId().isPresent() ? request.snapshotId() : store.currentId(request.port().toString());
  }

  private ArrowReader open(ReadRequest request, Snapshot snapshot, EnforcementPlan plan) {
    PortAddress address = request.port();
    String name = "read #" + readIds.incrementAndGet() + " of " + address + " by " + request.principal().id();
    Optional<RowFilter> filter;
    try {
      filter = Enforcement.filter(request, plan).map(f -> VectorFilter.compile(f, snapshot.schema(),
          request.principal()));
    } catch (RuntimeException e) {
      snapshot.close();
      throw e;
    }
    if (cache.caches(plan, snapshot)) {
      return openCached(request, name, snapshot, plan);
    }
    if (plan.masks().isEmpty()) {
      return reads.open(name, a -> SnapshotReader.open(snapshot, a, request.columns(), filter,
          () -> reads.closed(name)), snapshot);
    }
    return reads.open(name, a -> enforced(snapshot, a, request.columns(), filter, plan), snapshot);
  }

  /** Masks (after the filter) into {@code allocator}; the clear reader lives on a private child of it. */
  private ArrowReader enforced(Snapshot snapshot, BufferAllocator allocator, List<String> columns,
      Optional<RowFilter> filter, EnforcementPlan plan) {
    String name = allocator.getName();
    return MaskedReader.open(SnapshotReader.open(snapshot, allocator.newChildAllocator("clear", 0,
        allocator.getLimit()), columns, filter, () -> reads.closed(name)), allocator, plan.masks(),
        enforcement.secrets());
  }

  /**
   * Serves a read from the cached enforced result of (snapshot, plan): the plan's row filter and masks are applied
   * once per entry, the request's projection and filter per read (a request filter never reads a masked column).
   */
  private ArrowReader openCached(ReadRequest request, String name, Snapshot snapshot, EnforcementPlan plan) {
    Optional<RowFilter> rows = plan.rowFilter().map(f -> VectorFilter.compile(f, snapshot.schema(),
        request.principal()));
    Snapshot enforced = cache.acquire(request.port(), snapshot, plan, (s, a) -> plan.masks().isEmpty()
        ? SnapshotReader.open(s, a, List.of(), rows) : MaskedReader.open(SnapshotReader.open(s, a.newChildAllocator(
            "clear", 0, a.getLimit()), List.of(), rows), a, plan.masks(), enforcement.secrets()));
    Optional<RowFilter> filter;
    try {
      filter = request.filter().map(f -> VectorFilter.compile(f, enforced.schema(), request.principal()));
    } catch (RuntimeException e) {
      enforced.close();
      throw e;
    }
    return reads.open(name, a -> SnapshotReader.open(enforced, a, request.columns(), filter,
        () -> reads.closed(name)), enforced);
  }

  private Snapshot lease(ReadRequest request) {
    String key = request.port().toString();
    OptionalLong id = request.snapshotId();
    if (id.isPresent()) {
      return store.acquire(key, id.getAsLong()).orElseThrow(() -> new MeshException(MeshStatus.NOT_FOUND,
          "snapshot " + id.getAsLong() + " of " + key + " is not kept; kept snapshots are " + store.ids(key)));
    }
    return store.acquire(key).orElseThrow(() -> new MeshException(MeshStatus.UNAVAILABLE, "output port " + key
        + " has no snapshot yet; publish one first"));
  }

  /** Sets who hears about commits and when they were made (the refresher, for upstream-publish triggers). */
  void onCommitted(BiConsumer<List<PortAddress>, Instant> listener) {
    this.commitListener = listener;
  }

  void committed(List<PortAddress> ports, Instant committedAt) {
    for (PortAddress port : ports) {
      cache.retainKept(port.toString(), store.ids(port.toString()));
      String quarantine = QualityGate.quarantineKey(port);
      cache.retainKept(quarantine, store.ids(quarantine));
    }
    try {
      commitListener.accept(ports, committedAt);
    } catch (RuntimeException e) {
      LOG.error("mesh '{}': a commit listener failed for {}", meshName, ports, e);
    }
  }

  boolean storeClosed() {
    assert Thread.holdsLock(commitLock);
    return storeClosed;
  }

  /** Closes the store under the commit lock, so it never closes between the commits of one run's outputs. */
  private void closeStore() {
    synchronized (commitLock) {
      storeClosed = true;
      store.close();
    }
  }

  /**
   * Emits a mesh event. It never throws: it runs after snapshots became current, where a failure (a user clock or
   * listener throwing) must not turn a committed publish into a failed one; a lost event is logged instead.
   */
  void emit(MeshEventType type, PortAddress port, Map<String, Object> attributes) {
    try {
      events.accept(MeshEvent.of(type, clock.instant(), port, attributes));
    } catch (RuntimeException e) {
      LOG.error("mesh '{}': the {} event of {} was lost: {}", meshName, type, port, e.toString(), e);
    }
  }

  /**
   * Waits for open readers (and reads still opening), closes those left, then frees all memory; returns the names
   * it had to close. Every step runs even if one before failed; the first failure is thrown with the others
   * suppressed.
   */
  List<String> close(java.time.Duration grace) {
    List<String> forced = reads.closeAll(grace);
    for (String name : forced) {
      LOG.warn("mesh '{}' closed {}: it was still open after the {} grace period", meshName, name, grace);
    }
    RuntimeException failed = null;
    for (Runnable step : List.<Runnable>of(cache::close, this::closeStore, reads.allocator::close, root::close)) {
      try {
        step.run();
      } catch (RuntimeException e) {
        if (failed == null) {
          failed = e;
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
    return forced;
  }
}
