package io.datamesh.core.emit;

import io.datamesh.core.lineage.LineageEvent;
import io.datamesh.core.lineage.LineageEventKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Small valid OpenLineage run events named e0, e1, ... by their job name. */
final class TestEvents {
  private TestEvents() {}

  record Event(String name) implements LineageEvent {
    @Override
    public LineageEventKind kind() {
      return LineageEventKind.RUN;
    }

    @Override
    public String type() {
      return "OTHER";
    }

    @Override
    public Instant eventTime() {
      return Instant.parse("2026-03-01T10:15:30Z");
    }

    @Override
    public String key() {
      return "run:" + runId();
    }

    UUID runId() {
      return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String json() {
      return "{\"eventType\":\"OTHER\",\"eventTime\":\"2026-03-01T10:15:30Z\",\"producer\":"
          + "\"https://datamesh.io/sdk/java/v0.1.0\",\"schemaURL\":"
          + "\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent\",\"run\":{\"runId\":\""
          + runId() + "\"},\"job\":{\"namespace\":\"dpds://test\",\"name\":\"" + name + "\"}}";
    }
  }

  static List<String> names(int from, int to) {
    List<String> names = new ArrayList<>();
    for (int i = from; i < to; i++) {
      names.add("e" + i);
    }
    return names;
  }

  static void send(LineageTransport t, int from, int to) {
    for (String n : names(from, to)) {
      t.send(new Event(n));
    }
  }
}
