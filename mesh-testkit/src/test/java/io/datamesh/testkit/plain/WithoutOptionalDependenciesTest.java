package io.datamesh.testkit.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WithoutOptionalDependenciesTest {
  @Test
  void a_user_without_assertj_and_jqwik_can_run_a_product_test_with_the_extension_and_test_data() throws Exception {
    List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    String classPath = entries.stream().filter(e -> !e.matches(".*(assertj|jqwik).*"))
        .collect(Collectors.joining(File.pathSeparator));
    assertThat(entries).anyMatch(e -> e.contains("assertj")); // the filter removes something real
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    Process p = new ProcessBuilder(java.toString(), "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", classPath,
        PlainUserLauncher.class.getName()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(out).contains("org.assertj.core.api.Assertions absent", "net.jqwik.api.Arbitrary absent",
        "1 tests successful");
    assertThat(p.exitValue()).as(out).isZero();
  }
}
