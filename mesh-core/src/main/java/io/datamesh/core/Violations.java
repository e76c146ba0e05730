package io.datamesh.core;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.ProductUrn;
import java.util.ArrayList;
import java.util.List;

/** Collects every broken registration rule, so the user fixes them all in one round. */
final class Violations {
  private final ProductUrn product;
  private final List<String> problems = new ArrayList<>();

  Violations(ProductUrn product) {
    this.product = product;
  }

  void add(String rule, String where, String message) {
    problems.add("[" + rule + "] " + where + ": " + message);
  }

  void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder("cannot register ").append(product).append(": ")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (String p : problems) {
      sb.append("\n  - ").append(p);
    }
    throw new MeshException(MeshStatus.INVALID_ARGUMENT, sb.toString());
  }
}
