package io.datamesh.core;

/**
 * A data product's own code: it reads the product's declared input ports and publishes its output ports. The mesh
 * runs it on demand, when an upstream publishes, or on a schedule ({@link RefreshPolicy}), at most one run per
 * product at a time. Outputs published in one run become current together when the run succeeds, or not at all.
 *
 * <pre>{@code
 * mesh.setTransform(revenue.urn(), ctx -> {
 *   try (ArrowReader orders = ctx.input("orders")) {
 *     ctx.publish("daily_revenue", summarize(orders, ctx.allocator()));
 *   }
 * }, RefreshPolicy.onUpstreamPublish(Duration.ofSeconds(1)));
 * }</pre>
 */
@FunctionalInterface
public interface Transform {
  /**
   * Runs once. Throwing fails the run: nothing it published becomes current and the error is recorded.
   *
   * @param context the run's inputs, outputs, clock, log and cancellation
   * @throws Exception any failure; the mesh records it and keeps the last good snapshots
   */
  void run(TransformContext context) throws Exception;
}
