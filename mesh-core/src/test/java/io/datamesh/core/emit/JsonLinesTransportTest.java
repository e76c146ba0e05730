package io.datamesh.core.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.core.lineage.OpenLineageSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JsonLinesTransportTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(FsyncPolicy.class)
  void each_event_is_one_valid_json_line_appended_to_what_the_file_held(FsyncPolicy fsync) throws IOException {
    Path file = dir.resolve("lineage.jsonl");
    Files.writeString(file, "{\"earlier\":true}\n");

    try (LineageTransport t = LineageTransport.jsonLines(file, fsync)) {
      TestEvents.send(t, 0, 3);
      assertThat(t.flush(Duration.ofSeconds(20))).isTrue(); // ALWAYS fsyncs: slow on a loaded disk
    }
    try (LineageTransport t = LineageTransport.jsonLines(file, fsync)) {
      TestEvents.send(t, 3, 4);
    }

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(5).first().isEqualTo("{\"earlier\":true}");
    assertThat(lines.subList(1, 5)).allSatisfy(OpenLineageSchemas::assertValid);
    assertThat(lines.get(4)).contains("\"name\":\"e3\"");
  }

  @Test
  void a_file_that_cannot_be_opened_fails_at_construction_with_what_to_do() {
    assertThatThrownBy(() -> LineageTransport.jsonLines(dir.resolve("missing/lineage.jsonl"), FsyncPolicy.NEVER))
        .isInstanceOf(MeshException.class).hasMessageContaining("missing").hasMessageContaining("writable");
  }

  @Test
  void events_sent_after_close_are_dropped_not_thrown() throws IOException {
    Path file = dir.resolve("lineage.jsonl");
    LineageTransport t = LineageTransport.jsonLines(file, FsyncPolicy.ON_FLUSH);
    t.close();

    t.send(new TestEvents.Event("late"));

    assertThat(Files.readAllLines(file)).isEmpty();
  }
}
