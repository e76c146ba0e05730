package io.datamesh.core;

/**
 * Observes a long publish: told after each batch the snapshot draft took, on the publishing thread, before the
 * next batch is read. Use it for progress output or metrics; keep it quick.
 *
 * <pre>{@code
 * mesh.publish(port, ArrowIpc.readFile(FileChannel.open(path), mesh.allocator()),
 *     p -> System.out.printf("%,d rows in %s%n", p.rows(), p.elapsed()));
 * }</pre>
 *
 * <p>An exception thrown by the listener abandons the publish: the draft is discarded and its memory freed, the
 * source is closed, the previous snapshot stays current, and the publish fails with {@code ABORTED} (the
 * listener's own {@code MeshException} as it is). Throwing is also the way to cancel a publish on purpose.
 */
@FunctionalInterface
public interface PublishListener {
  /**
   * Receives the progress so far.
   *
   * @param progress the batches, rows and bytes taken so far and the time since the publish started
   */
  void onBatch(PublishProgress progress);
}
