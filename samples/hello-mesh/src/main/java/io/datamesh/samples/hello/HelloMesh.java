package io.datamesh.samples.hello;

import io.datamesh.api.ProductUrn;

/** Placeholder demo; replaced by the registry demo. */
public final class HelloMesh {
  private HelloMesh() {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(ProductUrn.parse("urn:dpds:com.example:dataproducts:orders:1").id());
  }
}
