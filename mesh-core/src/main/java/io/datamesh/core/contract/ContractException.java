package io.datamesh.core.contract;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.util.List;

/**
 * Reports a contract that cannot be read: unparseable or hostile input, an unsupported ODCS version, or a document
 * with validation errors. Its {@link #status()} is {@link MeshStatus#INVALID_ARGUMENT}; its message lists every
 * problem with its location, and {@link #problems()} returns them as values.
 *
 * <pre>{@code
 * try {
 *   Contracts.read(path);
 * } catch (ContractException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class ContractException extends MeshException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  ContractException(String origin, List<Problem> problems) {
    super(MeshStatus.INVALID_ARGUMENT, new ValidationResult(origin, problems).report());
    this.problems = List.copyOf(problems);
  }

  ContractException(String origin, Problem problem, Throwable cause) {
    super(MeshStatus.INVALID_ARGUMENT, origin + ":" + problem, cause);
    this.problems = List.of(problem);
  }

  /**
   * Returns the problems that make the contract unreadable.
   *
   * @return the problems, at least one
   */
  public List<Problem> problems() {
    return problems == null ? List.of() : problems;
  }
}
