package io.datamesh.core;

import io.datamesh.api.IdStrategy;
import io.datamesh.api.PortAddress;
import io.datamesh.api.event.MetadataEmitter;
import io.datamesh.arrow.ExtraColumns;
import io.datamesh.core.quality.QuarantineMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import io.datamesh.core.governance.PolicySet;
import io.datamesh.core.observe.MeshMetrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.arrow.memory.BufferAllocator;
import org.jspecify.annotations.Nullable;
import java.util.function.Function;

/**
 * Configures a {@link Mesh}. Every setting has a default, so {@code Mesh.builder().build()} is a working mesh.
 *
 * <pre>{@code
 * Mesh mesh = Mesh.builder()
 *     .setClock(Clock.systemUTC())
 *     .addEmitter(myEmitter)
 *     .setWorkerThreads(2)
 *     .build();
 * }</pre>
 */
public final class MeshBuilder {
  static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);
  /** The default byte budget of the enforced-read cache, 64 MiB; see {@link #setReadCacheBytes}. */
  public static final long DEFAULT_READ_CACHE_BYTES = 64L << 20;

  Clock clock = Clock.systemUTC();
  final List<MetadataEmitter> emitters = new ArrayList<>();
  final List<Function<? super Mesh, ? extends MetadataEmitter>> emitterFactories = new ArrayList<>();
  int workerThreads = Math.min(Runtime.getRuntime().availableProcessors(), 4);
  IdStrategy idStrategy = IdStrategy.UUID_V5;
  Duration closeGrace = DEFAULT_GRACE;
  String name = "mesh";
  long memoryLimit = Long.MAX_VALUE;
  @Nullable BufferAllocator parentAllocator;
  int snapshotHistory = 3;
  long readCacheBytes = DEFAULT_READ_CACHE_BYTES;
  int qualityHistory = 100;
  AccessController accessController = AccessController.allowAll();
  java.util.Optional<io.datamesh.core.governance.AccessPolicies> accessPolicies = java.util.Optional.empty();
  ExtraColumns defaultExtraColumns = ExtraColumns.REJECT;
  final Map<PortAddress, ExtraColumns> extraColumns = new HashMap<>();
  PolicySet policies = PolicySet.empty();
  final Map<String, List<PolicySet>> domainPolicies = new LinkedHashMap<>();
  Duration policySchedule = Duration.ofHours(1);
  Duration retireQuietPeriod = Duration.ofDays(30);
  int consumersPerPort = 1000;
  Duration sloCheckInterval = Duration.ofMinutes(1);
  MeshMetrics metrics = MeshMetrics.noop();
  QuarantineMode defaultQuarantine = QuarantineMode.OFF;
  final Map<PortAddress, QuarantineMode> quarantine = new HashMap<>();
  double defaultMaxQuarantinedPercent = 5.0;
  final Map<PortAddress, Double> maxQuarantinedPercent = new HashMap<>();
  boolean defaultDistinctStatistics = true;
  final Map<PortAddress, Boolean> distinctStatistics = new HashMap<>();

  MeshBuilder() {}

  /**
   * Sets the clock the mesh reads time from; tests pass a controllable one.
   *
   * @param clock the clock; {@link Clock#systemUTC()} unless set
   * @return this builder
   */
  public MeshBuilder setClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Adds an emitter that receives every event of the mesh, on the mesh's threads.
   *
   * @param emitter the emitter; the mesh closes it when it closes
   * @return this builder
   */
  public MeshBuilder addEmitter(MetadataEmitter emitter) {
    emitters.add(Objects.requireNonNull(emitter, "emitter"));
    return this;
  }

  /**
   * Adds an emitter that needs the mesh it listens to, such as an OpenLineage emitter that looks registered products
   * up. The mesh calls the factory once while it is built; the emitter receives every event after the emitters
   * added with {@link #addEmitter(MetadataEmitter)}.
   *
   * <pre>{@code
   * Mesh.builder().addEmitterFactory(mesh -> OpenLineageEmitter.builder()
   *     .setMapper(LineageMapper.builder().setProducts(mesh::product).build())
   *     .addTransport(LineageTransport.log())
   *     .build());
   * }</pre>
   *
   * @param factory creates the emitter from the mesh; the mesh closes the emitter when it closes
   * @return this builder
   */
  public MeshBuilder addEmitterFactory(Function<? super Mesh, ? extends MetadataEmitter> factory) {
    emitterFactories.add(Objects.requireNonNull(factory, "factory"));
    return this;
  }

  /**
   * Sets how many worker threads the mesh owns.
   *
   * @param threads between 1 and 256; {@code min(cores, 4)} unless set
   * @return this builder
   */
  public MeshBuilder setWorkerThreads(int threads) {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("worker threads must be between 1 and 256, was " + threads);
    }
    this.workerThreads = threads;
    return this;
  }

  /**
   * Sets how product and port ids are computed from URNs.
   *
   * @param strategy {@link IdStrategy#UUID_V5} unless set
   * @return this builder
   */
  public MeshBuilder setIdStrategy(IdStrategy strategy) {
    this.idStrategy = Objects.requireNonNull(strategy, "strategy");
    return this;
  }

  /**
   * Sets how long {@link Mesh#close()} waits for work in flight.
   *
   * @param grace a non-negative duration; 10 seconds unless set
   * @return this builder
   */
  public MeshBuilder setCloseGrace(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("close grace must not be negative, was " + grace);
    }
    this.closeGrace = grace;
    return this;
  }

  /**
   * Names the mesh; the name prefixes its thread names and log lines.
   *
   * @param name letters, digits, {@code . _ -}; {@code mesh} unless set
   * @return this builder
   */
  public MeshBuilder setName(String name) {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("mesh name '" + name + "' must be 1 to 64 letters, digits, '.', '_', '-'");
    }
    this.name = name;
    return this;
  }

  /**
   * Sets the global policy set, evaluated mesh-wide at its triggers (REGISTER inside {@link Mesh#register}).
   *
   * @param set such as {@code PolicySet.builtIns()}; empty unless set
   * @return this builder
   */
  public MeshBuilder setPolicies(PolicySet set) {
    this.policies = Objects.requireNonNull(set, "set");
    return this;
  }

  /**
   * Adds a domain's policy set: its policies apply to the domain's products, and its overrides may raise a global
   * policy's severity or move its rollout forward; any other override fails {@link #build()}.
   *
   * @param domain the domain name
   * @param set the domain's set
   * @return this builder
   */
  public MeshBuilder addDomainPolicies(String domain, PolicySet set) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(set, "set");
    domainPolicies.computeIfAbsent(domain, d -> new ArrayList<>()).add(set);
    return this;
  }

  /**
   * Sets how often SCHEDULED policies run on every registered product, on the mesh scheduler.
   *
   * @param period a non-negative duration, zero to never run them; one hour unless set
   * @return this builder
   */
  public MeshBuilder setPolicySchedule(Duration period) {
    Objects.requireNonNull(period, "period");
    if (period.isNegative()) {
      throw new IllegalArgumentException("policy schedule must not be negative, was " + period);
    }
    this.policySchedule = period;
    return this;
  }

  /**
   * Sets how long nobody may have read a deprecated product before {@link Mesh#retire} accepts it.
   *
   * @param period a non-negative duration, usually whole days; 30 days unless set
   * @return this builder
   */
  public MeshBuilder setRetireQuietPeriod(Duration period) {
    Objects.requireNonNull(period, "period");
    if (period.isNegative()) {
      throw new IllegalArgumentException("retire quiet period must not be negative, was " + period);
    }
    this.retireQuietPeriod = period;
    return this;
  }

  /**
   * Builds and starts the mesh.
   *
   * @return the mesh; close it when done
   * @throws io.datamesh.api.MeshException {@code INVALID_ARGUMENT} if the domain policy sets override global
   *     policies in a way a domain may not
   */
  public Mesh build() {
    return new DefaultMesh(this);
  }

  // ---- Data plane settings (issue 4) ----

  /**
   * Makes the mesh's root allocator a child of {@code parent} instead of a new root, so a host (or a test's leak
   * check) accounts for the mesh's Arrow memory. The mesh closes its child; the caller keeps owning the parent.
   *
   * @param parent the allocator to allocate under
   * @return this builder
   */
  public MeshBuilder setAllocator(BufferAllocator parent) {
    this.parentAllocator = Objects.requireNonNull(parent, "parent");
    return this;
  }

  /**
   * Caps the Arrow memory the mesh holds: snapshots, reads and batches built in {@link Mesh#allocator()}. A publish
   * that would exceed it fails with {@code RESOURCE_EXHAUSTED} and keeps the previous snapshot.
   *
   * @param bytes a positive number of bytes; unlimited unless set
   * @return this builder
   */
  public MeshBuilder setMemoryLimit(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("memory limit must be positive, was " + bytes);
    }
    this.memoryLimit = bytes;
    return this;
  }

  /**
   * Sets how many snapshots the mesh keeps per output port; older ones are retired and freed once no reader
   * holds them.
   *
   * @param snapshots 1 or more; 3 unless set
   * @return this builder
   */
  public MeshBuilder setSnapshotHistory(int snapshots) {
    if (snapshots < 1) {
      throw new IllegalArgumentException("snapshot history must be 1 or more, was " + snapshots);
    }
    this.snapshotHistory = snapshots;
    return this;
  }

  /**
   * Sets how many quality reports the mesh remembers per output port (their metric points, shown by
   * {@code Mesh.observe(port).qualityHistory()}); older ones are forgotten.
   *
   * @param reports 1 or more; 100 unless set
   * @return this builder
   */
  public MeshBuilder setQualityHistory(int reports) {
    if (reports < 1) {
      throw new IllegalArgumentException("quality history must be 1 or more, was " + reports);
    }
    this.qualityHistory = reports;
    return this;
  }

  /**
   * Sets the byte budget of the cache of enforced reads: a read whose access plan masks or filters rows is served
   * from the cached result of (snapshot, plan fingerprint), so principals with the same plan share the masking work
   * and principals with different plans never share a result. Entries are weighed by their Arrow buffer bytes,
   * evicted past the budget, and dropped when their snapshot is retired. Unmasked, unfiltered reads never use it
   * (they are zero-copy already), and neither do reads of a snapshot larger than a quarter of the budget: they
   * are masked while streaming, so no read ever holds a whole enforced copy of a large snapshot.
   *
   * <pre>{@code
   * Mesh mesh = Mesh.builder().setAccessPolicies(policies).setReadCacheBytes(256L << 20).build();
   * }</pre>
   *
   * @param bytes the budget, 0 to turn the cache off; {@value #DEFAULT_READ_CACHE_BYTES} (64 MiB) unless set
   * @return this builder
   * @throws IllegalArgumentException if {@code bytes} is negative
   */
  public MeshBuilder setReadCacheBytes(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("the read cache budget must be 0 (off) or more bytes, was " + bytes);
    }
    this.readCacheBytes = bytes;
    return this;
  }

  /**
   * Sets the hook that decides every read; governance installs its own.
   *
   * @param controller the controller; {@link AccessController#allowAll()} (with one warning) unless set
   * @return this builder
   */
  public MeshBuilder setAccessController(AccessController controller) {
    this.accessController = Objects.requireNonNull(controller, "controller");
    return this;
  }

  /**
   * Enforces access policies on every read, replacing any {@link #setAccessController access controller}: grants,
   * default denial of sensitive ports, masking and row filters, each read audited as an
   * {@link io.datamesh.api.event.MeshEventType#ACCESS_DECISION} event.
   *
   * <pre>{@code
   * Mesh.builder().setAccessPolicies(AccessPolicies.builder().addGrant(grant).build()).build();
   * }</pre>
   *
   * @param policies the policies
   * @return this builder
   */
  public MeshBuilder setAccessPolicies(io.datamesh.core.governance.AccessPolicies policies) {
    this.accessPolicies = java.util.Optional.of(Objects.requireNonNull(policies, "policies"));
    return this;
  }

  /**
   * Sets what publishes do with columns a contract does not declare, for every port without its own setting.
   *
   * @param policy {@link ExtraColumns#REJECT} unless set
   * @return this builder
   */
  public MeshBuilder setExtraColumns(ExtraColumns policy) {
    this.defaultExtraColumns = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /**
   * Sets what publishes to one output port do with columns its contract does not declare.
   *
   * @param port the output port address
   * @param policy the policy for that port
   * @return this builder
   */
  public MeshBuilder setExtraColumns(PortAddress port, ExtraColumns policy) {
    extraColumns.put(Objects.requireNonNull(port, "port"), Objects.requireNonNull(policy, "policy"));
    return this;
  }

  // ---- Observability (issue 8) ----

  /**
   * Sets how often the SLO monitor checks every output port's {@code latency}/{@code freshness}, {@code frequency}
   * and {@code availability} SLA properties, in mesh-clock time.
   *
   * @param interval a non-negative duration, zero to never check; one minute unless set
   * @return this builder
   */
  public MeshBuilder setSloCheckInterval(Duration interval) {
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("SLO check interval must not be negative, was " + interval);
    }
    this.sloCheckInterval = interval;
    return this;
  }

  /**
   * Sets where the mesh reports publishes, reads, failures, SLO states and memory, such as
   * {@code MicrometerMeshMetrics.create(registry)} from {@code mesh-micrometer}.
   *
   * @param metrics the metrics; {@link MeshMetrics#noop()} unless set
   * @return this builder
   */
  public MeshBuilder setMetrics(MeshMetrics metrics) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    return this;
  }

  // ---- Quarantine (issue 7) ----

  /**
   * Sets what publishes do with rows that break a blocking row-level quality rule, for every port without its own
   * setting. With {@link QuarantineMode#QUARANTINE} the good rows are published and the bad ones kept, with a
   * {@code _violations} column, in the port's quarantine snapshot ({@link Mesh#readQuarantine}); with
   * {@link QuarantineMode#OFF} any such row rejects the whole snapshot.
   *
   * @param mode {@link QuarantineMode#OFF} unless set
   * @return this builder
   */
  public MeshBuilder setQuarantine(QuarantineMode mode) {
    this.defaultQuarantine = Objects.requireNonNull(mode, "mode");
    return this;
  }

  /**
   * Sets what publishes to one output port do with rows that break a blocking row-level quality rule.
   *
   * <pre>{@code
   * Mesh.builder().setQuarantine(port, QuarantineMode.QUARANTINE).setMaxQuarantinedPercent(port, 1.0).build();
   * }</pre>
   *
   * @param port the output port address
   * @param mode the mode for that port
   * @return this builder
   */
  public MeshBuilder setQuarantine(PortAddress port, QuarantineMode mode) {
    quarantine.put(Objects.requireNonNull(port, "port"), Objects.requireNonNull(mode, "mode"));
    return this;
  }

  /**
   * Sets whether each publish's quality report counts the distinct values of every column exactly (its statistics'
   * {@code distinct}), for every port without its own setting. Rules that need distinct values ({@code unique},
   * primary keys, {@code duplicateValues}) count them whatever this says. Exact counts keep every value in a hash
   * set, which dominates the cost of publishing wide, high-cardinality tables: in {@code PublishBenchmark} (10M rows,
   * 10 columns) a publish took about 8.6 times longer with them (see BENCHMARKS.md).
   *
   * <pre>{@code
   * Mesh.builder().setDistinctStatistics(false).setDistinctStatistics(smallDimensionPort, true).build();
   * }</pre>
   *
   * @param on true unless set
   * @return this builder
   */
  public MeshBuilder setDistinctStatistics(boolean on) {
    this.defaultDistinctStatistics = on;
    return this;
  }

  /**
   * Sets whether publishes to one output port count the distinct values of every column exactly in their reports;
   * see {@link #setDistinctStatistics(boolean)}.
   *
   * @param port the output port address
   * @param on whether to count them for that port
   * @return this builder
   */
  public MeshBuilder setDistinctStatistics(PortAddress port, boolean on) {
    distinctStatistics.put(Objects.requireNonNull(port, "port"), on);
    return this;
  }

  /**
   * Sets the share of quarantined rows above which a publish is rejected whole, for every port without its own
   * setting.
   *
   * @param percent 0 to 100; 5 unless set
   * @return this builder
   */
  public MeshBuilder setMaxQuarantinedPercent(double percent) {
    this.defaultMaxQuarantinedPercent = checkPercent(percent);
    return this;
  }

  /**
   * Sets the share of quarantined rows above which a publish to one output port is rejected whole.
   *
   * @param port the output port address
   * @param percent 0 to 100
   * @return this builder
   */
  public MeshBuilder setMaxQuarantinedPercent(PortAddress port, double percent) {
    maxQuarantinedPercent.put(Objects.requireNonNull(port, "port"), checkPercent(percent));
    return this;
  }

  private static double checkPercent(double percent) {
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("max quarantined percent must be between 0 and 100, was " + percent);
    }
    return percent;
  }
}
