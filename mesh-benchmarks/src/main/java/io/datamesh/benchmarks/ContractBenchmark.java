package io.datamesh.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.datamesh.core.contract.Contracts;
import io.datamesh.core.contract.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads and validates the realistic F2-orders ODCS contract (two servers, composite key, five library metrics, an
 * sql rule, SLAs) from YAML text on one thread, beside Jackson's YAML tree parse of the same text (the parser's
 * floor: our read keeps line numbers for every node and runs every check).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ContractBenchmark {
  private String text;
  private ObjectMapper yaml;

  /** Loads the contract text once. */
  @Setup
  public void load() throws IOException {
    try (InputStream in = ContractBenchmark.class.getResourceAsStream("F2-orders.odcs.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    yaml = new ObjectMapper(new YAMLFactory());
    if (!Contracts.validate(text).isValid()) {
      throw new IllegalStateException("F2-orders must be valid: " + Contracts.validate(text).problems());
    }
  }

  /** Parses the text with line tracking and runs every validation rule. */
  @Benchmark
  public ValidationResult readAndValidate() {
    return Contracts.validate(text);
  }

  /** Jackson's YAML tree parse alone. */
  @Benchmark
  public JsonNode jacksonYamlTree() throws IOException {
    return yaml.readTree(text);
  }
}
