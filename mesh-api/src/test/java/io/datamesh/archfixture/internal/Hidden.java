package io.datamesh.archfixture.internal;

/** A deliberately misplaced type: the architecture tests prove the rules reject it. */
public class Hidden {
  public Hidden() {}
}
