package io.datamesh.core;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.arrow.snapshot.SnapshotDraft;
import java.time.Duration;
import java.util.Objects;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/** A draft that tells a {@link PublishListener} after each batch it took; the listener's failure aborts. */
final class ObservedDraft extends ForwardingDraft {
  private final PublishListener listener;
  private final long start = System.nanoTime();
  private int batches;
  private long rows;
  private long bytes;

  ObservedDraft(SnapshotDraft draft, PublishListener listener) {
    super(draft);
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public void append(VectorSchemaRoot batch) {
    int batchRows = batch.getRowCount();
    long batchBytes = 0;
    for (FieldVector v : batch.getFieldVectors()) {
      batchBytes += v.getBufferSize(); // measured before append, which takes the buffers over
    }
    draft.append(batch);
    batches++;
    rows += batchRows;
    bytes += batchBytes;
    Progress progress = new Progress(batches, rows, bytes, Duration.ofNanos(System.nanoTime() - start));
    try {
      listener.onBatch(progress);
    } catch (MeshException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new MeshException(MeshStatus.ABORTED, "the publish listener failed after batch " + batches + " ("
          + rows + " rows): " + e + "; the publish is abandoned and the previous snapshot stays current", e);
    }
  }

  private record Progress(int batches, long rows, long bytes, Duration elapsed) implements PublishProgress {}
}
