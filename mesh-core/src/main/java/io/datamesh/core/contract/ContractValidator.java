package io.datamesh.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates a parsed document: the version gate, the v3.0 upgrade, the structure ODCS v3.1.0 describes, then the
 * checks the schema cannot make (names, keys, references, rules, options and patterns). Every structural problem
 * is collected at once; the second phase runs once the structure is sound, because its checks follow names and
 * references, and a missing name would otherwise be reported again as every reference to it.
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
    if (!check.hasErrors()) {
      semantics(parsed, check);
    }
    problems.addAll(check.problems());
    return new ValidationResult(parsed.origin(), problems);
  }

  private static void semantics(Parsed parsed, Check check) {
    NameChecks.check(parsed.tree(), check);
    KeyChecks.check(parsed.tree(), check);
    ReferenceChecks.check(parsed.tree(), check);
    RuleChecks.check(parsed.tree(), check);
    OptionChecks.check(parsed.tree(), check);
  }
}
