/** The retail mesh demo, runnable on the module path. */
module io.datamesh.samples.retail {
  requires transitive io.datamesh.core;

  exports io.datamesh.samples.retail;
}
