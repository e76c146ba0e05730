package io.datamesh.api.contract;

import java.util.List;
import java.util.Optional;

/**
 * Names the team that owns a contract and its members, the ODCS {@code team} object.
 *
 * <pre>{@code
 * Team t = Team.builder().setName("sales-data")
 *     .addMember(TeamMember.builder("alice@example.com").setRole("owner").build())
 *     .build();
 * }</pre>
 */
public interface Team {
  /**
   * Returns the team name.
   *
   * @return the name, if any
   */
  Optional<String> name();

  /**
   * Returns the description of the team.
   *
   * @return the description, if any
   */
  Optional<String> description();

  /**
   * Returns the members, in document order.
   *
   * @return the members, possibly empty
   */
  List<TeamMember> members();

  /**
   * Returns the tags of the team.
   *
   * @return the tags, possibly empty
   */
  List<String> tags();

  /**
   * Returns the extension values of the team.
   *
   * @return the custom properties, possibly empty
   */
  List<CustomProperty> customProperties();

  /**
   * Returns the links to authoritative definitions of the team.
   *
   * @return the links, possibly empty
   */
  List<AuthoritativeDefinition> authoritativeDefinitions();

  /**
   * Returns the stable id of the team.
   *
   * @return the id, if any
   */
  Optional<String> id();

  /**
   * Starts a team.
   *
   * @return a builder
   */
  static TeamBuilder builder() {
    return new TeamBuilder();
  }
}
