package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.Role;
import java.util.List;
import java.util.Optional;

/** The {@code Role} view over one {@code roles} entry. */
final class TreeRole implements Role {
  private final JsonNode node;

  TreeRole(JsonNode node) {
    this.node = node;
  }

  @Override
  public String role() {
    return Nodes.text(node, "role").orElse("");
  }

  @Override
  public Optional<String> access() {
    return Nodes.text(node, "access");
  }

  @Override
  public Optional<String> description() {
    return Nodes.text(node, "description");
  }

  @Override
  public Optional<String> firstLevelApprovers() {
    return Nodes.text(node, "firstLevelApprovers");
  }

  @Override
  public Optional<String> secondLevelApprovers() {
    return Nodes.text(node, "secondLevelApprovers");
  }

  @Override
  public List<CustomProperty> customProperties() {
    return Nodes.customProperties(node);
  }

  @Override
  public Optional<String> id() {
    return Nodes.text(node, "id");
  }

  @Override
  public String toString() {
    return "Role[" + role() + access().map(a -> " " + a).orElse("") + "]";
  }
}
