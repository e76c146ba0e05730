/** The hello-mesh sample, runnable on the module path. */
module io.datamesh.samples.hello {
  requires io.datamesh.core;

  exports io.datamesh.samples.hello;
}
