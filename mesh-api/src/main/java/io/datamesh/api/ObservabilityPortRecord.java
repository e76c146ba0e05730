package io.datamesh.api;

import java.util.Objects;
import java.util.Optional;

/** The value behind {@link ObservabilityPort}. */
record ObservabilityPortRecord(PortAddress address, Version version, Optional<String> description) implements ObservabilityPort {
  ObservabilityPortRecord {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
  }
}
