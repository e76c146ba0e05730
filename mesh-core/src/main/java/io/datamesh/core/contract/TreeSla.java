package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.SlaProperty;
import java.util.Optional;

/** The {@code SlaProperty} view over one {@code slaProperties} entry. */
final class TreeSla implements SlaProperty {
  private final JsonNode node;

  TreeSla(JsonNode node) {
    this.node = node;
  }

  @Override
  public String property() {
    return Nodes.text(node, "property").orElse("");
  }

  @Override
  public Optional<Object> value() {
    return Nodes.value(node, "value");
  }

  @Override
  public Optional<Object> valueExt() {
    return Nodes.value(node, "valueExt");
  }

  @Override
  public Optional<String> unit() {
    return Nodes.text(node, "unit");
  }

  @Override
  public Optional<String> element() {
    return Nodes.text(node, "element");
  }

  @Override
  public Optional<String> driver() {
    return Nodes.text(node, "driver");
  }

  @Override
  public Optional<String> description() {
    return Nodes.text(node, "description");
  }

  @Override
  public Optional<String> schedule() {
    return Nodes.text(node, "schedule");
  }

  @Override
  public Optional<String> scheduler() {
    return Nodes.text(node, "scheduler");
  }

  @Override
  public Optional<String> id() {
    return Nodes.text(node, "id");
  }

  @Override
  public String toString() {
    return "SlaProperty[" + property() + "=" + value().orElse("null") + unit().map(u -> " " + u).orElse("") + "]";
  }
}
