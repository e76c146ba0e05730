package io.datamesh.api.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Builds a {@link Team}; obtain one from {@link Team#builder()}. */
public final class TeamBuilder {
  private @Nullable String name;
  private @Nullable String description;
  private @Nullable String id;
  private final List<TeamMember> members = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();
  private final List<CustomProperty> customProperties = new ArrayList<>();
  private final List<AuthoritativeDefinition> definitions = new ArrayList<>();

  TeamBuilder() {}

  /**
   * Sets the team name.
   *
   * @param name the name
   * @return this builder
   * @throws IllegalArgumentException if the name is blank
   */
  public TeamBuilder setName(String name) {
    this.name = Texts.nonBlank("team name", name);
    return this;
  }

  /**
   * Sets the description.
   *
   * @param description the description
   * @return this builder
   */
  public TeamBuilder setDescription(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  /**
   * Sets the stable id.
   *
   * @param id letters, digits, {@code _} and {@code -}
   * @return this builder
   * @throws IllegalArgumentException if the id has another character
   */
  public TeamBuilder setId(String id) {
    this.id = Ids.check(id);
    return this;
  }

  /**
   * Adds a member.
   *
   * @param member the member
   * @return this builder
   */
  public TeamBuilder addMember(TeamMember member) {
    members.add(Objects.requireNonNull(member, "member"));
    return this;
  }

  /**
   * Adds a tag.
   *
   * @param tag the tag
   * @return this builder
   */
  public TeamBuilder addTag(String tag) {
    tags.add(Objects.requireNonNull(tag, "tag"));
    return this;
  }

  /**
   * Adds an extension value.
   *
   * @param property the custom property
   * @return this builder
   */
  public TeamBuilder addCustomProperty(CustomProperty property) {
    customProperties.add(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Adds a link to an authoritative definition.
   *
   * @param definition the link
   * @return this builder
   */
  public TeamBuilder addAuthoritativeDefinition(AuthoritativeDefinition definition) {
    definitions.add(Objects.requireNonNull(definition, "definition"));
    return this;
  }

  /**
   * Builds the team.
   *
   * @return the team
   */
  public Team build() {
    return new TeamRecord(Optional.ofNullable(name), Optional.ofNullable(description), List.copyOf(members),
        List.copyOf(tags), List.copyOf(customProperties), List.copyOf(definitions), Optional.ofNullable(id));
  }
}
