package io.datamesh.api.read;

import io.datamesh.api.PortAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The one implementation of {@link ReadRequest}; {@link ReadRequestBuilder} has checked every part. */
record ImmutableReadRequest(
    PortAddress port, Principal principal, List<String> columns, Optional<Expression> filter,
    OptionalLong snapshotId) implements ReadRequest {
  ImmutableReadRequest {
    columns = List.copyOf(columns);
  }

  @Override
  public ReadRequestBuilder toBuilder() {
    ReadRequestBuilder builder = new ReadRequestBuilder(port, principal).setColumns(columns);
    filter.ifPresent(builder::setFilter);
    snapshotId.ifPresent(builder::setSnapshotId);
    return builder;
  }

  @Override
  public String toString() {
    return "ReadRequest[port=" + port + ", principal=" + principal.id()
        + (columns.isEmpty() ? "" : ", columns=" + columns)
        + filter.map(f -> ", filter=" + f).orElse("")
        + (snapshotId.isPresent() ? ", snapshot=" + snapshotId.getAsLong() : "") + "]";
  }
}
