package io.datamesh.core;

import io.datamesh.api.PortAddress;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.snapshot.SnapshotPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.datamesh.arrow.snapshot.Snapshot;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/** Transform runs over the mesh's data plane: the same read path as consumers, staged publishes, atomic commit. */
final class MeshRunPlane implements RunPlane {
  private final DataPlane plane;

  MeshRunPlane(DataPlane plane) {
    this.plane = plane;
  }

  @Override
  public Optional<Snapshot> pin(PortAddress outputPort) {
    return plane.store.acquire(outputPort.toString());
  }

  @Override
  public <T> T atomically(Supplier<T> pin) {
    synchronized (plane.commitLock) {
      return pin.get();
    }
  }

  @Override
  public ArrowReader read(PortAddress outputPort, long snapshotId, Principal principal) {
    return plane.read(ReadRequest.builder(outputPort, principal).setSnapshotId(snapshotId).build());
  }

  @Override
  public ArrowReader read(PortAddress outputPort, Snapshot lease, Principal principal) {
    return plane.read(ReadRequest.of(outputPort, principal), lease);
  }

  @Override
  public BufferAllocator runAllocator(String name) {
    return plane.root.newChildAllocator(name, 0, plane.root.getLimit());
  }

  @Override
  public Staged stage(PortAddress outputPort, ArrowReader data, java.util.UUID runId) {
    return plane.publishing.stage(outputPort, Publishing.source(data, r -> r,
        (d, x) -> SnapshotPublisher.publish(data, d, x)), runId);
  }

  @Override
  public Staged stage(PortAddress outputPort, VectorSchemaRoot batch, java.util.UUID runId) {
    return plane.publishing.stage(outputPort, Publishing.source(batch, r -> r,
        (d, x) -> SnapshotPublisher.publish(batch, d, x)), runId);
  }

  @Override
  public Map<PortAddress, Long> commit(List<Staged> staged, java.util.UUID runId) {
    List<Publishing.Staged> ours = new ArrayList<>();
    for (Staged s : staged) {
      ours.add((Publishing.Staged) s);
    }
    return plane.publishing.commitAll(ours, runId);
  }
}
