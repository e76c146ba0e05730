package io.datamesh.core.governance;

import io.datamesh.api.policy.Rollout;
import io.datamesh.arrow.mask.MaskMethod;
import java.util.Objects;

/**
 * Masks the columns of one classification (or one column, {@link #ofColumn}) for matching principals. For each
 * column, the first rule (in the order added) whose classification (or column) and principals match decides;
 * {@link #reveal} rules show the clear value.
 *
 * <pre>{@code
 * MaskingRule.of("mask.restricted-hash-marketing", "restricted", PrincipalMatch.attribute("department", "marketing"),
 *     MaskMethod.HASH, 0, "k-2024");
 * MaskingRule.of("mask.restricted-null", "restricted", PrincipalMatch.any(), MaskMethod.NULL_OUT, 0, "")
 *     .withRollout(Rollout.grace(Instant.parse("2026-03-01T00:00:00Z"))); // warns until then, masks after
 * }</pre>
 *
 * <p>A rule in {@code DRAFT} does nothing (the next matching rule decides); in {@code GRACE} it does not mask yet,
 * and the read's audit event and log carry a warning naming the column and the rule.
 *
 * @param id the policy id named in audit events
 * @param classification the column classification it applies to, such as {@code restricted}; empty for a
 *     column rule
 * @param who the principals it applies to
 * @param method the mask, or empty to reveal
 * @param keepLast the characters a partial mask keeps, else 0
 * @param keyId the key id of a hash mask, else empty
 * @param rollout when the rule starts masking; {@link Rollout#enforced()} from the factories
 * @param column the one column the rule applies to whatever its classification ({@link #ofColumn}), else empty
 *     and the rule applies to the columns of {@code classification}
 */
public record MaskingRule(String id, String classification, PrincipalMatch who,
    java.util.Optional<MaskMethod> method, int keepLast, String keyId, Rollout rollout, String column) {
  /**
   * Checks the parts.
   *
   * @param id see the record component
   * @param classification see the record component
   * @param who see the record component
   * @param method see the record component
   * @param keepLast see the record component
   * @param keyId see the record component
   * @param rollout see the record component
   * @param column see the record component
   * @throws IllegalArgumentException unless exactly one of classification and column is set
   */
  public MaskingRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(rollout, "rollout");
    Objects.requireNonNull(column, "column");
    if (classification.isBlank() == column.isBlank()) {
      throw new IllegalArgumentException("masking rule '" + id + "' needs exactly one of a classification (was '"
          + classification + "') or a column (was '" + column + "')");
    }
    method.ifPresent(m -> new io.datamesh.arrow.mask.Mask("check", m, keepLast, keyId)); // validates parameters
  }

  /**
   * Masks a classification for matching principals.
   *
   * @param id the policy id
   * @param classification the classification
   * @param who the principals
   * @param method the mask method
   * @param keepLast the characters a partial mask keeps, else 0
   * @param keyId the key id of a hash mask, else empty
   * @return the rule
   */
  public static MaskingRule of(String id, String classification, PrincipalMatch who, MaskMethod method,
      int keepLast, String keyId) {
    return new MaskingRule(id, classification, who, java.util.Optional.of(method), keepLast, keyId, Rollout.enforced(), "");
  }

  /**
   * Shows a classification in clear to matching principals (listed before the rules that mask it).
   *
   * @param id the policy id
   * @param classification the classification
   * @param who the principals
   * @return the rule
   */
  public static MaskingRule reveal(String id, String classification, PrincipalMatch who) {
    return new MaskingRule(id, classification, who, java.util.Optional.empty(), 0, "", Rollout.enforced(), "");
  }

  /**
   * Returns this rule with a rollout: in {@code DRAFT} it does nothing, in {@code GRACE} it only warns.
   *
   * @param rollout the rollout
   * @return a new rule
   */
  public MaskingRule withRollout(Rollout rollout) {
    return new MaskingRule(id, classification, who, method, keepLast, keyId, rollout, column);
  }

  /**
   * Masks one column by name, whatever its classification, for matching principals: for columns a
   * classification does not single out, such as a free-text {@code notes} column.
   *
   * @param id the policy id
   * @param column the column name
   * @param who the principals
   * @param method the mask method, or empty to reveal
   * @param keepLast the characters a partial mask keeps, else 0
   * @param keyId the key id of a hash mask, else empty
   * @return the rule
   */
  public static MaskingRule ofColumn(String id, String column, PrincipalMatch who,
      java.util.Optional<MaskMethod> method, int keepLast, String keyId) {
    return new MaskingRule(id, "", who, method, keepLast, keyId, Rollout.enforced(), column);
  }

  /**
   * Tells whether the rule applies to a column.
   *
   * @param name the column name
   * @param columnClassification the column's classification, if any
   * @return true if the rule names the column, or the column has the rule's classification
   */
  public boolean appliesTo(String name, java.util.Optional<String> columnClassification) {
    return column.isEmpty() ? columnClassification.filter(classification::equals).isPresent() : column.equals(name);
  }
}
