package io.datamesh.archfixture;

import io.datamesh.archfixture.internal.Hidden;

/** Deliberately breaks the rules: not final, leaks an internal type, and closes a package cycle with Hidden2. */
public class Exposed {
  public Hidden leak() {
    return new Hidden();
  }

  public io.datamesh.archfixture.cycle.B partner() {
    return new io.datamesh.archfixture.cycle.B();
  }
}
