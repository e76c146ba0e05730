package io.datamesh.api.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Builds a {@link TeamMember}; obtain one from {@link TeamMember#builder(String)}. */
public final class TeamMemberBuilder {
  private final String username;
  private @Nullable String name;
  private @Nullable String role;
  private @Nullable String description;
  private @Nullable LocalDate dateIn;
  private @Nullable LocalDate dateOut;
  private @Nullable String replacedByUsername;
  private @Nullable String id;
  private final List<String> tags = new ArrayList<>();
  private final List<CustomProperty> customProperties = new ArrayList<>();

  TeamMemberBuilder(String username) {
    this.username = Texts.nonBlank("username", username);
  }

  /**
   * Sets the display name.
   *
   * @param name the name
   * @return this builder
   */
  public TeamMemberBuilder setName(String name) {
    this.name = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * Sets the role in the team.
   *
   * @param role such as {@code owner}
   * @return this builder
   */
  public TeamMemberBuilder setRole(String role) {
    this.role = Objects.requireNonNull(role, "role");
    return this;
  }

  /**
   * Sets the description.
   *
   * @param description the description
   * @return this builder
   */
  public TeamMemberBuilder setDescription(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  /**
   * Sets the day the member joined.
   *
   * @param dateIn the date
   * @return this builder
   */
  public TeamMemberBuilder setDateIn(LocalDate dateIn) {
    this.dateIn = Objects.requireNonNull(dateIn, "dateIn");
    return this;
  }

  /**
   * Sets the day the member left.
   *
   * @param dateOut the date
   * @return this builder
   */
  public TeamMemberBuilder setDateOut(LocalDate dateOut) {
    this.dateOut = Objects.requireNonNull(dateOut, "dateOut");
    return this;
  }

  /**
   * Sets the user name of the member who replaced this one.
   *
   * @param username the successor's user name
   * @return this builder
   */
  public TeamMemberBuilder setReplacedByUsername(String username) {
    this.replacedByUsername = Texts.nonBlank("replacedByUsername", username);
    return this;
  }

  /**
   * Sets the stable id.
   *
   * @param id letters, digits, {@code _} and {@code -}
   * @return this builder
   * @throws IllegalArgumentException if the id has another character
   */
  public TeamMemberBuilder setId(String id) {
    this.id = Ids.check(id);
    return this;
  }

  /**
   * Adds a tag.
   *
   * @param tag the tag
   * @return this builder
   */
  public TeamMemberBuilder addTag(String tag) {
    tags.add(Objects.requireNonNull(tag, "tag"));
    return this;
  }

  /**
   * Adds an extension value.
   *
   * @param property the custom property
   * @return this builder
   */
  public TeamMemberBuilder addCustomProperty(CustomProperty property) {
    customProperties.add(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Builds the member.
   *
   * @return the member
   * @throws IllegalArgumentException if the member left before joining
   */
  public TeamMember build() {
    if (dateIn != null && dateOut != null && dateOut.isBefore(dateIn)) {
      throw new IllegalArgumentException("member '" + username + "' leaves on " + dateOut
          + ", before joining on " + dateIn);
    }
    return new TeamMemberRecord(username, Optional.ofNullable(name), Optional.ofNullable(role),
        Optional.ofNullable(description), Optional.ofNullable(dateIn), Optional.ofNullable(dateOut),
        Optional.ofNullable(replacedByUsername), List.copyOf(tags), List.copyOf(customProperties),
        Optional.ofNullable(id));
  }
}
