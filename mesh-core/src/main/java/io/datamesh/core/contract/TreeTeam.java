package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.AuthoritativeDefinition;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.Team;
import io.datamesh.api.contract.TeamMember;
import java.util.List;
import java.util.Optional;

/** The {@code Team} view over the {@code team} object (or the v3.0 list of members). */
final class TreeTeam implements Team {
  private final JsonNode node;

  TreeTeam(JsonNode node) {
    this.node = node;
  }

  @Override
  public Optional<String> name() {
    return Nodes.text(node, "name");
  }

  @Override
  public Optional<String> description() {
    return Nodes.text(node, "description");
  }

  @Override
  public List<TeamMember> members() {
    JsonNode members = node.isArray() ? node : node.get("members");
    return Nodes.list(members, n -> n.isObject() ? new TreeTeamMember(n) : null);
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
  public List<AuthoritativeDefinition> authoritativeDefinitions() {
    return Nodes.definitions(node);
  }

  @Override
  public Optional<String> id() {
    return Nodes.text(node, "id");
  }

  @Override
  public String toString() {
    return "Team[" + name().orElse("") + ", " + members().size() + " member(s)]";
  }
}
