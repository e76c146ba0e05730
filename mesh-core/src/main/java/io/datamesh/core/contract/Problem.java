package io.datamesh.core.contract;

import java.util.Objects;

/**
 * Describes one problem found in a contract: where it is, what is wrong and how to fix it.
 *
 * <pre>{@code
 * for (Problem p : Contracts.validate(path).problems()) {
 *   System.err.println(p); // orders.odcs.yaml:12:9: ERROR /schema/0/properties/0/logicalType: ...
 * }
 * }</pre>
 *
 * @param severity how much it matters
 * @param code a stable identifier of the check, such as {@code schema.enum} or {@code primary-key.positions}
 * @param path the JSON pointer of the offending element, {@code ""} for the whole document
 * @param line the 1-based line in the source, 0 when unknown (a contract built in code)
 * @param column the 1-based column in the source, 0 when unknown
 * @param message what is wrong, quoting the offending value
 * @param hint how to fix it, possibly empty
 */
public record Problem(Severity severity, String code, String path, int line, int column, String message,
    String hint) {
  /**
   * Checks the components.
   *
   * @param severity see the record component
   * @param code see the record component
   * @param path see the record component
   * @param line see the record component
   * @param column see the record component
   * @param message see the record component
   * @param hint see the record component
   */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /**
   * Formats the problem on one line: {@code line:column: SEVERITY path: message (hint)}.
   *
   * @return the formatted problem
   */
  @Override
  public String toString() {
    String where = line > 0 ? line + ":" + column + ": " : "";
    return where + severity + " " + (path.isEmpty() ? "/" : path) + ": " + message
        + (hint.isEmpty() ? "" : " (" + hint + ")");
  }
}
