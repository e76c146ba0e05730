package io.datamesh.core.lineage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Lenient reads of event attributes (plain Java values): a value of the wrong type reads as absent, so a producer's
 * mistake costs a facet, never the event.
 */
final class Attributes {
  private final Map<String, ?> values;

  private Attributes(Map<String, ?> values) {
    this.values = values;
  }

  static Attributes of(Map<String, ?> values) {
    return new Attributes(values);
  }

  static Attributes of(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> {
        if (k != null && v != null) {
          copy.put(k.toString(), v);
        }
      });
      return new Attributes(copy);
    }
    return new Attributes(Map.of());
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  Optional<String> string(String key) {
    Object v = values.get(key);
    if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof UUID
        || v instanceof Instant || v instanceof Enum<?>) {
      String s = v.toString();
      return s.isBlank() ? Optional.empty() : Optional.of(s);
    }
    return Optional.empty();
  }

  Optional<Long> longValue(String key) {
    Object v = values.get(key);
    if (v instanceof Number n) {
      return Optional.of(n.longValue());
    }
    if (v instanceof CharSequence s) {
      try {
        return Optional.of(Long.parseLong(s.toString().strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  Optional<Double> doubleValue(String key) {
    Object v = values.get(key);
    if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
      return Optional.of(n.doubleValue());
    }
    if (v instanceof CharSequence s) {
      try {
        double d = Double.parseDouble(s.toString().strip());
        return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  Optional<Boolean> bool(String key) {
    Object v = values.get(key);
    if (v instanceof Boolean b) {
      return Optional.of(b);
    }
    if (v instanceof CharSequence s && ("true".equalsIgnoreCase(s.toString()) || "false".equalsIgnoreCase(
        s.toString()))) {
      return Optional.of(Boolean.parseBoolean(s.toString()));
    }
    return Optional.empty();
  }

  Optional<Instant> instant(String key) {
    Object v = values.get(key);
    if (v instanceof Instant i) {
      return Optional.of(i);
    }
    if (v instanceof CharSequence s) {
      try {
        return Optional.of(Instant.parse(s.toString().strip()));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Reads a UUID; any other text names a run deterministically, so START and COMPLETE still agree. */
  Optional<UUID> uuid(String key) {
    Object v = values.get(key);
    if (v instanceof UUID u) {
      return Optional.of(u);
    }
    return string(key).map(Attributes::toUuid);
  }

  static UUID toUuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  List<Object> list(String key) {
    Object v = values.get(key);
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) {
        if (o != null) {
          out.add(o);
        }
      }
      return out;
    }
    return List.of();
  }

  Attributes map(String key) {
    return of(values.get(key) == null ? Map.of() : values.get(key));
  }

  Map<String, ?> asMap() {
    return values;
  }
}
