package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures how many times per second one thread reads and validates F2-orders ({@code Contracts.read} of the
 * text: parse, version gate, structure, semantic checks, model). Not part of the test suite (the name matches no
 * surefire include); run it on one core with:
 *
 * <pre>
 * taskset -c 0 mvn -B -q -o -pl mesh-core -am verify -Dtest=ContractThroughputHarness \
 *     -Dsurefire.failIfNoSpecifiedTests=false &amp;&amp; cat mesh-core/target/contract-throughput.txt
 * </pre>
 *
 * It asserts only that every read succeeds; the figure is for {@code docs/contracts.md}, never a pass/fail
 * criterion. It goes to {@code mesh-benchmarks} (JMH) when that module exists.
 */
class ContractThroughputHarness {
  private static final long WARMUP_NANOS = 5_000_000_000L;
  private static final long MEASURE_NANOS = 10_000_000_000L;

  @Test
  void measure_f2_orders_read_and_validated_per_second() throws IOException {
    String text = Fixtures.text(Fixtures.valid("F2-orders.odcs.yaml"));
    run(text, WARMUP_NANOS);
    long start = System.nanoTime();
    long count = run(text, MEASURE_NANOS);
    double seconds = (System.nanoTime() - start) / 1e9;
    String line = String.format(Locale.ROOT, "F2-orders read+validated: %.0f per second on one thread (%d reads"
        + " in %.1f s, %s %s)%n", count / seconds, count, seconds, System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    System.out.print(line);
    Files.writeString(Path.of("target", "contract-throughput.txt"), line);
  }

  private static long run(String text, long nanos) {
    long end = System.nanoTime() + nanos;
    long count = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 100; i++) {
        ContractDocument c = Contracts.read(text);
        assertThat(c.schema()).hasSize(1);
        count++;
      }
    }
    return count;
  }
}
