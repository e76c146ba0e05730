package io.datamesh.api;

/**
 * A discovery port: it describes the product to catalogs: its descriptor, contracts and documentation. Declared with
 * {@code DataProductBuilder.addPort(PortKind.DISCOVERY, name, description)}.
 */
public sealed interface DiscoveryPort extends Port permits DiscoveryPortRecord {}
