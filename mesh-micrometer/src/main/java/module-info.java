/**
 * Binds the mesh's {@code MeshMetrics} to a Micrometer {@code MeterRegistry}.
 */
module io.datamesh.micrometer {
  requires transitive io.datamesh.core;
  requires transitive micrometer.core; // Micrometer 1.17 ships no module descriptor: an automatic module
  requires static org.jspecify;

  exports io.datamesh.micrometer;
}
