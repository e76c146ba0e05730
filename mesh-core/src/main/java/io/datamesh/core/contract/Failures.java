package io.datamesh.core.contract;

/** Builds the exceptions the reader throws for input it cannot take. */
final class Failures {
  private Failures() {}

  static ContractException at(String origin, String code, int line, int column, String message, String hint) {
    return new ContractException(origin, java.util.List.of(
        new Problem(Severity.ERROR, code, "", line, column, message, hint)));
  }

  static ContractException tooLarge(String origin, int size) {
    return at(origin, "source.size", 1, 1, "the document is " + size + " bytes; contracts are limited to "
        + Limits.MAX_BYTES + " bytes", "split the contract, or check that this is the file you meant");
  }
}
