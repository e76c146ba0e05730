package io.datamesh.core.contract;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Lists every problem found in a contract at once, errors first, then in document order.
 *
 * <pre>{@code
 * ValidationResult r = Contracts.validate(Path.of("orders.odcs.yaml"));
 * if (!r.isValid()) {
 *   System.err.println(r.report());
 * }
 * }</pre>
 */
public final class ValidationResult {
  private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::severity)
      .thenComparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()).thenComparingInt(Problem::column)
      .thenComparing(Problem::path);

  private final String origin;
  private final List<Problem> problems;

  ValidationResult(String origin, List<Problem> problems) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.problems = problems.stream().distinct().sorted(ORDER).toList();
  }

  /**
   * Tells whether the contract has no error (warnings and notes are allowed).
   *
   * @return true if no problem is an {@link Severity#ERROR}
   */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /**
   * Returns every problem, errors first, then by line.
   *
   * @return the problems, possibly empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the errors.
   *
   * @return the problems of severity {@link Severity#ERROR}
   */
  public List<Problem> errors() {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  /**
   * Returns the warnings and notes.
   *
   * @return the problems of severity {@link Severity#WARNING} or {@link Severity#INFO}
   */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> p.severity() != Severity.ERROR).toList();
  }

  /**
   * Returns where the contract came from: a file name, {@code <string>}, {@code <stream>} or {@code <code>}.
   *
   * @return the origin
   */
  public String origin() {
    return origin;
  }

  /**
   * Formats every problem, one per line, each prefixed with the origin.
   *
   * @return the report, or a line saying the contract is valid
   */
  public String report() {
    if (problems.isEmpty()) {
      return origin + ": valid";
    }
    return problems.stream().map(p -> origin + ":" + p).collect(Collectors.joining("\n"));
  }

  @Override
  public String toString() {
    return "ValidationResult[" + origin + ", " + errors().size() + " error(s), " + warnings().size()
        + " warning(s)]";
  }
}
