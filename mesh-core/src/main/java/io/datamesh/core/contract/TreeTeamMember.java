package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.TeamMember;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The {@code TeamMember} view over one member of the team. */
final class TreeTeamMember implements TeamMember {
  private final JsonNode node;

  TreeTeamMember(JsonNode node) {
    this.node = node;
  }

  @Override
  public String username() {
    return Nodes.text(node, "username").orElse("");
  }

  @Override
  public Optional<String> name() {
    return Nodes.text(node, "name");
  }

  @Override
  public Optional<String> role() {
    return Nodes.text(node, "role");
  }

  @Override
  public Optional<String> description() {
    return Nodes.text(node, "description");
  }

  @Override
  public Optional<LocalDate> dateIn() {
    return date("dateIn");
  }

  @Override
  public Optional<LocalDate> dateOut() {
    return date("dateOut");
  }

  @Override
  public Optional<String> replacedByUsername() {
    return Nodes.text(node, "replacedByUsername");
  }

  @Override
  public List<String> tags() {
    return Nodes.strings(node, "tags");
  }

  @Override
  public List<CustomProperty> customProperties() {
    return Nodes.customProperties(node);
  }

  @Override
  public Optional<String> id() {
    return Nodes.text(node, "id");
  }

  private Optional<LocalDate> date(String key) {
    try {
      return Nodes.text(node, key).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "TeamMember[" + username() + role().map(r -> " " + r).orElse("") + "]";
  }
}
