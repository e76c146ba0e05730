package io.datamesh.core.contract;

/**
 * Says how much a {@link Problem} matters: only errors make a contract invalid.
 *
 * <p>{@code result.problems().stream().filter(p -> p.severity() == Severity.ERROR)}
 */
public enum Severity {
  /** The contract breaks ODCS or cannot be executed; reading it fails. */
  ERROR,
  /** The contract is valid but probably not what its author meant (a dangling reference, a deprecated form). */
  WARNING,
  /** Something the reader changed or decided, such as upgrading a v3.0 construct. */
  INFO
}
