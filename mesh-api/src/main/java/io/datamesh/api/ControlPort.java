package io.datamesh.api;

/**
 * A control port: it lets operators act on the product: refresh it, change its policies. Declared with
 * {@code DataProductBuilder.addPort(PortKind.CONTROL, name, description)}.
 */
public sealed interface ControlPort extends Port permits ControlPortRecord {}
