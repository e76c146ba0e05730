package io.datamesh.api.read;

import io.datamesh.api.PortAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Asks a port for data: which port, who reads, which columns, which rows and which snapshot. Access policies decide
 * on the request, then masking and row filters apply to what it returns.
 *
 * <pre>{@code
 * ReadRequest request = ReadRequest.builder(
 *         PortAddress.parse("urn:dpds:com.example:dataproducts:orders:1:outputports:orders"),
 *         Principal.builder("ana").addRole("analyst").build())
 *     .setColumns("order_id", "amount")
 *     .setFilter(Expression.column("amount").gt(Expression.literal(100)))
 *     .setSnapshotId(42)
 *     .build();
 * }</pre>
 *
 * <p>Requests are immutable values: two requests with equal parts are equal. The filter may use columns that the
 * projection leaves out. The interface is sealed, so that it can grow without breaking anyone: build requests with
 * the factories.
 */
public sealed interface ReadRequest permits ImmutableReadRequest {
  /**
   * Starts a request. There is no default reader: an unauthenticated read names {@link Principal#anonymous()}.
   *
   * @param port the port to read
   * @param principal who reads
   * @return a builder
   * @throws NullPointerException if the port or the principal is missing
   */
  static ReadRequestBuilder builder(PortAddress port, Principal principal) {
    return new ReadRequestBuilder(port, principal);
  }

  /**
   * Returns a request for every column and row of the port's latest snapshot.
   *
   * <p>{@code ReadRequest.of(port, Principal.anonymous())}
   *
   * @param port the port to read
   * @param principal who reads
   * @return the request
   * @throws NullPointerException if the port or the principal is missing
   */
  static ReadRequest of(PortAddress port, Principal principal) {
    return builder(port, principal).build();
  }

  /**
   * Returns the port to read.
   *
   * @return the port address
   */
  PortAddress port();

  /**
   * Returns who reads.
   *
   * @return the principal
   */
  Principal principal();

  /**
   * Returns the columns to read, in the order asked for.
   *
   * @return an unmodifiable list without duplicates; empty means every column
   */
  List<String> columns();

  /**
   * Returns the condition a row must meet to be read; a row for which it is false or unknown is left out.
   *
   * @return the filter, empty for every row
   */
  Optional<Expression> filter();

  /**
   * Returns the snapshot to read.
   *
   * @return the snapshot id, empty for the latest snapshot
   */
  OptionalLong snapshotId();

  /**
   * Returns a builder that starts from this request, for instance to add a row filter.
   *
   * @return a new builder with this request's values
   */
  ReadRequestBuilder toBuilder();
}
