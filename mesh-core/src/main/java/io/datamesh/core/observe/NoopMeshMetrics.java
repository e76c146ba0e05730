package io.datamesh.core.observe;

/** The default metrics: the interface's defaults do nothing. */
enum NoopMeshMetrics implements MeshMetrics {
  INSTANCE
}
