package io.datamesh.core.observe;

/**
 * Something that measures itself and reports to the mesh's {@link MeshMetrics}, such as an
 * {@code OpenLineageEmitter} whose HTTP transports count their queue, outbox, retries and drops. The mesh binds every
 * emitter it is given that implements this, once, while it is built; anything else can bind itself by hand.
 *
 * <pre>{@code
 * OpenLineageEmitter emitter = OpenLineageEmitter.builder().addTransport(http).build();
 * emitter.bindTo(MicrometerMeshMetrics.create(registry)); // what the mesh does with MeshBuilder.setMetrics
 * }</pre>
 */
public interface MetricsSource {
  /**
   * Hands the source's gauges and counters to the metrics; called once per metrics.
   *
   * @param metrics where to report
   */
  void bindTo(MeshMetrics metrics);
}
