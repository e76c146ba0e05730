package io.datamesh.api.read;

import io.datamesh.api.PortAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Builds a {@link ReadRequest}; every setter checks its value at once.
 *
 * <p>{@code ReadRequest.builder(port, principal).setColumns("id", "amount").setSnapshotId(3).build()}
 */
public final class ReadRequestBuilder {
  private final PortAddress port;
  private final Principal principal;
  private final List<String> columns = new ArrayList<>();
  private Optional<Expression> filter = Optional.empty();
  private OptionalLong snapshotId = OptionalLong.empty();

  ReadRequestBuilder(PortAddress port, Principal principal) {
    this.port = Objects.requireNonNull(port, "port: a read request names the port it reads");
    this.principal = Objects.requireNonNull(principal,
        "principal: a read request names who reads; use Principal.anonymous() for an unauthenticated reader");
  }

  /**
   * Replaces the projection.
   *
   * @param columns the columns to read, in order; none means every column
   * @return this builder
   * @throws IllegalArgumentException if a name is empty or listed twice
   */
  public ReadRequestBuilder setColumns(List<String> columns) {
    Objects.requireNonNull(columns, "columns");
    this.columns.clear();
    columns.forEach(this::addColumn);
    return this;
  }

  /**
   * Replaces the projection.
   *
   * @param columns the columns to read, in order; none means every column
   * @return this builder
   * @throws IllegalArgumentException if a name is empty or listed twice
   */
  public ReadRequestBuilder setColumns(String... columns) {
    return setColumns(Arrays.asList(columns));
  }

  /**
   * Adds a column to the projection.
   *
   * @param column the column name
   * @return this builder
   * @throws IllegalArgumentException if the name is empty or already in the projection
   */
  public ReadRequestBuilder addColumn(String column) {
    Texts.requireName("column name", column);
    if (columns.contains(column)) {
      throw new IllegalArgumentException("column '" + column + "' is listed twice in the projection " + columns);
    }
    columns.add(column);
    return this;
  }

  /**
   * Sets the condition a row must meet to be read.
   *
   * @param filter the filter, such as {@code Expression.column("amount").gt(Expression.literal(100))}
   * @return this builder
   */
  public ReadRequestBuilder setFilter(Expression filter) {
    this.filter = Optional.of(Objects.requireNonNull(filter, "filter"));
    return this;
  }

  /**
   * Pins the snapshot to read instead of the latest.
   *
   * @param snapshotId a snapshot id, zero or more
   * @return this builder
   * @throws IllegalArgumentException if the id is negative
   */
  public ReadRequestBuilder setSnapshotId(long snapshotId) {
    if (snapshotId < 0) {
      throw new IllegalArgumentException("snapshot id must be >= 0, was " + snapshotId);
    }
    this.snapshotId = OptionalLong.of(snapshotId);
    return this;
  }

  /**
   * Builds the request.
   *
   * @return an immutable request
   */
  public ReadRequest build() {
    return new ImmutableReadRequest(port, principal, columns, filter, snapshotId);
  }
}
