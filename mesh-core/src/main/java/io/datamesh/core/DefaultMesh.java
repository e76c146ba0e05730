package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.IdStrategy;
import io.datamesh.api.InputPort;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.snapshot.BatchSupplier;
import io.datamesh.arrow.snapshot.SnapshotPublisher;
import io.datamesh.api.policy.PolicyResult;
import io.datamesh.core.governance.Deprecation;
import io.datamesh.core.governance.Governance;
import io.datamesh.core.governance.GovernanceReport;
import io.datamesh.api.event.MetadataEmitter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The in-process mesh: a copy-on-write registry, the mesh's threads and its event dispatcher. */
final class DefaultMesh implements Mesh {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultMesh.class);

  private final String name;
  private final Clock clock;
  private final IdStrategy idStrategy;
  private final Duration closeGrace;
  private final MeshThreads threads;
  private final EventDispatcher events;
  private final Object writeLock = new Object();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Registry registry = Registry.EMPTY;
  private final DataPlane dataPlane;
  private final ClockScheduler clockScheduler;
  private final Refresher refresher;
  private final MeshGovernance governance;
  private final Lifecycle lifecycle;
  private final Observability observability;
  private final StatusReads status;

  DefaultMesh(MeshBuilder b) {
    this.name = b.name;
    this.clock = b.clock;
    this.idStrategy = b.idStrategy;
    this.closeGrace = b.closeGrace;
    Governance policies = MeshGovernance.federate(b); // fails before any thread starts
    this.lifecycle = new Lifecycle(b.clock, b.retireQuietPeriod, b.consumersPerPort);
    this.threads = new MeshThreads(b.name, b.workerThreads);
    this.events = new EventDispatcher(emitters(b), threads.workers());
    this.dataPlane = startDataPlane(b);
    this.clockScheduler = new ClockScheduler(b.name, b.clock, threads.workers());
    this.refresher = new Refresher(() -> registry, new TransformRunner(() -> registry, new MeshRunPlane(dataPlane),
        b.clock, events), clockScheduler, threads.workers(), b.clock);
    dataPlane.onCommitted(refresher::onPublished);
    this.observability = startObservability(b);
    this.status = new StatusReads(dataPlane, observability);
    this.governance = new MeshGovernance(policies, events, b.policySchedule);
    governance.start(clockScheduler, b.clock, () -> registry);
    LOG.debug("mesh '{}' started with {} worker threads", name, b.workerThreads);
  }

  /** The emitters, then those made by factories; a factory only keeps the mesh to call it once events flow. */
  private List<MetadataEmitter> emitters(MeshBuilder b) {
    List<MetadataEmitter> all = new ArrayList<>(b.emitters);
    for (Function<? super Mesh, ? extends MetadataEmitter> factory : b.emitterFactories) {
      all.add(Objects.requireNonNull(factory.apply(this), "an emitter factory returned null"));
    }
    return all;
  }

  @Override
  public RegistrationResult register(DataProduct product) {
    Objects.requireNonNull(product, "product");
    ensureOpen();
    RegistrationResult result;
    List<PortAddress> resolved;
    synchronized (writeLock) {
      Registry before = registry;
      RegistrationRules.check(product, before);
      Optional<DataProduct> current = before.get(product.urn());
      if (current.isPresent()
          && RegistrationRules.checkVersion(product, LifecycleProduct.descriptorOf(current.get()))) {
        return new RegistrationResult(current.get(), RegistrationResult.Action.UNCHANGED,
            pendingOf(current.get(), before), List.of());
      }
      product = lifecycle.carry(product, current);
      List<PolicyResult> policy = governance.onRegister(product, current, before);
      Registry after = before.with(product, idStrategy.id(product.urn().toString()));
      List<PortAddress> pending = pendingOf(product, after);
      resolved = new ArrayList<>(before.pendingInputs());
      resolved.removeAll(after.pendingInputs());
      result = new RegistrationResult(product, current.isPresent()
          ? RegistrationResult.Action.REPLACED : RegistrationResult.Action.REGISTERED, pending,
          withPolicies(warnings(product, after, pending), policy), policy);
      registry = after;
    }
    for (String w : result.warnings()) {
      LOG.warn("{}", w);
    }
    emit(result, resolved);
    return result;
  }

  private void emit(RegistrationResult result, List<PortAddress> resolved) {
    DataProduct p = result.product();
    MeshEventType type = result.action() == RegistrationResult.Action.REPLACED
        ? MeshEventType.PRODUCT_UPDATED : MeshEventType.PRODUCT_REGISTERED;
    events.dispatch(MeshEvent.of(type, clock.instant(), p.urn(), Map.of(
        "version", p.version().toString(), "domain", p.domain().name(), "kind", p.domain().kind().name())));
    for (PortAddress in : resolved) {
      events.dispatch(MeshEvent.of(MeshEventType.INPUT_RESOLVED, clock.instant(), in, Map.of()));
    }
  }

  private static List<String> withPolicies(List<String> warnings, List<PolicyResult> policy) {
    List<String> all = new ArrayList<>(warnings);
    policy.forEach(r -> all.add("policy " + r.describe()));
    return all;
  }

  @Override
  public Deprecation deprecate(ProductUrn urn, Instant sunset, ProductUrn replacement) {
    Objects.requireNonNull(replacement, "replacement");
    return deprecate(urn, sunset, Optional.of(replacement));
  }

  @Override
  public Deprecation deprecate(ProductUrn urn, Instant sunset) {
    return deprecate(urn, sunset, Optional.empty());
  }

  private Deprecation deprecate(ProductUrn urn, Instant sunset, Optional<ProductUrn> replacement) {
    Objects.requireNonNull(sunset, "sunset");
    DataProduct next = transition(urn, (p, view) -> lifecycle.deprecate(p, sunset, replacement, view));
    return LifecycleProduct.deprecationOf(next).orElseThrow();
  }

  @Override
  public DataProduct retire(ProductUrn urn) {
    return transition(urn, (p, view) -> lifecycle.retire(p));
  }

  /** Applies a lifecycle change under the write lock, after STAGE_TRANSITION policies allow it. */
  private DataProduct transition(ProductUrn urn, java.util.function.BiFunction<DataProduct, Registry, DataProduct> f) {
    Objects.requireNonNull(urn, "urn");
    ensureOpen();
    DataProduct next;
    synchronized (writeLock) {
      Registry before = registry;
      DataProduct p = before.get(urn).orElseThrow(() -> new MeshException(MeshStatus.NOT_FOUND, "product " + urn
          + " is not registered"));
      next = f.apply(p, before);
      if (next.equals(p)) {
        return p;
      }
      governance.onTransition(next, p, before);
      registry = before.with(next, idStrategy.id(urn.toString()));
    }
    events.dispatch(MeshEvent.of(MeshEventType.PRODUCT_UPDATED, clock.instant(), urn, Map.of(
        "version", next.version().toString(), "status", next.status().text())));
    return next;
  }

  @Override
  public GovernanceReport governanceReport() {
    Registry view = registry;
    return governance.report(view.all(), view).with(dataPlane.enforcement.denials(null));
  }

  @Override
  public GovernanceReport governanceReport(ProductUrn urn) {
    Registry view = registry;
    DataProduct p = view.get(Objects.requireNonNull(urn, "urn")).orElseThrow(() -> new MeshException(
        MeshStatus.NOT_FOUND, "product " + urn + " is not registered"));
    return governance.report(List.of(p), view).with(dataPlane.enforcement.denials(urn));
  }

  /** For the read path: records who read an output port, per port version, for {@link #retire}. */
  void recordConsumer(PortAddress port, String principalId) {
    lifecycle.recordConsumer(Objects.requireNonNull(port, "port"), Objects.requireNonNull(principalId), registry);
  }

  /** For the read path: the warning a read of a port of a deprecated (or retired) product carries. */
  Optional<String> readWarning(PortAddress port) {
    return lifecycle.readWarning(Objects.requireNonNull(port, "port"), registry);
  }

  /** For the publish path: PUBLISH policies, before a snapshot of {@code port} commits; throws if one blocks. */
  List<PolicyResult> checkPublish(PortAddress port) {
    Registry view = registry;
    DataProduct p = view.get(port.product()).orElseThrow(() -> new MeshException(MeshStatus.NOT_FOUND,
        "product " + port.product() + " is not registered"));
    return governance.onPublish(p, port, view);
  }

  /** Runs the SCHEDULED policies now, as the scheduler does. */
  void runScheduledPolicies() {
    governance.runScheduled(registry);
  }

  private static List<PortAddress> pendingOf(DataProduct product, Registry view) {
    List<PortAddress> pending = new ArrayList<>();
    for (InputPort in : product.inputPorts()) {
      if (in.upstream().isPresent() && !view.hasOutputPort(in.upstream().get())) {
        pending.add(in.address());
      }
    }
    return pending;
  }

  private static List<String> warnings(DataProduct product, Registry view, List<PortAddress> pending) {
    List<String> warnings = new ArrayList<>();
    Set<PortAddress> pendingSet = new HashSet<>(pending);
    for (InputPort in : product.inputPorts()) {
      if (in.upstream().isEmpty()) {
        continue;
      }
      PortAddress up = in.upstream().get();
      if (pendingSet.contains(in.address())) {
        String why = view.get(up.product()).isPresent()
            ? "product " + up.product() + " is registered but has no output port '" + up.name() + "'"
            : "product " + up.product() + " is not registered yet";
        warnings.add("input port " + in.address() + " is pending: " + why
            + "; reads of it fail UNAVAILABLE until the upstream registers");
      } else {
        OutputPort out = view.get(up.product()).flatMap(p -> p.outputPort(up.name())).orElseThrow();
        if (out.version().major() != in.acceptedMajor()) {
          warnings.add("input port " + in.address() + " accepts contract major " + in.acceptedMajor()
              + " but " + up + " serves " + out.version());
        }
      }
    }
    return warnings;
  }

  @Override
  public boolean deregister(ProductUrn urn) {
    Objects.requireNonNull(urn, "urn");
    ensureOpen();
    DataProduct removed;
    List<PortAddress> nowPending;
    synchronized (writeLock) {
      Registry before = registry;
      Optional<DataProduct> p = before.get(urn);
      if (p.isEmpty()) {
        return false;
      }
      removed = p.get();
      Registry after = before.without(urn, idStrategy.id(urn.toString()));
      nowPending = new ArrayList<>(after.pendingInputs());
      nowPending.removeAll(before.pendingInputs());
      registry = after;
    }
    for (PortAddress in : nowPending) {
      LOG.warn("input port {} is pending again: its upstream product {} was deregistered", in, urn);
    }
    refresher.forget(urn);
    events.dispatch(MeshEvent.of(MeshEventType.PRODUCT_DEREGISTERED, clock.instant(), urn,
        Map.of("version", removed.version().toString())));
    return true;
  }

  @Override
  public Optional<DataProduct> product(ProductUrn urn) {
    return registry.get(Objects.requireNonNull(urn, "urn"));
  }

  @Override
  public Optional<DataProduct> product(UUID id) {
    return registry.get(Objects.requireNonNull(id, "id"));
  }

  @Override
  public List<DataProduct> products() {
    return registry.all();
  }

  @Override
  public List<DataProduct> find(ProductQuery query) {
    Objects.requireNonNull(query, "query");
    return registry.all().stream().filter(query::matches).toList();
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    Objects.requireNonNull(text, "text");
    if (limit < 1) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, "search limit must be at least 1, was " + limit);
    }
    if (TextSearch.terms(text).isEmpty()) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, "search text '" + text + "' has no word to look for");
    }
    return TextSearch.search(registry.all(), text, limit);
  }

  @Override
  public PortAddress resolveInput(PortAddress inputPort) {
    Objects.requireNonNull(inputPort, "inputPort");
    if (inputPort.kind() != PortKind.INPUT) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, inputPort + " is not an input port address");
    }
    Registry view = registry;
    InputPort in = view.get(inputPort.product()).flatMap(p -> p.inputPort(inputPort.name()))
        .orElseThrow(() -> new MeshException(MeshStatus.NOT_FOUND, "input port " + inputPort
            + " is not registered; register its product first"));
    PortAddress up = in.upstream().orElseThrow(() -> new MeshException(MeshStatus.FAILED_PRECONDITION,
        "input port " + inputPort + " reads the external source " + in.externalSource().orElse("?")
            + ", not a mesh port"));
    if (!view.hasOutputPort(up)) {
      throw new MeshException(MeshStatus.UNAVAILABLE, "input port " + inputPort + " is pending: its upstream "
          + up + " is not registered yet; retry once the upstream product registers");
    }
    return up;
  }

  @Override
  public List<PortAddress> pendingInputs() {
    return registry.pendingInputs();
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public void close() {
    close(closeGrace);
  }

  @Override
  public void close(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    if (threads.isMeshThread()) { // it would wait for its own task, then interrupt itself and free memory in use
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "mesh '" + name + "' cannot be closed from one of"
          + " its own worker threads (inside a transform, or an emitter running on the workers); close it from the thread"
          + " that built it, for example after awaitIdle");
    }
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    refresher.close();
    observability.close();
    clockScheduler.close();
    if (!threads.shutdown(grace)) {
      LOG.warn("mesh '{}': work still running after {} was interrupted", name, grace);
    }
    closeDataPlane(grace);
    events.drainNow();
    events.close();
    LOG.debug("mesh '{}' closed", name);
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "mesh '" + name + "' is closed; build a new one");
    }
  }

  @Override
  public String toString() {
    return "Mesh[" + name + ", " + registry.all().size() + " products]";
  }

  // ---- Data plane (issue 4): publish and read delegate to DataPlane ----

  private DataPlane startDataPlane(MeshBuilder b) {
    try {
      return new DataPlane(b, a -> registry.get(a.product()).flatMap(p -> p.outputPort(a.name()))
          .filter(p -> a.kind() == PortKind.OUTPUT), events::dispatch);
    } catch (RuntimeException e) {
      threads.shutdown(Duration.ZERO);
      throw e;
    }
  }

  private void closeDataPlane(Duration grace) {
    try {
      dataPlane.close(grace);
    } catch (RuntimeException e) {
      LOG.error("mesh '{}': closing the data plane failed; Arrow memory may be leaked", name, e);
    }
  }

  @Override
  public BufferAllocator allocator() {
    return dataPlane.root;
  }

  @Override
  public PublishResult publish(PortAddress port, ArrowReader reader) {
    return publish(port, Publishing.source(reader, r -> r,
        (d, x) -> SnapshotPublisher.publish(reader, d, x)), OptionalLong.empty());
  }

  @Override
  public PublishResult publish(PortAddress port, ArrowReader reader, long expectedSnapshotId) {
    return publish(port, Publishing.source(reader, r -> r,
        (d, x) -> SnapshotPublisher.publish(reader, d, x)), OptionalLong.of(expectedSnapshotId));
  }

  @Override
  public PublishResult publish(PortAddress port, ArrowReader reader, PublishListener listener) {
    requireListener(listener, reader);
    return publish(port, Publishing.source(reader, r -> r,
        (d, x) -> SnapshotPublisher.publish(reader, new ObservedDraft(d, listener), x)), OptionalLong.empty());
  }

  @Override
  public PublishResult publish(PortAddress port, BatchSupplier batches, PublishListener listener) {
    requireListener(listener, batches);
    return publish(port, Publishing.source(batches, r -> r,
        (d, x) -> SnapshotPublisher.publish(batches, new ObservedDraft(d, listener), x)), OptionalLong.empty());
  }

  @Override
  public PublishResult publish(PortAddress port, VectorSchemaRoot batch) {
    return publish(port, Publishing.source(batch, r -> r,
        (d, x) -> SnapshotPublisher.publish(batch, d, x)), OptionalLong.empty());
  }

  @Override
  public PublishResult publish(PortAddress port, BatchSupplier batches) {
    return publish(port, Publishing.source(batches, r -> r,
        (d, x) -> SnapshotPublisher.publish(batches, d, x)), OptionalLong.empty());
  }

  /** A missing listener is a caller's bug; the source is still closed, as every publish promises. */
  private static void requireListener(@Nullable PublishListener listener, AutoCloseable source) {
    if (listener == null) {
      Publishing.source(source, r -> r, (d, x) -> null).close();
      throw new NullPointerException("listener: pass p -> {} to publish without observing");
    }
  }

  private PublishResult publish(PortAddress port, Publishing.Source source, OptionalLong expected) {
    Objects.requireNonNull(port, "port");
    if (closed.get()) {
      source.close();
      ensureOpen();
    }
    if (port.kind() == PortKind.OBSERVABILITY) {
      source.close();
      throw StatusReads.noData("publish to", port, registry);
    }
    try {
      checkPublish(port); // PUBLISH policies run before any batch is taken
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
    return dataPlane.publishing.publish(port, source, expected);
  }

  @Override
  public ArrowReader read(ReadRequest request) {
    Objects.requireNonNull(request, "request");
    ensureOpen();
    ArrowReader reader = request.port().kind() == PortKind.OBSERVABILITY ? status.read(request, registry)
        : dataPlane.read(request);
    observability.metrics().read(request.port());
    recordConsumer(request.port(), request.principal().id());
    readWarning(request.port()).ifPresent(w -> LOG.warn("read of {} by {}: {}", request.port(),
        request.principal().id(), w));
    return reader;
  }

  @Override
  public ArrowReader readQuarantine(ReadRequest request) {
    Objects.requireNonNull(request, "request");
    ensureOpen();
    if (request.port().kind() == PortKind.OBSERVABILITY) {
      throw StatusReads.noData("quarantine read of", request.port(), registry);
    }
    DataProduct owner = registry.get(request.port().product()).orElseThrow(() -> new MeshException(
        MeshStatus.NOT_FOUND, "output port " + request.port() + " is not registered; register its product first"));
    return dataPlane.readQuarantine(request, owner.domain().name());
  }

  @Override
  public Optional<io.datamesh.api.contract.Contract> contract(PortAddress port) {
    if (Objects.requireNonNull(port, "port").kind() == PortKind.OBSERVABILITY) {
      return status.contract(port, registry);
    }
    return dataPlane.ports.apply(Objects.requireNonNull(port, "port")).map(OutputPort::contract);
  }

  @Override
  public Optional<io.datamesh.api.contract.Contract> contract(PortAddress port,
      io.datamesh.api.read.Principal principal) {
    Objects.requireNonNull(principal, "principal");
    if (Objects.requireNonNull(port, "port").kind() == PortKind.OBSERVABILITY) {
      return status.contract(port, principal, registry);
    }
    return dataPlane.ports.apply(Objects.requireNonNull(port, "port"))
        .map(p -> ConsumerContract.of(p, dataPlane.enforcement.view(principal, p)));
  }

  /** For tests: the number of enforced results the read cache holds. */
  long readCacheEntries() {
    return dataPlane.cache.size();
  }

  @Override
  public OptionalLong currentSnapshotId(PortAddress port) {
    return dataPlane.store.currentId(port.toString());
  }

  @Override
  public List<Long> snapshotIds(PortAddress port) {
    return dataPlane.store.ids(port.toString());
  }

  @Override
  public List<String> openReads() {
    return dataPlane.reads.names();
  }

  // ---- Transforms and refresh (issue 5): the refresher decides when, TransformRunner runs ----

  @Override
  public void setTransform(ProductUrn urn, Transform transform, RefreshPolicy policy) {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(transform, "transform");
    Objects.requireNonNull(policy, "policy");
    ensureOpen();
    refresher.setTransform(urn, transform, policy);
  }

  @Override
  public RunResult refresh(ProductUrn urn) {
    Objects.requireNonNull(urn, "urn");
    ensureOpen();
    return refresher.refresh(urn);
  }

  @Override
  public List<RunResult> runHistory(ProductUrn urn) {
    return refresher.history(Objects.requireNonNull(urn, "urn"));
  }

  @Override
  public boolean awaitIdle(Duration timeout) {
    try {
      return refresher.awaitIdle(Objects.requireNonNull(timeout, "timeout"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public Optional<io.datamesh.api.quality.QualityReport> latestQualityReport(PortAddress port) {
    return dataPlane.quality.store().latest(Objects.requireNonNull(port, "port").toString());
  }

  // ---- Observability (issue 8): port status, the SLO monitor, metrics ----

  private Observability startObservability(MeshBuilder b) {
    Observability o = new Observability(b, dataPlane, () -> registry, events::dispatch);
    events.observe(o::onEvent, o.metrics());
    o.start(clockScheduler);
    return o;
  }

  @Override
  public io.datamesh.core.observe.PortStatus observe(PortAddress port) {
    if (Objects.requireNonNull(port, "port").kind() == PortKind.OBSERVABILITY) {
      throw StatusReads.notObservable(port, registry);
    }
    return observability.observe(port);
  }

  /** Runs the SLO checks now, as the monitor does every interval. */
  void checkSlos() {
    observability.checkSlos();
  }
}
