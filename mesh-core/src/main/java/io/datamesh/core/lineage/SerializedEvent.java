package io.datamesh.core.lineage;

import java.time.Instant;
import java.util.Objects;

/** An event serialized once; transports share the text. */
record SerializedEvent(LineageEventKind kind, String type, Instant eventTime, String key, String json)
    implements LineageEvent {
  SerializedEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(json, "json");
  }

  @Override
  public String toString() {
    return kind + " " + type + " " + key;
  }
}
