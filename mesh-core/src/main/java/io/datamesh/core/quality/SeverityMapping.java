package io.datamesh.core.quality;

import io.datamesh.api.quality.CheckOutcome;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what a broken rule's severity means: {@link CheckOutcome#WARNING} (reported, never blocks) or
 * {@link CheckOutcome#FAILED} (blocks the publish gate).
 *
 * <pre>{@code
 * SeverityMapping strict = SeverityMapping.warningFor(Set.of("info"));
 * strict.onFailure(Optional.of("minor")); // FAILED
 * }</pre>
 */
@FunctionalInterface
public interface SeverityMapping {
  /**
   * Returns the outcome of a rule that the data broke.
   *
   * @param severity the rule's severity as written in the contract, if any
   * @return {@link CheckOutcome#WARNING} or {@link CheckOutcome#FAILED}
   */
  CheckOutcome onFailure(Optional<String> severity);

  /**
   * Returns datacontract-cli's mapping: {@code info}, {@code warning}, {@code low}, {@code minor} and
   * {@code trivial} (any case) warn; anything else, or no severity, fails.
   *
   * @return the mapping
   */
  static SeverityMapping datacontractCli() {
    return warningFor(Set.of("info", "warning", "low", "minor", "trivial"));
  }

  /**
   * Returns a mapping under which the listed severities (any case) warn and everything else fails.
   *
   * @param warningSeverities the severities that only warn
   * @return the mapping
   */
  static SeverityMapping warningFor(Set<String> warningSeverities) {
    Set<String> lower = warningSeverities.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    return severity -> severity.map(s -> lower.contains(s.trim().toLowerCase(Locale.ROOT))).orElse(false)
        ? CheckOutcome.WARNING : CheckOutcome.FAILED;
  }
}
