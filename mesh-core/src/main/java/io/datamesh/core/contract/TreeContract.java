package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamesh.api.contract.AuthoritativeDefinition;
import io.datamesh.api.contract.ContractDescription;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.Role;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.Server;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.contract.Team;
import java.util.List;
import java.util.Optional;

/** The {@code Contract} view over a validated ODCS document; the tree is kept whole so writing is lossless. */
final class TreeContract implements ContractDocument {
  private final ObjectNode tree;
  private final String origin;
  private final List<Problem> warnings;
  private final List<SchemaObject> schema;

  TreeContract(ObjectNode tree, String origin, List<Problem> warnings) {
    this.tree = tree;
    this.origin = origin;
    this.warnings = List.copyOf(warnings);
    this.schema = Nodes.list(tree.get("schema"), n -> n.isObject() ? new TreeSchemaObject(n) : null);
  }

  /** Returns a copy of the document, so callers cannot change this contract. */
  ObjectNode tree() {
    return tree.deepCopy();
  }

  @Override
  public String id() {
    return Nodes.text(tree, "id").orElse("");
  }

  @Override
  public String version() {
    return Nodes.text(tree, "version").orElse("");
  }

  @Override
  public String apiVersion() {
    return Nodes.text(tree, "apiVersion").orElse("v3.1.0");
  }

  @Override
  public Optional<String> name() {
    return Nodes.text(tree, "name");
  }

  @Override
  public Optional<String> status() {
    return Nodes.text(tree, "status");
  }

  @Override
  public Optional<String> domain() {
    return Nodes.text(tree, "domain");
  }

  @Override
  public Optional<String> dataProduct() {
    return Nodes.text(tree, "dataProduct");
  }

  @Override
  public Optional<String> tenant() {
    return Nodes.text(tree, "tenant");
  }

  @Override
  public ContractDescription description() {
    JsonNode d = tree.get("description");
    if (d == null || !d.isObject()) {
      return ContractDescription.empty();
    }
    var b = ContractDescription.builder();
    Nodes.text(d, "purpose").ifPresent(b::setPurpose);
    Nodes.text(d, "usage").ifPresent(b::setUsage);
    Nodes.text(d, "limitations").ifPresent(b::setLimitations);
    Nodes.definitions(d).forEach(b::addAuthoritativeDefinition);
    Nodes.customProperties(d).forEach(b::addCustomProperty);
    return b.build();
  }

  @Override
  public List<String> tags() {
    return Nodes.strings(tree, "tags");
  }

  @Override
  public List<SchemaObject> schema() {
    return schema;
  }

  @Override
  public List<Server> servers() {
    return Nodes.list(tree.get("servers"), n -> n.isObject() ? new TreeServer(n) : null);
  }

  @Override
  public List<SlaProperty> slaProperties() {
    return Nodes.list(tree.get("slaProperties"), n -> n.isObject() ? new TreeSla(n) : null);
  }

  @Override
  public Optional<Team> team() {
    JsonNode t = tree.get("team");
    return t != null && (t.isObject() || t.isArray()) ? Optional.of(new TreeTeam(t)) : Optional.empty();
  }

  @Override
  public List<Role> roles() {
    return Nodes.list(tree.get("roles"), n -> n.isObject() ? new TreeRole(n) : null);
  }

  @Override
  public List<CustomProperty> customProperties() {
    return Nodes.customProperties(tree);
  }

  @Override
  public List<AuthoritativeDefinition> authoritativeDefinitions() {
    return Nodes.definitions(tree);
  }

  @Override
  public List<Problem> warnings() {
    return warnings;
  }

  @Override
  public String origin() {
    return origin;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TreeContract && ((TreeContract) o).tree.equals(tree);
  }

  @Override
  public int hashCode() {
    return tree.hashCode();
  }

  @Override
  public String toString() {
    return "ContractDocument[" + id() + " " + version() + ", " + origin + "]";
  }
}
