package io.datamesh.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates a parsed document: the version gate, the v3.0 upgrade, the structure ODCS v3.1.0 describes, then the
 * checks the schema cannot make (names, keys, references, rules, options and patterns). Every problem is
 * collected; nothing stops at the first.
 */
final class ContractValidator {
  private ContractValidator() {}

  static ValidationResult validate(Parsed parsed) {
    Optional<Problem> fatal = ApiVersions.gate(parsed.tree(), parsed.map());
    if (fatal.isPresent()) {
      return new ValidationResult(parsed.origin(), List.of(fatal.get()));
    }
    List<Problem> problems = new ArrayList<>(Upgrader.upgrade(parsed.tree(), parsed.map()));
    Check check = new Check(parsed.map());
    OdcsShapes.CONTRACT.check(parsed.tree(), "", check);
    NameChecks.check(parsed.tree(), check);
    KeyChecks.check(parsed.tree(), check);
    ReferenceChecks.check(parsed.tree(), check);
    RuleChecks.check(parsed.tree(), check);
    OptionChecks.check(parsed.tree(), check);
    problems.addAll(check.problems());
    return new ValidationResult(parsed.origin(), problems);
  }
}
