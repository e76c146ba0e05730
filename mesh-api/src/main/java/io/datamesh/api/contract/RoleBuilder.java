package io.datamesh.api.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Builds a {@link Role}; obtain one from {@link Role#builder(String)}. */
public final class RoleBuilder {
  private final String role;
  private @Nullable String access;
  private @Nullable String description;
  private @Nullable String firstLevelApprovers;
  private @Nullable String secondLevelApprovers;
  private @Nullable String id;
  private final List<CustomProperty> customProperties = new ArrayList<>();

  RoleBuilder(String role) {
    this.role = Texts.nonBlank("role", role);
  }

  /**
   * Sets the access the role grants.
   *
   * @param access such as {@code read} or {@code write}
   * @return this builder
   */
  public RoleBuilder setAccess(String access) {
    this.access = Texts.nonBlank("access", access);
    return this;
  }

  /**
   * Sets the description.
   *
   * @param description the description
   * @return this builder
   */
  public RoleBuilder setDescription(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  /**
   * Sets the first-level approvers.
   *
   * @param approvers who approves first
   * @return this builder
   */
  public RoleBuilder setFirstLevelApprovers(String approvers) {
    this.firstLevelApprovers = Objects.requireNonNull(approvers, "approvers");
    return this;
  }

  /**
   * Sets the second-level approvers.
   *
   * @param approvers who approves second
   * @return this builder
   */
  public RoleBuilder setSecondLevelApprovers(String approvers) {
    this.secondLevelApprovers = Objects.requireNonNull(approvers, "approvers");
    return this;
  }

  /**
   * Sets the stable id.
   *
   * @param id letters, digits, {@code _} and {@code -}
   * @return this builder
   * @throws IllegalArgumentException if the id has another character
   */
  public RoleBuilder setId(String id) {
    this.id = Ids.check(id);
    return this;
  }

  /**
   * Adds an extension value.
   *
   * @param property the custom property
   * @return this builder
   */
  public RoleBuilder addCustomProperty(CustomProperty property) {
    customProperties.add(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Builds the role.
   *
   * @return the role
   */
  public Role build() {
    return new RoleRecord(role, Optional.ofNullable(access), Optional.ofNullable(description),
        Optional.ofNullable(firstLevelApprovers), Optional.ofNullable(secondLevelApprovers),
        List.copyOf(customProperties), Optional.ofNullable(id));
  }
}
