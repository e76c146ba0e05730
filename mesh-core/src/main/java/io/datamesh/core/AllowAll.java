package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.ObservabilityPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.read.ReadRequest;

/** The default controller; the mesh recognises it to warn once that reads are not governed. */
enum AllowAll implements AccessController {
  INSTANCE;

  @Override
  public AccessDecision check(ReadRequest request, OutputPort port) {
    return AccessDecision.allow();
  }

  @Override
  public AccessDecision checkObservability(ReadRequest request, DataProduct product, ObservabilityPort port) {
    return AccessDecision.allow();
  }
}
