package io.datamesh.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.datamesh.arrow.ipc.ArrowIpc;
import io.datamesh.core.Mesh;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
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
 * Serves the snapshot over the wire and reads it back, visiting every value on the way back: as an Arrow IPC
 * stream ({@code ipc}) and as a Jackson-streamed JSON array of row objects ({@code json}), both into memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
    "-Xmx8g"})
public class IpcJsonBenchmark {
  @Param("10000000")
  public long rows;
  @Param("65536")
  public int batchRows;

  private final JsonFactory json = new JsonFactory();
  private Mesh mesh;
  private BufferAllocator back;

  @Setup
  public void start() {
    mesh = MeshState.mesh();
    MeshState.publish(mesh, BenchData.batches(mesh.allocator(), rows, batchRows));
    back = mesh.allocator().newChildAllocator("read back", 0, Long.MAX_VALUE);
  }

  @Benchmark
  public Visitor ipc() throws Exception {
    Chunks wire = new Chunks();
    try (ArrowReader r = MeshState.readAll(mesh)) {
      ArrowIpc.writeStream(r, wire);
    }
    Visitor acc = Visitor.start();
    try (ArrowReader r = ArrowIpc.readStream(wire.input(), back)) {
      while (r.loadNextBatch()) {
        Visitor.visit(r.getVectorSchemaRoot(), acc);
      }
    }
    return acc;
  }

  @Benchmark
  public double json() throws Exception {
    Chunks wire = new Chunks();
    try (ArrowReader r = MeshState.readAll(mesh); JsonGenerator g = json.createGenerator(wire)) {
      g.writeStartArray();
      while (r.loadNextBatch()) {
        writeRows(r.getVectorSchemaRoot(), g);
      }
      g.writeEndArray();
    }
    return parse(wire);
  }

  private static void writeRows(VectorSchemaRoot root, JsonGenerator g) throws IOException {
    var fields = root.getFieldVectors();
    for (int i = 0; i < root.getRowCount(); i++) {
      g.writeStartObject();
      for (FieldVector v : fields) {
        g.writeFieldName(v.getName());
        if (v.isNull(i)) {
          g.writeNull();
        } else if (v instanceof VarCharVector s) {
          g.writeString(new String(s.get(i), java.nio.charset.StandardCharsets.UTF_8));
        } else if (v instanceof org.apache.arrow.vector.Float8Vector d) {
          g.writeNumber(d.get(i));
        } else {
          g.writeNumber(((org.apache.arrow.vector.BaseIntVector) v).getValueAsLong(i));
        }
      }
      g.writeEndObject();
    }
  }

  private double parse(Chunks wire) throws IOException {
    long longs = 0;
    double doubles = 0;
    long bytes = 0;
    try (JsonParser p = json.createParser(wire.input())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_NUMBER_INT) {
          longs += p.getLongValue();
        } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          doubles += p.getDoubleValue();
        } else if (t == JsonToken.VALUE_STRING) {
          bytes += p.getTextLength();
        }
      }
    }
    return longs + doubles + bytes;
  }

  @TearDown
  public void stop() {
    back.close();
    mesh.close();
  }
}
