package io.datamesh.api;

import java.util.Objects;
import java.util.Optional;

/** The value behind {@link DiscoveryPort}. */
record DiscoveryPortRecord(PortAddress address, Version version, Optional<String> description) implements DiscoveryPort {
  DiscoveryPortRecord {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
  }
}
