package io.datamesh.api;

/**
 * Classifies a {@link MeshException}. The transport codes map one-to-one to the gRPC status codes, so that an error
 * keeps its meaning over Arrow Flight; the data codes {@link #CONTRACT_VIOLATION} and {@link #QUALITY_GATE_FAILED}
 * travel as {@code FAILED_PRECONDITION}.
 *
 * <p>{@code if (e.status() == MeshStatus.NOT_FOUND) { ... }}
 */
public enum MeshStatus {
  /** The operation was cancelled, typically by the caller. */
  CANCELLED(1),
  /** An error that fits no other code. */
  UNKNOWN(2),
  /** The caller gave an argument that is invalid whatever the state of the mesh. */
  INVALID_ARGUMENT(3),
  /** A deadline expired before the operation could complete. */
  DEADLINE_EXCEEDED(4),
  /** A product, port or snapshot that was asked for does not exist. */
  NOT_FOUND(5),
  /** Something the caller tried to create already exists. */
  ALREADY_EXISTS(6),
  /** The caller is known but may not do this. */
  PERMISSION_DENIED(7),
  /** A resource (memory budget, quota) is exhausted. */
  RESOURCE_EXHAUSTED(8),
  /** The mesh is not in the state the operation requires. */
  FAILED_PRECONDITION(9),
  /** The operation was aborted, typically by a concurrency conflict. */
  ABORTED(10),
  /** A value lies outside its valid range. */
  OUT_OF_RANGE(11),
  /** The operation is not implemented or not supported. */
  UNIMPLEMENTED(12),
  /** An invariant of the SDK was broken: a bug. */
  INTERNAL(13),
  /** The thing asked for is not available yet or any more; retrying later may succeed. */
  UNAVAILABLE(14),
  /** Data was lost or corrupted. */
  DATA_LOSS(15),
  /** The caller could not be authenticated. */
  UNAUTHENTICATED(16),
  /** Data does not conform to its port's contract (schema or types). */
  CONTRACT_VIOLATION(9),
  /** Data failed an error-severity quality rule of its contract. */
  QUALITY_GATE_FAILED(9);

  private final int grpcCode;

  MeshStatus(int grpcCode) {
    this.grpcCode = grpcCode;
  }

  /**
   * Returns the numeric gRPC status code this status travels as.
   *
   * @return the gRPC code, {@code 9} (FAILED_PRECONDITION) for the data codes
   */
  public int grpcCode() {
    return grpcCode;
  }

  /**
   * Tells whether this is one of the data codes that have no gRPC twin.
   *
   * @return true for {@link #CONTRACT_VIOLATION} and {@link #QUALITY_GATE_FAILED}
   */
  public boolean isDataCode() {
    return this == CONTRACT_VIOLATION || this == QUALITY_GATE_FAILED;
  }

  /**
   * Returns the status for a gRPC code; data codes are never returned.
   *
   * @param grpcCode a gRPC status code between 1 and 16
   * @return the matching status
   * @throws IllegalArgumentException if the code is not a gRPC error code
   */
  public static MeshStatus fromGrpcCode(int grpcCode) {
    for (MeshStatus s : values()) {
      if (!s.isDataCode() && s.grpcCode == grpcCode) {
        return s;
      }
    }
    throw new IllegalArgumentException("not a gRPC error code: " + grpcCode + " (expected 1..16)");
  }
}
