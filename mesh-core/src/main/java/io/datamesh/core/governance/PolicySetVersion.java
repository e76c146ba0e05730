package io.datamesh.core.governance;

import java.util.Objects;

/**
 * Which policy set a report was evaluated with: its name, version, and whether it is global or a domain's.
 *
 * <p>{@code new PolicySetVersion("global", "acme-global", "2.1.0")}
 *
 * @param scope {@code global}, or {@code domain <name>}
 * @param name the policy set's name
 * @param version the policy set's semantic version
 */
public record PolicySetVersion(String scope, String name, String version) {
  /**
   * Checks the parts.
   *
   * @param scope see the record component
   * @param name see the record component
   * @param version see the record component
   */
  public PolicySetVersion {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }

  @Override
  public String toString() {
    return scope + " " + name + " " + version;
  }
}
