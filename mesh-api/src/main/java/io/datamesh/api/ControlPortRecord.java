package io.datamesh.api;

import java.util.Objects;
import java.util.Optional;

/** The value behind {@link ControlPort}. */
record ControlPortRecord(PortAddress address, Version version, Optional<String> description) implements ControlPort {
  ControlPortRecord {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
  }
}
