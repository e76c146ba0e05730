package io.datamesh.api.contract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks that a quality rule has what its type needs and that its arguments fit its metric. */
final class RuleChecks {
  private static final Map<QualityMetric, Set<String>> ARGUMENTS = new EnumMap<>(QualityMetric.class);

  static {
    ARGUMENTS.put(QualityMetric.NULL_VALUES, Set.of());
    ARGUMENTS.put(QualityMetric.MISSING_VALUES, Set.of("missingValues"));
    ARGUMENTS.put(QualityMetric.INVALID_VALUES, Set.of("validValues", "pattern"));
    ARGUMENTS.put(QualityMetric.DUPLICATE_VALUES, Set.of("properties"));
    ARGUMENTS.put(QualityMetric.ROW_COUNT, Set.of());
  }

  private RuleChecks() {}

  static void check(QualityType type, @Nullable QualityMetric metric, @Nullable Threshold threshold, Strings text,
      @Nullable Object implementation, Map<String, @Nullable Object> arguments) {
    boolean needsThreshold = type == QualityType.LIBRARY || type == QualityType.SQL;
    if (needsThreshold && threshold == null) {
      throw new IllegalArgumentException("a " + type.text() + " rule needs exactly one operator (mustBe, "
          + "mustBeLessThan, ...): set a threshold");
    }
    if (!needsThreshold && threshold != null) {
      throw new IllegalArgumentException("a " + type.text() + " rule has no threshold, got " + threshold);
    }
    forbid(type != QualityType.LIBRARY && metric != null, type, "metric " + metric);
    forbid(type != QualityType.LIBRARY && !arguments.isEmpty(), type, "arguments " + arguments.keySet());
    forbid(type != QualityType.SQL && text.get("query").isPresent(), type, "a query");
    forbid(type != QualityType.CUSTOM && text.get("engine").isPresent(), type, "an engine");
    forbid(type != QualityType.CUSTOM && implementation != null, type, "an implementation");
    switch (type) {
      case LIBRARY:
        library(metric, arguments);
        break;
      case SQL:
        break;
      case CUSTOM:
        if (text.get("engine").isEmpty() || implementation == null) {
          throw new IllegalArgumentException("a custom rule needs an engine and an implementation");
        }
        break;
      default:
        if (text.get("description").isEmpty()) {
          throw new IllegalArgumentException("a text rule needs a description");
        }
    }
  }

  private static void library(@Nullable QualityMetric metric, Map<String, @Nullable Object> arguments) {
    if (metric == null) {
      throw new IllegalArgumentException("a library rule needs a metric (one of "
          + Texts.list(QualityMetric.values(), QualityMetric::text) + ")");
    }
    Set<String> allowed = ARGUMENTS.get(metric);
    for (Map.Entry<String, @Nullable Object> e : arguments.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw new IllegalArgumentException("argument '" + e.getKey() + "' does not apply to metric "
            + metric.text() + (allowed.isEmpty() ? ", which takes none" : " (it takes " + allowed + ")"));
      }
      boolean wantsList = !e.getKey().equals("pattern");
      if (wantsList ? !(e.getValue() instanceof List) : !(e.getValue() instanceof String)) {
        throw new IllegalArgumentException("argument '" + e.getKey() + "' must be " + (wantsList ? "a list" : "a"
            + " string") + ", got '" + e.getValue() + "'");
      }
    }
    if (metric == QualityMetric.INVALID_VALUES && arguments.isEmpty()) {
      throw new IllegalArgumentException("an invalidValues rule needs validValues or a pattern");
    }
    if (arguments.get("properties") instanceof List && ((List<?>) arguments.get("properties")).isEmpty()) {
      throw new IllegalArgumentException("argument 'properties' needs at least one property name");
    }
  }

  private static void forbid(boolean bad, QualityType type, String what) {
    if (bad) {
      throw new IllegalArgumentException("a " + type.text() + " rule cannot have " + what);
    }
  }
}
