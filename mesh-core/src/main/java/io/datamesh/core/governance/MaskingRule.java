package io.datamesh.core.governance;

import io.datamesh.api.policy.Rollout;
import io.datamesh.arrow.mask.MaskMethod;
import java.util.Objects;

/**
 * Masks the columns of one classification for matching principals. For each column, the first rule (in the order
 * added) whose classification and principals match decides; {@link #reveal} rules show the clear value.
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
 * @param classification the column classification it applies to, such as {@code restricted}
 * @param who the principals it applies to
 * @param method the mask, or empty to reveal
 * @param keepLast the characters a partial mask keeps, else 0
 * @param keyId the key id of a hash mask, else empty
 * @param rollout when the rule starts masking; {@link Rollout#enforced()} from the factories
 */
public record MaskingRule(String id, String classification, PrincipalMatch who,
    java.util.Optional<MaskMethod> method, int keepLast, String keyId, Rollout rollout) {
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
   */
  public MaskingRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(rollout, "rollout");
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
    return new MaskingRule(id, classification, who, java.util.Optional.of(method), keepLast, keyId, Rollout.enforced());
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
    return new MaskingRule(id, classification, who, java.util.Optional.empty(), 0, "", Rollout.enforced());
  }

  /**
   * Returns this rule with a rollout: in {@code DRAFT} it does nothing, in {@code GRACE} it only warns.
   *
   * @param rollout the rollout
   * @return a new rule
   */
  public MaskingRule withRollout(Rollout rollout) {
    return new MaskingRule(id, classification, who, method, keepLast, keyId, rollout);
  }
}
