package io.datamesh.core.quality;

import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.Operator;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.QualityType;
import io.datamesh.api.contract.QualityUnit;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.contract.Threshold;
import io.datamesh.arrow.quality.Condition;
import io.datamesh.arrow.quality.ScanPlan;
import io.datamesh.arrow.quality.ScanPlanBuilder;
import io.datamesh.core.quality.CheckSpec.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a schema object into checks and one scan plan: the checks implied by the schema, every quality rule, the
 * SLA properties on its elements and the custom Java rules. Identical conditions and keys are scanned once and
 * shared by every check that needs them.
 */
final class CheckCompiler {
  private static final Threshold ZERO = Threshold.of(Operator.MUST_BE, 0);

  private final SchemaObject object;
  private final ScanPlanBuilder plan = ScanPlan.builder();
  private final List<CheckSpec> checks = new ArrayList<>();
  private final Map<String, String> conditionIds = new HashMap<>();
  private final Map<List<String>, String> keyIds = new HashMap<>();
  private final Set<String> keys = new HashSet<>();

  private CheckCompiler(SchemaObject object) {
    this.object = object;
  }

  record Compiled(List<CheckSpec> checks, ScanPlan plan) {}

  static Compiled compile(SchemaObject object, List<SlaProperty> sla, QualitySettings settings) {
    CheckCompiler c = new CheckCompiler(object);
    c.plan.setKeyBudgetBytes(settings.uniquenessBudgetBytes());
    List<SchemaProperty> pk = object.primaryKey();
    for (SchemaProperty p : object.properties()) {
      c.property(p, p.name(), pk, settings.distinctStatistics(), true);
    }
    if (pk.size() > 1) {
      List<String> cols = pk.stream().map(SchemaProperty::name).toList();
      c.add("schema", "primary_key_unique", Optional.empty(), "primaryKey", Source.KEY, c.key(cols), ZERO);
    }
    for (QualityRule r : object.quality()) {
      c.rule(r, Optional.empty());
    }
    for (SlaProperty s : sla) {
      c.sla(s);
    }
    for (CustomRule r : settings.customRules()) {
      c.custom(r);
    }
    return new Compiled(List.copyOf(c.checks), c.plan.build());
  }

  /**
   * Compiles a property and, depth first, the properties of an object property (Struct children, by dotted path)
   * and the rules inside array items (by item path: {@code tags[]}, {@code lines[].sku}).
   */
  private void property(SchemaProperty p, String path, List<SchemaProperty> pk, boolean distinct, boolean top) {
    Optional<String> unaddressable = top ? Optional.empty() : RuleParts.unaddressable(object, p.name(), path);
    if (unaddressable.isPresent()) { // never run a nested check on another column, nor fail to find its own
      skipTree(p, path, unaddressable.get());
      return;
    }
    plan.addStatistics(path, distinct);
    implied(p, path, pk, top);
    for (QualityRule r : p.quality()) {
      rule(r, Optional.of(path));
    }
    for (SchemaProperty child : p.properties()) {
      property(child, path + "." + child.name(), pk, distinct, false);
    }
    p.items().ifPresent(items -> items(items, path + "[]"));
  }

  /**
   * Compiles the rules of an array's items (and of the properties inside them) as row rules on the item path: a
   * row breaks one when any of its items does. Keys and statistics of item values, and anything inside an array
   * nested in items, are reported skipped with the reason.
   */
  private void items(SchemaProperty p, String path) {
    if (path.indexOf("[]") != path.lastIndexOf("[]")) {
      skipTree(p, path, "checks inside arrays nested in array items are not supported yet: " + object.name() + "."
          + path + " was not evaluated");
      return;
    }
    Optional<String> c = Optional.of(path);
    String where = object.name() + "." + path;
    add("schema", "field_is_present", c, "present", Source.PRESENCE, path, ZERO);
    if (p.required()) {
      add("schema", "field_required", c, "required", Source.CONDITION,
          condition(Condition.requiredWithinParent(path)), ZERO);
    }
    if (p.unique()) {
      skippedImplied("field_unique", c, "unique", "unique inside array items is not supported: " + where
          + " was not evaluated; check uniqueness on a top-level or object property");
    }
    if (p.primaryKey()) {
      skippedImplied("field_primary_key", c, "primaryKey", "a primary key cannot lie inside array items: " + where
          + " was not evaluated; mark a top-level or object property as the primary key");
    }
    options(path, p.logicalTypeOptions());
    for (QualityRule r : p.quality()) {
      Optional<QualityMetric> m = r.type() == QualityType.LIBRARY ? r.metric() : Optional.empty();
      if (m.isPresent() && (m.get() == QualityMetric.DUPLICATE_VALUES || m.get() == QualityMetric.ROW_COUNT)) {
        skipped(r, c, "items", RuleParts.checkType(m.get()), m.get().text() + " inside array items is not supported: "
            + where + " was not evaluated; only row rules (nullValues, missingValues, invalidValues) run on items");
      } else {
        rule(r, c);
      }
    }
    for (SchemaProperty child : p.properties()) {
      Optional<String> unaddressable = RuleParts.unaddressable(object, child.name(), path + "." + child.name());
      if (unaddressable.isPresent()) {
        skipTree(child, path + "." + child.name(), unaddressable.get());
      } else {
        items(child, path + "." + child.name());
      }
    }
    p.items().ifPresent(items -> skipTree(items, path + "[]", "checks inside arrays nested in array items are not"
        + " supported yet: " + object.name() + "." + path + "[] was not evaluated"));
  }

  /** Reports every rule of a property and of everything below it as skipped, with the reason. */
  private void skipTree(SchemaProperty p, String path, String reason) {
    Optional<String> c = Optional.of(path);
    if (p.required()) {
      skippedImplied("field_required", c, "required", reason);
    }
    if (p.unique()) {
      skippedImplied("field_unique", c, "unique", reason);
    }
    if (p.primaryKey()) {
      skippedImplied("field_primary_key", c, "primaryKey", reason);
    }
    for (Map.Entry<String, String> o : RuleParts.optionTypes(p.logicalTypeOptions()).entrySet()) {
      skippedImplied(o.getValue(), c, o.getKey(), reason);
    }
    for (QualityRule r : p.quality()) {
      if (r.type() != QualityType.LIBRARY || r.metric().isEmpty()) {
        rule(r, c); // sql, custom and text rules are skipped with their own reason
      } else {
        skipped(r, c, "items", RuleParts.checkType(r.metric().get()), reason);
      }
    }
    for (SchemaProperty child : p.properties()) {
      skipTree(child, path + "." + child.name(), reason);
    }
    p.items().ifPresent(items -> skipTree(items, path + "[]", reason));
  }

  private void skippedImplied(String type, Optional<String> col, String rule, String reason) {
    String key = keyOf(col.orElse(""), type);
    checks.add(new CheckSpec(key, key, "schema", type, name(col, type), col, Optional.of(rule), Optional.empty(),
        Optional.empty(), Optional.empty(), Source.SKIPPED, "items", Optional.empty(), QualityUnit.ROWS,
        Optional.of(reason), Optional.empty()));
  }

  private void implied(SchemaProperty p, String col, List<SchemaProperty> pk, boolean top) {
    Optional<String> c = Optional.of(col);
    add("schema", "field_is_present", c, "present", Source.PRESENCE, col, ZERO);
    if (p.required()) {
      add("schema", "field_required", c, "required", Source.CONDITION,
          condition(Condition.requiredWithinParent(col)), ZERO);
    }
    if (p.unique()) {
      add("schema", "field_unique", c, "unique", Source.KEY, key(List.of(col)), ZERO);
    }
    if (p.primaryKey() && !top) {
      skippedImplied("field_primary_key", c, "primaryKey", "a primary key is a top-level property: '" + col
          + "' is nested, so it was not checked as a key; mark a top-level property, or use unique");
    } else if (p.primaryKey()) {
      add("schema", "field_primary_key_required", c, "primaryKey", Source.CONDITION,
          condition(Condition.requiredWithinParent(col)), ZERO);
      if (pk.size() == 1) {
        add("schema", "field_primary_key_unique", c, "primaryKey", Source.KEY, key(List.of(col)), ZERO);
      }
    }
    options(col, p.logicalTypeOptions());
  }

  private void options(String col, LogicalTypeOptions o) {
    for (RuleParts.OptionCheck check : RuleParts.optionChecks(col, o)) {
      guarded(check.type(), Optional.of(col), check.rule(), check.condition());
    }
  }

  private void guarded(String type, Optional<String> col, String rule, Supplier<Condition> make) {
    try {
      add("schema", type, col, rule, Source.CONDITION, condition(make.get()), ZERO);
    } catch (IllegalArgumentException e) {
      invalid("schema", type, col, rule, e.getMessage());
    }
  }

  private void rule(QualityRule r, Optional<String> col) {
    String where = col.map(c -> object.name() + "." + c).orElse(object.name());
    if (r.type() == QualityType.SQL) {
      skipped(r, col, "sql", "field_quality_sql", "sql rules run on DuckDB, which arrives with the mesh-duckdb"
          + " module; this rule on " + where + " was not evaluated");
      return;
    }
    if (r.type() == QualityType.CUSTOM) {
      skipped(r, col, "custom", "quality_custom_" + r.engine().orElse("engine"), "custom rules for engine '"
          + r.engine().orElse("?") + "' are not run by the SDK; write a CustomRule in Java to enforce it");
      return;
    }
    if (r.type() == QualityType.TEXT || r.metric().isEmpty()) {
      skipped(r, col, "text", "quality_text", "text rules are documentation only: nothing to evaluate");
      return;
    }
    String metric = r.metric().get().text();
    Threshold t = r.threshold().orElse(ZERO);
    try {
      switch (r.metric().get()) {
        case NULL_VALUES:
          fromRule(r, "field_null_values", requireColumn(col, metric), Source.CONDITION,
              condition(Condition.notNull(col.get())), t);
          break;
        case MISSING_VALUES:
          fromRule(r, "field_missing_values", requireColumn(col, metric), Source.CONDITION,
              condition(Condition.missing(col.get(), r.missingValues())), t);
          break;
        case INVALID_VALUES:
          fromRule(r, "field_invalid_values", requireColumn(col, metric), Source.CONDITION,
              condition(RuleParts.invalidValues(col.get(), r)), t);
          break;
        case DUPLICATE_VALUES:
          if (col.isPresent()) {
            fromRule(r, "field_duplicate_values", col, Source.KEY, key(List.of(col.get())), t);
          } else if (r.argumentProperties().isEmpty()) {
            throw new IllegalArgumentException("duplicateValues on schema object '" + object.name()
                + "' needs arguments.properties: the columns whose combined values must be unique");
          } else {
            fromRule(r, "model_duplicate_values", col, Source.KEY, key(r.argumentProperties()), t);
          }
          break;
        default:
          fromRule(r, "row_count", Optional.empty(), Source.ROW_COUNT, "", r.threshold().orElse(null));
      }
    } catch (IllegalArgumentException e) {
      CheckSpec s = spec(r, "quality", RuleParts.typeOf(r), col, Source.INVALID, "", Optional.empty(),
          Optional.of(e.getMessage() + " (rule on " + where + ")"));
      checks.add(s);
    }
  }

  private Optional<String> requireColumn(Optional<String> col, String metric) {
    if (col.isEmpty()) {
      throw new IllegalArgumentException(metric + " needs a property: move the rule under the property it checks");
    }
    return col;
  }

  private void sla(SlaProperty s) {
    String property = s.property().toLowerCase(Locale.ROOT);
    Source source = property.equals("freshness") || property.equals("latency") ? Source.FRESHNESS
        : property.equals("retention") ? Source.RETENTION : null;
    if (source == null) {
      return;
    }
    for (String element : s.elements()) {
      Optional<String> target = RuleParts.slaColumn(object, element);
      if (target.isEmpty()) {
        continue;
      }
      String col = target.get();
      String type = "servicelevel_" + (source == Source.FRESHNESS ? "freshness" : "retention");
      String key = keyOf(col, type);
      CheckSpec spec = new CheckSpec(s.id().orElse(key), key, "servicelevel", type,
          s.property() + " of " + element, Optional.of(col), Optional.of(s.property()), Optional.empty(),
          Optional.empty(), Optional.of("timeliness"), source, col, Optional.empty(), QualityUnit.ROWS,
          Optional.empty(), Optional.of(s.value().map(String::valueOf).orElse("") + " " + s.unit().orElse("")));
      checks.add(spec);
    }
  }

  private void custom(CustomRule r) {
    Optional<String> col = Optional.of(r.column());
    try {
      if (r.predicate().isPresent()) {
        String id = condition(Condition.predicate(r.column(), r.description(), r.predicate().get()));
        checks.add(new CheckSpec(r.id(), keyOf(r.column(), r.id()), "custom", "custom_row_predicate", r.id(), col,
            Optional.of(r.description()), Optional.empty(), r.severity(), Optional.empty(), Source.CONDITION, id,
            Optional.of(ZERO), QualityUnit.ROWS, Optional.empty(), Optional.empty()));
      } else {
        String id = "aggregate:" + r.id();
        plan.addAggregate(id, r.column(), r.aggregate().orElseThrow());
        checks.add(new CheckSpec(r.id(), keyOf(r.column(), r.id()), "custom", "custom_column_aggregate", r.id(),
            col, Optional.of("aggregate"), Optional.empty(), r.severity(), Optional.empty(), Source.AGGREGATE, id,
            r.threshold(), QualityUnit.ROWS, Optional.empty(), Optional.empty()));
      }
    } catch (IllegalArgumentException e) {
      invalid("custom", "custom", col, r.id(), e.getMessage());
    }
  }

  private String condition(Condition c) {
    return conditionIds.computeIfAbsent(c.toString(), s -> {
      String id = "c" + conditionIds.size();
      plan.addCondition(id, c);
      return id;
    });
  }

  private String key(List<String> cols) {
    return keyIds.computeIfAbsent(List.copyOf(cols), s -> {
      String id = "k" + keyIds.size();
      plan.addKey(id, cols);
      return id;
    });
  }

  private void add(String category, String type, Optional<String> col, String rule, Source source, String sourceId,
      Threshold threshold) {
    String key = keyOf(col.orElse(""), type);
    checks.add(new CheckSpec(key, key, category, type, name(col, type), col, Optional.of(rule), Optional.empty(),
        Optional.empty(), Optional.empty(), source, sourceId, Optional.of(threshold), QualityUnit.ROWS,
        Optional.empty(), Optional.empty()));
  }

  private void invalid(String category, String type, Optional<String> col, String rule, String problem) {
    String key = keyOf(col.orElse(""), type);
    checks.add(new CheckSpec(key, key, category, type, name(col, type), col, Optional.of(rule), Optional.empty(),
        Optional.empty(), Optional.empty(), Source.INVALID, "", Optional.empty(), QualityUnit.ROWS,
        Optional.of(problem), Optional.empty()));
  }

  private void fromRule(QualityRule r, String type, Optional<String> col, Source source, String sourceId,
      Threshold t) {
    checks.add(spec(r, "quality", type, col, source, sourceId, Optional.ofNullable(t), Optional.empty()));
  }

  private void skipped(QualityRule r, Optional<String> col, String kind, String type, String reason) {
    checks.add(spec(r, "quality", type, col, Source.SKIPPED, kind, Optional.empty(), Optional.of(reason)));
  }

  private CheckSpec spec(QualityRule r, String category, String type, Optional<String> col, Source source,
      String sourceId, Optional<Threshold> t, Optional<String> problem) {
    String key = keyOf(col.orElse(""), type);
    String name = r.name().or(r::description).orElse(name(col, type));
    return new CheckSpec(r.id().orElse(key), key, category, type, name, col,
        r.metric().map(m -> m.text()).or(() -> Optional.of(r.type().text())), r.id(), r.severity(),
        r.dimension().map(d -> d.text()), source, sourceId, t, r.unit(), problem, Optional.empty());
  }

  private String name(Optional<String> col, String type) {
    return object.name() + col.map(c -> "." + c).orElse("") + " " + type;
  }

  private String keyOf(String col, String type) {
    String base = (object.name() + "__" + (col.isEmpty() ? "" : col + "__") + type)
        .replaceAll("[^A-Za-z0-9_]", "_");
    String key = base;
    for (int n = 2; !keys.add(key); n++) {
      key = base + "__" + n;
    }
    return key;
  }
}
