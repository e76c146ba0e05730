package io.datamesh.api.contract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks that a property's options, items, nested properties and rules fit its logical type. */
final class PropertyRules {
  private PropertyRules() {}

  static void check(String name, @Nullable LogicalType logicalType, LogicalTypeOptions options,
      @Nullable SchemaProperty items, List<SchemaProperty> properties, List<QualityRule> quality) {
    String who = name.isEmpty() ? "items" : name;
    if (logicalType == null) {
      if (!options.asMap().isEmpty()) {
        throw new IllegalArgumentException("property '" + who + "' has logicalTypeOptions "
            + options.asMap().keySet() + " but no logicalType");
      }
    } else {
      OptionRules.check(who, logicalType, options);
    }
    if (items != null && logicalType != LogicalType.ARRAY) {
      throw new IllegalArgumentException("property '" + who + "' has items but is a "
          + typeText(logicalType));
    }
    if (!properties.isEmpty() && logicalType != LogicalType.OBJECT) {
      throw new IllegalArgumentException("property '" + who + "' has nested properties but is a "
          + typeText(logicalType));
    }
    Set<String> names = new HashSet<>();
    for (SchemaProperty p : properties) {
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("property '" + who + "' has two nested properties named '"
            + p.name() + "'");
      }
    }
    quality.forEach(r -> r.metric().filter(m -> m == QualityMetric.ROW_COUNT).ifPresent(m -> {
      throw new IllegalArgumentException("property '" + who + "': rowCount counts the rows of a schema object;"
          + " add the rule to the schema object instead");
    }));
    quality.stream().filter(r -> !r.argumentProperties().isEmpty()).findFirst().ifPresent(r -> {
      throw new IllegalArgumentException("property '" + who + "': arguments.properties " + r.argumentProperties()
          + " belongs to a schema-level duplicateValues rule; add the rule to the schema object");
    });
  }

  private static String typeText(@Nullable LogicalType logicalType) {
    return logicalType == null ? "property without a logicalType" : logicalType.text();
  }

}
