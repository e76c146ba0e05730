package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.AuthoritativeDefinition;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.Relationship;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.util.List;
import java.util.Optional;

/** The {@code SchemaObject} view over one {@code schema} entry of a document. */
final class TreeSchemaObject implements SchemaObject {
  private final JsonNode node;
  private final List<SchemaProperty> properties;

  TreeSchemaObject(JsonNode node) {
    this.node = node;
    this.properties = Nodes.list(node.get("properties"), n -> n.isObject() ? new TreeSchemaProperty(n) : null);
  }

  @Override
  public String name() {
    return Nodes.text(node, "name").orElse("");
  }

  @Override
  public Optional<String> id() {
    return Nodes.text(node, "id");
  }

  @Override
  public Optional<String> physicalName() {
    return Nodes.text(node, "physicalName");
  }

  @Override
  public Optional<String> physicalType() {
    return Nodes.text(node, "physicalType");
  }

  @Override
  public Optional<String> businessName() {
    return Nodes.text(node, "businessName");
  }

  @Override
  public Optional<String> description() {
    return Nodes.text(node, "description");
  }

  @Override
  public Optional<String> dataGranularityDescription() {
    return Nodes.text(node, "dataGranularityDescription");
  }

  @Override
  public List<SchemaProperty> properties() {
    return properties;
  }

  @Override
  public List<QualityRule> quality() {
    return Nodes.list(node.get("quality"), n -> n.isObject() ? new TreeQualityRule(n) : null);
  }

  @Override
  public List<Relationship> relationships() {
    return TreeRelationships.of(node);
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
  public String toString() {
    return "SchemaObject[" + name() + "]";
  }
}
