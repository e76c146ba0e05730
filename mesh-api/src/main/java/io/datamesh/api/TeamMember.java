package io.datamesh.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A member of the team behind a data product (the ODCS {@code team.members} entry).
 *
 * <p>{@code TeamMember.of("alice", "data engineer")}
 *
 * @param username the member's user name or e-mail
 * @param role the member's role, if given
 */
public record TeamMember(String username, Optional<String> role) {
  /**
   * Checks the parts.
   *
   * @param username see the record component
   * @param role see the record component
   * @throws IllegalArgumentException if the user name is blank
   */
  public TeamMember {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    if (username.isBlank()) {
      throw new IllegalArgumentException("team member username must not be blank");
    }
  }

  /**
   * Creates a member with a role.
   *
   * @param username the user name
   * @param role the role
   * @return the member
   */
  public static TeamMember of(String username, String role) {
    return new TeamMember(username, Optional.of(role));
  }
}
