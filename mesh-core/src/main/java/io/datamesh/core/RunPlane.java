package io.datamesh.core;

import io.datamesh.api.PortAddress;
import io.datamesh.api.read.Principal;
import java.util.List;
import java.util.Map;
import io.datamesh.arrow.snapshot.Snapshot;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/** What a transform run needs from the data plane: pinned reads, staged publishes and an atomic commit. */
interface RunPlane {
  /** Leases the current snapshot of an output port, so it outlives its retirement; empty if it never published. */
  java.util.Optional<Snapshot> pin(PortAddress outputPort);

  /** Runs {@code pin} while no multi-port commit is in progress, so pinned ids are a consistent set. */
  <T> T atomically(java.util.function.Supplier<T> pin);

  /** Opens a kept snapshot of an output port for a principal; the caller closes the reader. */
  ArrowReader read(PortAddress outputPort, long snapshotId, Principal principal);

  /** Opens a pinned snapshot for a principal; the reader takes the lease over. */
  ArrowReader read(PortAddress outputPort, Snapshot lease, Principal principal);

  /** A child allocator for one run's own batches. */
  BufferAllocator runAllocator(String name);

  /**
   * Checks and materializes a publish without making it current; always closes {@code data}. A rejection's events
   * name {@code runId}, so lineage shows it inside the transform run.
   */
  Staged stage(PortAddress outputPort, ArrowReader data, java.util.UUID runId);

  /** Like {@link #stage(PortAddress, ArrowReader, java.util.UUID)} for one batch; always closes {@code batch}. */
  Staged stage(PortAddress outputPort, VectorSchemaRoot batch, java.util.UUID runId);

  /**
   * Makes every staged snapshot current together, or none (each output that does not commit records a failed
   * publish, and the call throws); returns the snapshot id per port. The publish and quality
   * events name {@code runId}, so lineage shows the outputs inside the transform run rather than as runs of their own.
   */
  Map<PortAddress, Long> commit(List<Staged> staged, java.util.UUID runId);

  /** A publish that is checked and held but not yet current. */
  interface Staged extends AutoCloseable {
    PortAddress port();

    long rows();

    /** Releases the staged data if it was not committed. */
    @Override
    void close();
  }
}
