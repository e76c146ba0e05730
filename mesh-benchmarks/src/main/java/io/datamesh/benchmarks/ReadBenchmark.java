package io.datamesh.benchmarks;

import io.datamesh.core.Mesh;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * A full read of the current snapshot through {@code mesh.read}: {@code fullRead} visits every value (sums numeric
 * columns, totals string bytes); {@code copyMemory} instead copies the same buffers with
 * {@code MemoryUtil.copyMemory}, the speed a read cannot beat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
    "-Xmx4g"})
public class ReadBenchmark {
  @Param("10000000")
  public long rows;
  @Param("65536")
  public int batchRows;

  private Mesh mesh;
  private BufferAllocator scratch;
  private ArrowBuf target;

  @Setup
  public void start() {
    mesh = MeshState.mesh();
    MeshState.publish(mesh, BenchData.batches(mesh.allocator(), rows, batchRows));
    scratch = mesh.allocator().newChildAllocator("copy target", 0, Long.MAX_VALUE);
    target = scratch.buffer((long) batchRows * 16 + 1024);
  }

  @Benchmark
  public Visitor fullRead() throws Exception {
    Visitor acc = Visitor.start();
    try (ArrowReader r = MeshState.readAll(mesh)) {
      while (r.loadNextBatch()) {
        Visitor.visit(r.getVectorSchemaRoot(), acc);
      }
    }
    return acc;
  }

  @Benchmark
  public long copyMemory() throws Exception {
    long bytes = 0;
    try (ArrowReader r = MeshState.readAll(mesh)) {
      while (r.loadNextBatch()) {
        bytes += Visitor.copy(r.getVectorSchemaRoot(), target.memoryAddress());
      }
    }
    return bytes;
  }

  @TearDown
  public void stop() {
    target.close();
    scratch.close();
    mesh.close();
  }
}
