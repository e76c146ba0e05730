/**
 * The Mesh runtime: the registry and discovery, ODCS contract I/O and validation, publish and read, governance,
 * quality orchestration and metadata emitters.
 */
module io.datamesh.core {
  requires transitive io.datamesh.arrow;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.slf4j;
  requires java.net.http;
  requires com.github.benmanes.caffeine;
  requires re2j; // RE2/J 1.8 ships no module name: the automatic name comes from its file name

  exports io.datamesh.core;
  exports io.datamesh.core.contract;
  exports io.datamesh.core.governance;
  exports io.datamesh.core.quality;
  exports io.datamesh.core.emit;
  exports io.datamesh.core.lineage;
  exports io.datamesh.core.observe;

  // Jackson writes the package-private OpenLineage records by reflection.
  opens io.datamesh.core.lineage to com.fasterxml.jackson.databind;
}
