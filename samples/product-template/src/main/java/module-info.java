/** A data product template: copy this module to start a product. */
module io.datamesh.samples.template {
  requires transitive io.datamesh.core;

  exports io.datamesh.samples.template;
}
