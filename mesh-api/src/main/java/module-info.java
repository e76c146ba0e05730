/**
 * The vocabulary of the Data Mesh SDK: data products, ports, contracts, identity, reads and filters, policy,
 * quality and event types, and {@link io.datamesh.api.MeshException}. It depends on nothing but JSpecify.
 */
module io.datamesh.api {
  requires static transitive org.jspecify;

  exports io.datamesh.api;
  exports io.datamesh.api.contract;
  exports io.datamesh.api.event;
  exports io.datamesh.api.policy;
  exports io.datamesh.api.quality;
  exports io.datamesh.api.read;
}
