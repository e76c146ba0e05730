package io.datamesh.api;

import java.util.Objects;
import java.util.Optional;

/** The value behind {@link InputPort}. */
record InputPortRecord(PortAddress address, Version version, Optional<String> description,
    Optional<PortAddress> upstream, int acceptedMajor, Optional<String> externalSource) implements InputPort {
  InputPortRecord {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(upstream, "upstream");
    Objects.requireNonNull(externalSource, "externalSource");
  }
}
