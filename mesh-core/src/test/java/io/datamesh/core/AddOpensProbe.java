package io.datamesh.core;

import io.datamesh.api.MeshException;

/** Starts a mesh in a JVM of its own; {@link MissingAddOpensTest} launches it without Arrow's flag. */
public final class AddOpensProbe {
  private AddOpensProbe() {}

  public static void main(String[] args) {
    try (Mesh mesh = Mesh.builder().build()) {
      System.out.println("started " + mesh);
    } catch (MeshException e) {
      System.out.println(e.status() + ": " + e.getMessage());
      System.exit(3);
    }
  }
}
