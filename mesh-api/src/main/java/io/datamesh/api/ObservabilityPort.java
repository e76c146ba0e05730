package io.datamesh.api;

/**
 * A observability port: it exposes the product's quality, SLO and run state. Declared with
 * {@code DataProductBuilder.addPort(PortKind.OBSERVABILITY, name, description)}.
 */
public sealed interface ObservabilityPort extends Port permits ObservabilityPortRecord {}
