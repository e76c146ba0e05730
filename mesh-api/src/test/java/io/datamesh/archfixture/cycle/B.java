package io.datamesh.archfixture.cycle;

import io.datamesh.archfixture.Exposed;

/** The other half of a deliberate package cycle. */
public final class B {
  public Exposed back() {
    return new Exposed();
  }
}
