package io.datamesh.api.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Names a member of the team that owns a contract, the ODCS {@code team.members} entry.
 *
 * <pre>{@code
 * TeamMember m = TeamMember.builder("alice@example.com").setRole("owner").build();
 * }</pre>
 */
public interface TeamMember {
  /**
   * Returns the member's user name or e-mail address.
   *
   * @return the user name
   */
  String username();

  /**
   * Returns the member's display name.
   *
   * @return the name, if any
   */
  Optional<String> name();

  /**
   * Returns the member's role in the team, such as {@code owner}.
   *
   * @return the role, if any
   */
  Optional<String> role();

  /**
   * Returns a description of the member.
   *
   * @return the description, if any
   */
  Optional<String> description();

  /**
   * Returns the day the member joined.
   *
   * @return the date, if stated
   */
  Optional<LocalDate> dateIn();

  /**
   * Returns the day the member left.
   *
   * @return the date, if stated
   */
  Optional<LocalDate> dateOut();

  /**
   * Returns the user name of the member who replaced this one.
   *
   * @return the user name, if any
   */
  Optional<String> replacedByUsername();

  /**
   * Returns the tags of the member.
   *
   * @return the tags, possibly empty
   */
  List<String> tags();

  /**
   * Returns the extension values of the member.
   *
   * @return the custom properties, possibly empty
   */
  List<CustomProperty> customProperties();

  /**
   * Returns the stable id of the member entry.
   *
   * @return the id, if any
   */
  Optional<String> id();

  /**
   * Starts a member.
   *
   * @param username the user name or e-mail address
   * @return a builder
   * @throws IllegalArgumentException if the user name is blank
   */
  static TeamMemberBuilder builder(String username) {
    return new TeamMemberBuilder(username);
  }
}
