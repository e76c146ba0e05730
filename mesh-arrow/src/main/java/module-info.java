/**
 * Data-plane mechanisms on Apache Arrow, usable without a {@code Mesh}: contract types as Arrow schemas,
 * snapshots, Arrow IPC and vectorized kernels.
 */
// "module": mesh-arrow is compiled before io.datamesh.core, the target of its one qualified export.
@SuppressWarnings("module")
module io.datamesh.arrow {
  requires transitive io.datamesh.api;
  requires transitive org.apache.arrow.vector;
  requires transitive org.apache.arrow.memory.core;
  requires org.apache.arrow.memory.unsafe; // the one pinned allocation manager
  requires org.apache.arrow.format;
  requires org.slf4j;
  requires static org.jspecify;
  requires re2j; // RE2/J 1.8 ships no module name: the automatic name comes from its file name

  exports io.datamesh.arrow;
  exports io.datamesh.arrow.snapshot;
  exports io.datamesh.arrow.ipc;
  exports io.datamesh.arrow.filter;
  exports io.datamesh.arrow.mask;
  exports io.datamesh.arrow.quality;
  // Shared with mesh-core only; never in an exported signature (ArrowArchitectureTest).
  exports io.datamesh.arrow.internal to io.datamesh.core;

}
