package io.datamesh.samples.hello;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HelloMeshTest {
  @Test
  void the_demo_resolves_the_pending_input_once_its_upstream_registers() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HelloMesh.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("(pending inputs: 1)", "pending inputs now: 0",
        "revenue reads urn:dpds:com.example:dataproducts:orders:1:outputports:orders",
        "products with a customer_email field: urn:dpds:com.example:dataproducts:orders:1");
  }

  /** Boots the SDK's modules on the module path, as a modular host would, with the documented flag. */
  @Test
  void the_modules_boot_on_the_module_path_with_the_documented_flag() throws IOException, InterruptedException {
    String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.matches(".*(junit|jqwik|assertj|opentest4j|apiguardian|surefire|test-classes|archunit).*"))
        .collect(Collectors.joining(File.pathSeparator));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(),
        "--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
        "--module-path", modulePath, "--module", "io.datamesh.samples.hello/io.datamesh.samples.hello.HelloMesh"))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("pending inputs now: 0");
  }
}
