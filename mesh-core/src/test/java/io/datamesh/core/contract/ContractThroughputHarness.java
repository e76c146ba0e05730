package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures how many times per second one thread reads and validates F2-orders ({@code Contracts.read} of the
 * text: parse, version gate, structure, semantic checks, model). Not part of the test suite (the name matches no
 * surefire include); run it with:
 *
 * <pre>
 * mvn -B -q -o -pl mesh-core -am verify -Dtest=ContractThroughputHarness \
 *     -Dsurefire.failIfNoSpecifiedTests=false &amp;&amp; cat mesh-core/target/contract-throughput.txt
 * </pre>
 *
 * It asserts only that every read succeeds; the figure is for {@code docs/contracts.md}, never a pass/fail
 * criterion. It reports reads per wall-clock second and per second of the thread's CPU time (less sensitive to
 * other processes on a shared machine: one core's worth of work), next to a plain Jackson YAML {@code readTree} of the same text as the
 * floor set by the YAML parser. It goes to {@code mesh-benchmarks} (JMH) when that module exists.
 */
class ContractThroughputHarness {
  /** Alternating warm-up rounds, long enough for C2 to compile the reader even on a busy machine. */
  private static final int WARMUP_ROUNDS = 6;
  private static final long WARMUP_NANOS = 5_000_000_000L;
  private static final long MEASURE_NANOS = 10_000_000_000L;

  @Test
  void measure_f2_orders_read_and_validated_per_second() throws IOException {
    String text = Fixtures.text(Fixtures.valid("F2-orders.odcs.yaml"));
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Runnable read = () -> assertThat(Contracts.read(text).schema()).hasSize(1);
    Runnable jackson = () -> {
      try {
        assertThat(yaml.readTree(text).size()).isPositive();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    for (int round = 0; round < WARMUP_ROUNDS; round++) {
      measure(read, WARMUP_NANOS);
      measure(jackson, WARMUP_NANOS);
    }
    double[] ours = measure(read, MEASURE_NANOS);
    double[] floor = measure(jackson, MEASURE_NANOS);
    String report = String.format(Locale.ROOT, "F2-orders Contracts.read (parse + validate + model): %.0f/s"
        + " wall clock, %.0f/s per CPU-second of the thread%n"
        + "Jackson YAML readTree of the same text (the parser's floor): %.0f/s wall clock, %.0f/s per CPU-second%n"
        + "%s %s, %d processor(s) available, load average %s%n", ours[0], ours[1], floor[0], floor[1],
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), loadAverage());
    System.out.print(report);
    Files.writeString(Path.of("target", "contract-throughput.txt"), report);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * Returns this thread's CPU time. {@code java.management} is looked up reflectively: tests compile inside the
   * {@code io.datamesh.core} module, which does not read it, but run on the class path, where it is present.
   */
  private static long cpuNanos() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
          .invoke(null);
      return (long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime")
          .invoke(bean);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("thread CPU time is not available", e);
    }
  }

  /** Returns operations per wall-clock second and per second of this thread's CPU time. */
  private static double[] measure(Runnable op, long nanos) {
    long cpu = cpuNanos();
    long start = System.nanoTime();
    long end = start + nanos;
    long count = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 100; i++) {
        op.run();
        count++;
      }
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (cpuNanos() - cpu) / 1e9;
    return new double[] {count / wall, count / cpuSeconds};
  }
}
