package io.datamesh.api;

import io.datamesh.api.contract.Contract;
import java.util.Objects;
import java.util.Optional;

/** The value behind {@link OutputPort}. */
record OutputPortRecord(PortAddress address, Version version, Optional<String> description, Contract contract)
    implements OutputPort {
  OutputPortRecord {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(contract, "contract");
  }
}
