package io.datamesh.core;

import java.util.Objects;

/**
 * An {@link AccessController}'s answer to one read.
 *
 * <pre>{@code
 * return principal.hasRole("analyst") ? AccessDecision.allow() : AccessDecision.deny("analysts only");
 * }</pre>
 *
 * @param allowed whether the read may proceed
 * @param reason why, in one sentence the reader sees when denied
 */
public record AccessDecision(boolean allowed, String reason) {
  private static final AccessDecision ALLOW = new AccessDecision(true, "allowed");

  /**
   * Checks the parts.
   *
   * @param allowed see the record component
   * @param reason see the record component
   */
  public AccessDecision {
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Allows a read.
   *
   * @return the decision
   */
  public static AccessDecision allow() {
    return ALLOW;
  }

  /**
   * Denies a read.
   *
   * @param reason why, shown to the reader
   * @return the decision
   */
  public static AccessDecision deny(String reason) {
    return new AccessDecision(false, reason);
  }
}
