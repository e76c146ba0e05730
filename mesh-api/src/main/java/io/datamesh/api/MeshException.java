package io.datamesh.api;

import java.util.Objects;

/**
 * The one unchecked exception of the SDK. Its {@link #status()} says what kind of failure it is; its message says
 * what went wrong, where (file:line, JSON path, port address) and what to do about it.
 *
 * <pre>{@code
 * try {
 *   mesh.register(product);
 * } catch (MeshException e) {
 *   if (e.status() == MeshStatus.ALREADY_EXISTS) { ... }
 * }
 * }</pre>
 *
 * <p>Designed for extension: modules may add subclasses that carry structured details.
 */
public class MeshException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final MeshStatus status;

  /**
   * Creates an exception.
   *
   * @param status the kind of failure
   * @param message what, where and how to fix it
   */
  public MeshException(MeshStatus status, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.status = Objects.requireNonNull(status, "status");
  }

  /**
   * Creates an exception with a cause.
   *
   * @param status the kind of failure
   * @param message what, where and how to fix it
   * @param cause the underlying failure
   */
  public MeshException(MeshStatus status, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.status = Objects.requireNonNull(status, "status");
  }

  /**
   * Returns the kind of failure.
   *
   * @return the status, never null
   */
  public MeshStatus status() {
    return status;
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + status + ": " + getMessage();
  }
}
