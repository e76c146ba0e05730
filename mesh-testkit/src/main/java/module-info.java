/** Test support for data products: a JUnit 5 extension, test data, leak-checking allocators, test clocks. */
module io.datamesh.testkit {
  requires transitive io.datamesh.core;
  requires static org.junit.jupiter.api;

}
