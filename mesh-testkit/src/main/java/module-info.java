/**
 * Test support for data products: a JUnit 5 extension, test data, leak-checking allocators, test clocks and an
 * in-memory emitter. Only the extension needs JUnit; AssertJ and jqwik are optional and used only by
 * {@code io.datamesh.testkit.assertj} and {@code io.datamesh.testkit.jqwik}.
 */
module io.datamesh.testkit {
  requires transitive io.datamesh.core;
  requires static transitive org.junit.jupiter.api;
  requires static transitive org.assertj.core;
  requires static transitive net.jqwik.api;
  requires static org.jspecify;

  exports io.datamesh.testkit;
  exports io.datamesh.testkit.junit5;
  exports io.datamesh.testkit.assertj;
  exports io.datamesh.testkit.jqwik;
}
