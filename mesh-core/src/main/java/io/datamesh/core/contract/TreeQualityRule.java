package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamesh.api.contract.AuthoritativeDefinition;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.Operator;
import io.datamesh.api.contract.QualityDimension;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.QualityType;
import io.datamesh.api.contract.QualityUnit;
import io.datamesh.api.contract.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code QualityRule} view over one {@code quality} entry. A rule without {@code type} is a library rule when
 * it names a metric and a text rule otherwise; any unit but {@code percent} is rows.
 */
final class TreeQualityRule implements QualityRule {
  private final JsonNode node;

  TreeQualityRule(JsonNode node) {
    this.node = node;
  }

  @Override
  public Optional<String> id() {
    return Nodes.text(node, "id");
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
  public QualityType type() {
    return Nodes.text(node, "type").flatMap(QualityType::find)
        .orElse(metric().isPresent() ? QualityType.LIBRARY : QualityType.TEXT);
  }

  @Override
  public Optional<QualityMetric> metric() {
    return Nodes.text(node, "metric").flatMap(QualityMetric::find);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, @Nullable Object> arguments() {
    JsonNode a = node.get("arguments");
    return a != null && a.isObject() ? (Map<String, @Nullable Object>) Nodes.plain(a) : Map.of();
  }

  @Override
  public Optional<Threshold> threshold() {
    for (Operator op : Operator.values()) {
      JsonNode v = node.get(op.text());
      if (v == null || v.isNull()) {
        continue;
      }
      List<Object> operands = new ArrayList<>();
      if (op.arity() == 2) {
        v.forEach(n -> operands.add(Nodes.plain(n)));
      } else {
        operands.add(Nodes.plain(v));
      }
      return Optional.of(new Threshold(op, operands));
    }
    return Optional.empty();
  }

  @Override
  public QualityUnit unit() {
    return "percent".equals(Nodes.text(node, "unit").orElse("")) ? QualityUnit.PERCENT : QualityUnit.ROWS;
  }

  @Override
  public Optional<String> severity() {
    return Nodes.text(node, "severity");
  }

  @Override
  public Optional<QualityDimension> dimension() {
    return Nodes.text(node, "dimension").flatMap(QualityDimension::find);
  }

  @Override
  public Optional<String> businessImpact() {
    return Nodes.text(node, "businessImpact");
  }

  @Override
  public Optional<String> method() {
    return Nodes.text(node, "method");
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
  public Optional<String> query() {
    return Nodes.text(node, "query");
  }

  @Override
  public Optional<String> engine() {
    return Nodes.text(node, "engine");
  }

  @Override
  public Optional<Object> implementation() {
    return Nodes.value(node, "implementation");
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
    return "QualityRule[" + type().text() + metric().map(m -> " " + m.text()).orElse("")
        + threshold().map(t -> " " + t.operator().text() + " " + t.operands()).orElse("") + "]";
  }
}
