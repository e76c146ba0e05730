package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.arrow.ArrowMemory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs a mesh in a forked JVM, with and without the flag Arrow needs, as a host would. */
class MissingAddOpensTest {
  private static String run(boolean withFlag) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java));
    if (withFlag) {
      cmd.add(ArrowMemory.ADD_OPENS);
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), AddOpensProbe.class.getName()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue() + " " + out;
  }

  @Test
  void without_the_flag_the_mesh_fails_fast_with_a_message_that_quotes_it() throws Exception {
    String out = run(false);
    assertThat(out).startsWith("3 ").contains("FAILED_PRECONDITION")
        .contains("--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED");
  }

  @Test
  void with_the_flag_the_same_mesh_starts() throws Exception {
    assertThat(run(true)).startsWith("0 ").contains("started Mesh[");
  }
}
