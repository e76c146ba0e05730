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
import io.datamesh.arrow.quality.StringFormat;
import io.datamesh.core.quality.CheckSpec.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
      c.property(p, p.name(), pk, settings.distinctStatistics());
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
   * and, as skipped checks, every rule inside array items.
   */
  private void property(SchemaProperty p, String path, List<SchemaProperty> pk, boolean distinct) {
    plan.addStatistics(path, distinct);
    implied(p, path, pk);
    for (QualityRule r : p.quality()) {
      rule(r, Optional.of(path));
    }
    for (SchemaProperty child : p.properties()) {
      property(child, path + "." + child.name(), pk, distinct);
    }
    p.items().ifPresent(items -> skipItems(items, path + "[]"));
  }

  /** Reports every rule of an array's items (and below) as skipped: they are not evaluated yet, and say so. */
  private void skipItems(SchemaProperty p, String path) {
    Optional<String> c = Optional.of(path);
    String reason = "checks inside array items are not supported yet: " + object.name() + "." + path
        + " was not evaluated";
    if (p.required()) {
      skippedImplied("field_required", c, "required", reason);
    }
    if (p.unique()) {
      skippedImplied("field_unique", c, "unique", reason);
    }
    if (p.primaryKey()) {
      skippedImplied("field_primary_key", c, "primaryKey", reason);
    }
    for (Map.Entry<String, String> o : optionTypes(p.logicalTypeOptions()).entrySet()) {
      skippedImplied(o.getValue(), c, o.getKey(), reason);
    }
    for (QualityRule r : p.quality()) {
      if (r.type() != QualityType.LIBRARY || r.metric().isEmpty()) {
        rule(r, c); // sql, custom and text rules are skipped with their own reason
      } else {
        String metric = r.metric().get().text().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        skipped(r, c, "items", r.metric().get() == QualityMetric.ROW_COUNT ? metric : "field_" + metric, reason);
      }
    }
    for (SchemaProperty child : p.properties()) {
      skipItems(child, path + "." + child.name());
    }
    p.items().ifPresent(items -> skipItems(items, path + "[]"));
  }

  private void skippedImplied(String type, Optional<String> col, String rule, String reason) {
    String key = keyOf(col.orElse(""), type);
    checks.add(new CheckSpec(key, key, "schema", type, name(col, type), col, Optional.of(rule), Optional.empty(),
        Optional.empty(), Optional.empty(), Source.SKIPPED, "items", Optional.empty(), QualityUnit.ROWS,
        Optional.of(reason), Optional.empty()));
  }

  /** The logicalTypeOptions set on a property, each with its check type. */
  private static Map<String, String> optionTypes(LogicalTypeOptions o) {
    Map<String, String> t = new LinkedHashMap<>();
    o.minLength().ifPresent(x -> t.put("minLength", "field_min_length"));
    o.maxLength().ifPresent(x -> t.put("maxLength", "field_max_length"));
    o.pattern().ifPresent(x -> t.put("pattern", "field_regex"));
    o.format().flatMap(StringFormat::find).ifPresent(x -> t.put("format", "field_format"));
    o.minimum().ifPresent(x -> t.put("minimum", "field_minimum"));
    o.maximum().ifPresent(x -> t.put("maximum", "field_maximum"));
    o.exclusiveMinimum().ifPresent(x -> t.put("exclusiveMinimum", "field_exclusive_minimum"));
    o.exclusiveMaximum().ifPresent(x -> t.put("exclusiveMaximum", "field_exclusive_maximum"));
    o.multipleOf().ifPresent(x -> t.put("multipleOf", "field_multiple_of"));
    o.minItems().ifPresent(x -> t.put("minItems", "field_min_items"));
    o.maxItems().ifPresent(x -> t.put("maxItems", "field_max_items"));
    return t;
  }

  private void implied(SchemaProperty p, String col, List<SchemaProperty> pk) {
    Optional<String> c = Optional.of(col);
    add("schema", "field_is_present", c, "present", Source.PRESENCE, col, ZERO);
    if (p.required()) {
      add("schema", "field_required", c, "required", Source.CONDITION,
          condition(Condition.requiredWithinParent(col)), ZERO);
    }
    if (p.unique()) {
      add("schema", "field_unique", c, "unique", Source.KEY, key(List.of(col)), ZERO);
    }
    if (p.primaryKey()) {
      add("schema", "field_primary_key_required", c, "primaryKey", Source.CONDITION,
          condition(Condition.requiredWithinParent(col)), ZERO);
      if (pk.size() == 1) {
        add("schema", "field_primary_key_unique", c, "primaryKey", Source.KEY, key(List.of(col)), ZERO);
      }
    }
    options(col, p.logicalTypeOptions());
  }

  private void options(String col, LogicalTypeOptions o) {
    Optional<String> c = Optional.of(col);
    if (o.minLength().isPresent()) {
      guarded("field_min_length", c, "minLength",
          () -> Condition.length(col, o.minLength(), OptionalLong.empty()));
    }
    if (o.maxLength().isPresent()) {
      guarded("field_max_length", c, "maxLength",
          () -> Condition.length(col, OptionalLong.empty(), o.maxLength()));
    }
    o.pattern().ifPresent(p -> guarded("field_regex", c, "pattern", () -> Condition.pattern(col, p)));
    o.format().flatMap(StringFormat::find).ifPresent(f ->
        guarded("field_format", c, "format", () -> Condition.format(col, f)));
    o.minimum().ifPresent(b -> guarded("field_minimum", c, "minimum", () -> Condition.atLeast(col, b, true)));
    o.maximum().ifPresent(b -> guarded("field_maximum", c, "maximum", () -> Condition.atMost(col, b, true)));
    o.exclusiveMinimum().ifPresent(b ->
        guarded("field_exclusive_minimum", c, "exclusiveMinimum", () -> Condition.atLeast(col, b, false)));
    o.exclusiveMaximum().ifPresent(b ->
        guarded("field_exclusive_maximum", c, "exclusiveMaximum", () -> Condition.atMost(col, b, false)));
    o.multipleOf().ifPresent(d -> guarded("field_multiple_of", c, "multipleOf", () -> Condition.multipleOf(col, d)));
    if (o.minItems().isPresent()) {
      guarded("field_min_items", c, "minItems", () -> Condition.items(col, o.minItems(), OptionalLong.empty()));
    }
    if (o.maxItems().isPresent()) {
      guarded("field_max_items", c, "maxItems", () -> Condition.items(col, OptionalLong.empty(), o.maxItems()));
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
              condition(invalid(col.get(), r)), t);
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
      CheckSpec s = spec(r, "quality", typeOf(r), col, Source.INVALID, "", Optional.empty(),
          Optional.of(e.getMessage() + " (rule on " + where + ")"));
      checks.add(s);
    }
  }

  private static String typeOf(QualityRule r) {
    return r.metric().map(m -> m.text()).orElse("quality");
  }

  private Optional<String> requireColumn(Optional<String> col, String metric) {
    if (col.isEmpty()) {
      throw new IllegalArgumentException(metric + " needs a property: move the rule under the property it checks");
    }
    return col;
  }

  private static Condition invalid(String col, QualityRule r) {
    List<Condition> parts = new ArrayList<>();
    if (!r.validValues().isEmpty()) {
      parts.add(Condition.validValues(col, r.validValues()));
    }
    r.pattern().ifPresent(p -> parts.add(Condition.pattern(col, p)));
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("invalidValues on '" + col + "' needs arguments.validValues or"
          + " arguments.pattern");
    }
    return parts.size() == 1 ? parts.get(0) : Condition.anyOf(parts);
  }

  private void sla(SlaProperty s) {
    String property = s.property().toLowerCase(Locale.ROOT);
    Source source = property.equals("freshness") || property.equals("latency") ? Source.FRESHNESS
        : property.equals("retention") ? Source.RETENTION : null;
    if (source == null) {
      return;
    }
    for (String element : s.elements()) {
      Optional<String> target = column(element);
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

  /** The column (or dotted path) of an SLA element {@code table.column}; empty if it names another table. */
  private Optional<String> column(String element) {
    if (element.indexOf('.') < 0) {
      return Optional.of(element);
    }
    for (String table : List.of(object.name(), object.physicalName().orElse(object.name()))) {
      if (element.startsWith(table + ".")) {
        return Optional.of(element.substring(table.length() + 1));
      }
    }
    return Optional.empty();
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
