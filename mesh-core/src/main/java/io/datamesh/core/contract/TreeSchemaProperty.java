package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.AuthoritativeDefinition;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.Relationship;
import io.datamesh.api.contract.SchemaProperty;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** The {@code SchemaProperty} view over one property (or the {@code items}) of a document. */
final class TreeSchemaProperty implements SchemaProperty {
  private final JsonNode node;
  private final List<SchemaProperty> properties;

  TreeSchemaProperty(JsonNode node) {
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
  public Optional<LogicalType> logicalType() {
    return Nodes.text(node, "logicalType").flatMap(LogicalType::find);
  }

  @Override
  public LogicalTypeOptions logicalTypeOptions() {
    JsonNode o = node.get("logicalTypeOptions");
    return o == null || !o.isObject() || o.isEmpty() ? LogicalTypeOptions.empty() : new TreeOptions(o);
  }

  @Override
  public Optional<String> physicalType() {
    return Nodes.text(node, "physicalType");
  }

  @Override
  public Optional<String> physicalName() {
    return Nodes.text(node, "physicalName");
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
  public boolean required() {
    return Nodes.flag(node, "required");
  }

  @Override
  public boolean unique() {
    return Nodes.flag(node, "unique");
  }

  @Override
  public boolean primaryKey() {
    JsonNode pk = node.get("primaryKey");
    return pk != null && pk.isBoolean() ? pk.booleanValue() : primaryKeyPosition().isPresent();
  }

  @Override
  public OptionalInt primaryKeyPosition() {
    return Nodes.position(node, "primaryKeyPosition");
  }

  @Override
  public boolean partitioned() {
    JsonNode p = node.get("partitioned");
    return p != null && p.isBoolean() ? p.booleanValue() : partitionKeyPosition().isPresent();
  }

  @Override
  public OptionalInt partitionKeyPosition() {
    return Nodes.position(node, "partitionKeyPosition");
  }

  @Override
  public Optional<String> classification() {
    return Nodes.text(node, "classification");
  }

  @Override
  public Optional<String> encryptedName() {
    return Nodes.text(node, "encryptedName");
  }

  @Override
  public boolean criticalDataElement() {
    return Nodes.flag(node, "criticalDataElement");
  }

  @Override
  public List<String> transformSourceObjects() {
    return Nodes.strings(node, "transformSourceObjects");
  }

  @Override
  public Optional<String> transformLogic() {
    return Nodes.text(node, "transformLogic");
  }

  @Override
  public Optional<String> transformDescription() {
    return Nodes.text(node, "transformDescription");
  }

  @Override
  public List<@Nullable Object> examples() {
    JsonNode e = node.get("examples");
    @SuppressWarnings("unchecked")
    List<@Nullable Object> list = e != null && e.isArray() ? (List<@Nullable Object>) Nodes.plain(e) : null;
    return list == null ? List.of() : list;
  }

  @Override
  public Optional<SchemaProperty> items() {
    JsonNode i = node.get("items");
    return i != null && i.isObject() ? Optional.of(new TreeSchemaProperty(i)) : Optional.empty();
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
    return "SchemaProperty[" + name() + " " + Nodes.text(node, "logicalType").orElse("?") + "]";
  }
}
