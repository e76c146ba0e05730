package io.datamesh.arrow.snapshot;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.arrow.Conformance;
import io.datamesh.arrow.ConformancePlan;
import io.datamesh.arrow.ExtraColumns;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.memory.OutOfMemoryException;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Fills a snapshot draft from an Arrow source in one pass: checks conformance to the contract's schema, moves or
 * copies each batch into the draft, and applies coercions. The source is always closed; the draft is not
 * committed (the caller decides) and, on failure, holds whatever was appended until the caller closes it.
 *
 * <pre>{@code
 * try (SnapshotDraft draft = store.newDraft("orders", contractSchema)) {
 *   PublishStats stats = SnapshotPublisher.publish(reader, draft, ExtraColumns.REJECT);
 *   draft.commit();
 * }
 * }</pre>
 */
public final class SnapshotPublisher {
  private SnapshotPublisher() {}

  /**
   * Publishes every batch of a reader into a draft, then closes the reader.
   *
   * @param source the reader; closed whatever happens
   * @param draft the draft, whose schema is the contract's
   * @param extra what to do with columns the contract does not declare
   * @return what the pass did
   * @throws MeshException {@code CONTRACT_VIOLATION} for data that does not conform, {@code RESOURCE_EXHAUSTED}
   *     when the allocator limit is reached, {@code ABORTED} when the source fails, or the source's own
   *     {@code MeshException}
   */
  public static PublishStats publish(ArrowReader source, SnapshotDraft draft, ExtraColumns extra) {
    return run(Batches.of(source), draft, extra);
  }

  /**
   * Publishes the batches of a supplier into a draft, then closes the supplier.
   *
   * @param source the supplier; closed whatever happens
   * @param draft the draft, whose schema is the contract's
   * @param extra what to do with columns the contract does not declare
   * @return what the pass did
   * @throws MeshException as {@link #publish(ArrowReader, SnapshotDraft, ExtraColumns)}
   */
  public static PublishStats publish(BatchSupplier source, SnapshotDraft draft, ExtraColumns extra) {
    return run(Batches.of(source), draft, extra);
  }

  /**
   * Publishes one batch into a draft; the root's data moves into the draft and the root is closed.
   *
   * @param root the batch; closed whatever happens
   * @param draft the draft, whose schema is the contract's
   * @param extra what to do with columns the contract does not declare
   * @return what the pass did
   * @throws MeshException as {@link #publish(ArrowReader, SnapshotDraft, ExtraColumns)}
   */
  public static PublishStats publish(VectorSchemaRoot root, SnapshotDraft draft, ExtraColumns extra) {
    VectorSchemaRoot[] once = {root};
    return publish(new BatchSupplier() {
      @Override
      public Optional<VectorSchemaRoot> next() {
        VectorSchemaRoot r = once[0];
        once[0] = null;
        return Optional.ofNullable(r);
      }

      @Override
      public void close() {
        if (once[0] != null) {
          once[0].close();
        }
      }
    }, draft, extra);
  }

  private static PublishStats run(Batches source, SnapshotDraft draft, ExtraColumns extra) {
    Pass pass = new Pass(draft, extra);
    Throwable failure = null;
    try {
      pass.consume(source);
    } catch (Throwable t) {
      failure = t;
    }
    try {
      source.close();
    } catch (Exception e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw translate(failure, draft, pass);
    }
    return pass.stats();
  }

  private static RuntimeException translate(Throwable t, SnapshotDraft draft, Pass pass) {
    String where = "publish of " + draft.schema().getCustomMetadata().getOrDefault("odcs.schemaObject", "data")
        + " after " + draft.batchCount() + " batches (" + draft.rowCount() + " rows)";
    if (t instanceof OutOfMemoryException || t.getCause() instanceof OutOfMemoryException) {
      return new MeshException(MeshStatus.RESOURCE_EXHAUSTED, where + " reached the memory limit ("
          + draft.allocator().getRoot().getLimit() + " bytes): " + t.getMessage()
          + "; raise the limit or publish less data", t);
    }
    if (t instanceof MeshException) {
      return (MeshException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return new MeshException(MeshStatus.ABORTED, where + " failed in the source: " + t, t);
  }

  /** The state of one pass. */
  private static final class Pass {
    private final SnapshotDraft draft;
    private final ExtraColumns extra;
    private final BatchTaker taker;
    private @Nullable ConformancePlan plan;
    private @Nullable Schema firstSchema;

    Pass(SnapshotDraft draft, ExtraColumns extra) {
      this.draft = draft;
      this.extra = extra;
      this.taker = new BatchTaker(draft.allocator());
    }

    void consume(Batches source) throws Exception {
      Optional<Schema> known = source.schema();
      if (known.isPresent()) {
        plan = Conformance.plan(draft.schema(), known.get(), extra);
      }
      VectorSchemaRoot in;
      while ((in = source.next()) != null) {
        VectorSchemaRoot local;
        try {
          if (plan == null) {
            firstSchema = in.getSchema();
            plan = Conformance.plan(draft.schema(), in.getSchema(), extra);
          } else if (firstSchema != null && !in.getSchema().equals(firstSchema)) {
            throw new MeshException(MeshStatus.INVALID_ARGUMENT, "batch " + (draft.batchCount() + 1)
                + " has schema " + in.getSchema() + " but the first batch had " + firstSchema);
          }
          local = taker.take(in);
        } finally {
          if (source.rootsAreTaken()) {
            in.close();
          }
        }
        draft.append(plan.apply(local, source.dictionaries(), draft.allocator()));
      }
    }


    PublishStats stats() {
      return new PublishStats(draft.rowCount(), draft.batchCount(), taker.copiedBytes(),
          plan == null ? List.of() : plan.coercions(), plan == null ? List.of() : plan.droppedColumns());
    }
  }
}
