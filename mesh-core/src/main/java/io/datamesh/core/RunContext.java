package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.InputPort;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.read.Principal;
import io.datamesh.arrow.snapshot.Snapshot;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/** One run's view of the mesh: pinned inputs, staged outputs, its allocator and log. */
final class RunContext implements TransformContext {
  private final DataProduct product;
  private final UUID runId;
  private final RunTrigger trigger;
  private final Map<String, PortAddress> upstreamByInput;
  private final Map<PortAddress, Long> pinned;
  /** Pinned snapshots not yet handed to a reader; the first read of each port takes its lease over. */
  private final Map<PortAddress, Snapshot> leases;
  private final RunPlane plane;
  private final Clock clock;
  private final BufferAllocator allocator;
  private final RunLogImpl log;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final List<ArrowReader> opened = new ArrayList<>();
  private final Map<String, RunPlane.Staged> staged = new LinkedHashMap<>();
  private final Map<PortAddress, Map<String, List<String>>> lineage = new LinkedHashMap<>();

  RunContext(DataProduct product, UUID runId, RunTrigger trigger, Map<PortAddress, Long> pinned,
      Map<PortAddress, Snapshot> leases, RunPlane plane, Clock clock, RunLogImpl log) {
    this.leases = new LinkedHashMap<>(leases);
    this.product = product;
    this.runId = runId;
    this.trigger = trigger;
    this.pinned = pinned;
    this.plane = plane;
    this.clock = clock;
    this.log = log;
    this.upstreamByInput = new LinkedHashMap<>();
    for (InputPort in : product.inputPorts()) {
      in.upstream().ifPresent(up -> upstreamByInput.put(in.name(), up));
    }
    this.allocator = plane.runAllocator("run-" + product.name() + "-" + runId);
  }

  @Override
  public ProductUrn product() {
    return product.urn();
  }

  @Override
  public UUID runId() {
    return runId;
  }

  @Override
  public RunTrigger trigger() {
    return trigger;
  }

  @Override
  public ArrowReader input(String inputPort) {
    PortAddress up = upstream(inputPort);
    Snapshot lease;
    synchronized (leases) {
      lease = leases.remove(up);
    }
    Principal self = Principal.ofProduct(product.urn());
    ArrowReader reader;
    try {
      reader = lease != null ? plane.read(up, lease, self) : plane.read(up, pinned.get(up), self);
    } catch (MeshException e) {
      if (e.status() == MeshStatus.NOT_FOUND) {
        throw new MeshException(MeshStatus.UNAVAILABLE, "input '" + inputPort + "' was already read once in run "
            + runId + " and its pinned snapshot " + pinned.get(up) + " has since been retired; read each input"
            + " once per run, or raise MeshBuilder.setSnapshotHistory", e);
      }
      throw e;
    }
    synchronized (opened) {
      opened.add(reader);
    }
    return reader;
  }

  @Override
  public long inputSnapshotId(String inputPort) {
    return pinned.get(upstream(inputPort));
  }

  private PortAddress upstream(String inputPort) {
    PortAddress up = upstreamByInput.get(inputPort);
    if (up == null) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, "product " + product.urn() + " declares no input port '"
          + inputPort + "' that reads a mesh port; a transform reads only its declared inputs " + upstreamByInput.keySet()
          + "; declare it with InputPort.builder(\"" + inputPort + "\").fromPort(...)");
    }
    return up;
  }

  @Override
  public void publish(String outputPort, ArrowReader data) {
    stage(outputPort, data, () -> plane.stage(address(outputPort), data, runId));
  }

  @Override
  public void publish(String outputPort, VectorSchemaRoot batch) {
    stage(outputPort, batch, () -> plane.stage(address(outputPort), batch, runId));
  }

  @Override
  public void declareLineage(String outputPort, String outputColumn, String inputPort, String inputColumn) {
    if (product.outputPort(outputPort).isEmpty()) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, "product " + product.urn() + " has no output port '"
          + outputPort + "' to declare lineage for");
    }
    String source = upstream(inputPort) + "#" + inputColumn;
    synchronized (lineage) {
      lineage.computeIfAbsent(address(outputPort), p -> new LinkedHashMap<>())
          .computeIfAbsent(outputColumn, c -> new ArrayList<>()).add(source);
    }
  }

  /** Column lineage declared so far: output port → output column → "inputPortUrn#column" sources. */
  Map<PortAddress, Map<String, List<String>>> lineage() {
    synchronized (lineage) {
      return Map.copyOf(lineage);
    }
  }

  private PortAddress address(String outputPort) {
    return product.outputPort(outputPort).orElseThrow().address();
  }

  private void stage(String outputPort, AutoCloseable data, java.util.function.Supplier<RunPlane.Staged> stage) {
    boolean handedOver = false;
    try {
      throwIfCancelled();
      if (product.outputPort(outputPort).isEmpty()) {
        throw new MeshException(MeshStatus.INVALID_ARGUMENT, "product " + product.urn() + " has no output port '"
            + outputPort + "'; its output ports are " + product.outputPorts().stream().map(p -> p.name()).toList());
      }
      synchronized (staged) {
        if (staged.containsKey(outputPort)) {
          throw new MeshException(MeshStatus.FAILED_PRECONDITION, "run " + runId + " already published output"
              + " port '" + outputPort + "'; publish each output port at most once per run");
        }
        handedOver = true; // staging closes the data whatever happens
        staged.put(outputPort, stage.get());
      }
    } finally {
      if (!handedOver) {
        closeQuietly(data);
      }
    }
  }

  private void closeQuietly(AutoCloseable data) {
    try {
      data.close();
    } catch (Exception e) {
      log.warn("closing a rejected publish reader failed: " + e);
    }
  }

  @Override
  public BufferAllocator allocator() {
    return allocator;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public RunLog log() {
    return log;
  }

  @Override
  public boolean isCancelled() {
    return cancelled.get() || Thread.currentThread().isInterrupted();
  }

  @Override
  public void throwIfCancelled() {
    if (isCancelled()) {
      throw new MeshException(MeshStatus.CANCELLED, "run " + runId + " of " + product.urn() + " was cancelled");
    }
  }

  void cancel() {
    cancelled.set(true);
  }

  List<RunPlane.Staged> staged() {
    synchronized (staged) {
      return List.copyOf(staged.values());
    }
  }

  /** Closes what the transform left open and releases uncommitted outputs; returns leak messages, if any. */
  List<String> release(boolean committed) {
    List<String> problems = new ArrayList<>();
    synchronized (leases) {
      leases.values().forEach(Snapshot::close);
      leases.clear();
    }
    synchronized (opened) {
      for (ArrowReader r : opened) {
        try {
          r.close();
        } catch (Exception e) {
          problems.add("closing an input reader failed: " + e.getMessage());
        }
      }
    }
    if (!committed) {
      staged().forEach(RunPlane.Staged::close);
    }
    try {
      allocator.close();
    } catch (IllegalStateException e) {
      problems.add("the transform leaked Arrow memory (" + allocator.getAllocatedMemory() + " bytes in "
          + allocator.getName() + "); close every vector and reader it creates");
    }
    return problems;
  }
}
