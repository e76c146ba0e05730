package io.datamesh.samples.retail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How users launch the demo: the README's command, and the JVM it forks. */
class RetailMeshLaunchTest {
  private static final Path ROOT = Path.of("..", "..");

  @TempDir
  Path dir;

  /** Boots the demo on the module path, as the demo profile does, with the documented flag and tiny data. */
  @Test
  void the_demo_runs_on_the_module_path_with_the_documented_flag() throws IOException, InterruptedException {
    String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.matches(".*(junit|jqwik|assertj|opentest4j|apiguardian|surefire|test-classes|archunit).*"))
        .collect(Collectors.joining(File.pathSeparator));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(),
        "--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
        "--module-path", modulePath, "--module", "io.datamesh.samples.retail/io.datamesh.samples.retail.RetailMesh",
        "--rows 4000 --out " + dir)) // one argument, as Maven's -Ddemo.args passes it
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("Retail mesh: 4,000 orders", "snapshot 1: 3,998 rows published, 2 quarantined",
        "read as mallory: PERMISSION_DENIED", "Events file: " + dir.resolve("lineage.jsonl").toAbsolutePath());
    assertThat(dir.resolve("orders-4000-" + RetailMesh.SEED + ".arrow")).isNotEmptyFile();
  }

  /** CI runs the README's demo command verbatim, in short mode: the two must not drift apart. */
  @Test
  void ci_runs_the_readme_demo_command_in_short_mode() throws IOException {
    Matcher readme = Pattern.compile("(?m)^(mvn -B -q -Pdemo [^#\\n]*?)\\s+#")
        .matcher(Files.readString(ROOT.resolve("README.md")));
    assertThat(readme.find()).as("README.md's quick start has the demo command").isTrue();
    String command = readme.group(1);

    assertThat(command).isEqualTo("mvn -B -q -Pdemo -DskipTests verify -pl samples/retail-mesh -am");
    assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains(command + " -Ddemo.args=--short");
  }
}
