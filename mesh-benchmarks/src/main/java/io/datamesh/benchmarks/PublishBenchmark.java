package io.datamesh.benchmarks;

import io.datamesh.core.Mesh;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Publishes the whole table as one snapshot (conformance check, hand-over or one copy, commit). {@code source =
 * mesh}: batches built in the mesh's allocator, handed over without a copy; {@code foreign}: built under another
 * root allocator, copied once. {@code distinct}: whether the publish's quality report counts every column's distinct
 * values exactly (the default) or leaves them out. The batches are rebuilt before every publish, outside the measured
 * time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
    "-Xmx4g"})
public class PublishBenchmark {
  @Param("10000000")
  public long rows;
  @Param("65536")
  public int batchRows;
  @Param({"mesh", "foreign"})
  public String source;
  /** Whether the publish's quality report counts every column's distinct values exactly (the default). */
  @Param({"true", "false"})
  public boolean distinct;

  private Mesh mesh;
  private BufferAllocator foreign;
  private List<VectorSchemaRoot> batches;

  @Setup(Level.Trial)
  public void start() {
    mesh = MeshState.mesh(distinct);
    foreign = new RootAllocator();
  }

  @Setup(Level.Invocation)
  public void build() {
    batches = BenchData.batches(source.equals("mesh") ? mesh.allocator() : foreign, rows, batchRows);
  }

  @Benchmark
  public long publish() {
    return MeshState.publish(mesh, batches);
  }

  @TearDown(Level.Trial)
  public void stop() {
    mesh.close();
    foreign.close();
  }
}
