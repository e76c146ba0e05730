package io.datamesh.arrow.snapshot;

import java.io.IOException;
import java.util.Optional;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Hands a publish its batches one at a time. Each root it returns is taken over: its data moves into the snapshot
 * (copied once if it lives under another root allocator) and the root is closed. Every root must have the schema
 * of the first.
 *
 * <pre>{@code
 * Iterator<VectorSchemaRoot> it = batches.iterator();
 * BatchSupplier supplier = () -> it.hasNext() ? Optional.of(it.next()) : Optional.empty();
 * }</pre>
 */
@FunctionalInterface
public interface BatchSupplier extends AutoCloseable {
  /**
   * Returns the next batch.
   *
   * @return the batch, or empty at the end
   * @throws Exception when the source fails; the publish is rejected and releases everything
   */
  Optional<VectorSchemaRoot> next() throws Exception;

  /**
   * Releases what the supplier holds; the publish calls it once, whatever happened.
   *
   * @throws IOException when releasing fails
   */
  @Override
  default void close() throws IOException {}
}
