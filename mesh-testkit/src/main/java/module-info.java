/**
 * Test support for data products: a JUnit 5 extension, test data, leak-checking allocators, test clocks and an
 * in-memory emitter. JUnit and AssertJ are optional: the classes in {@code io.datamesh.testkit} work without them.
 */
module io.datamesh.testkit {
  requires transitive io.datamesh.core;
  requires static transitive org.junit.jupiter.api;

  exports io.datamesh.testkit;
  exports io.datamesh.testkit.junit5;
}
