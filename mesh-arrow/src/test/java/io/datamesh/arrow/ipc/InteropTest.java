package io.datamesh.arrow.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IPC written by the SDK is read by readers that are not ours: DuckDB through the Arrow C Data Interface, and the
 * JavaScript {@code apache-arrow} package under node. Row counts and column sums must match what was written.
 */
class InteropTest {
  private static final Path DIR = Path.of("target", "interop");
  private final BufferAllocator allocator = new RootAllocator();
  private final InteropTable table = new InteropTable();
  private List<Path> files;

  @BeforeEach
  void write() throws IOException {
    files = table.write(allocator, DIR);
  }

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  @Test
  void duckdb_reads_the_sdk_stream_and_file_through_the_c_data_interface() throws Exception {
    for (Path p : files) {
      try (ArrowReader reader = p.toString().endsWith(".arrows")
              ? ArrowIpc.readStream(Files.newInputStream(p), allocator)
              : ArrowIpc.readFile(FileChannel.open(p), allocator);
          ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator);
          Connection conn = DriverManager.getConnection("jdbc:duckdb:")) {
        Data.exportArrayStream(allocator, reader, stream);
        conn.unwrap(DuckDBConnection.class).registerArrowStream("t", stream);
        try (ResultSet rs = conn.createStatement().executeQuery(
            "SELECT count(*), sum(id), sum(qty), sum(amount), sum(octet_length(encode(note))) FROM t")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong(1)).as(p + " rows").isEqualTo(InteropTable.BATCHES * InteropTable.ROWS);
          assertThat(rs.getLong(2)).as(p + " sum(id)").isEqualTo(table.idSum);
          assertThat(rs.getLong(3)).as(p + " sum(qty)").isEqualTo(table.qtySum);
          assertThat(rs.getDouble(4)).as(p + " sum(amount)").isCloseTo(table.amountSum, within(1e-6));
          assertThat(rs.getLong(5)).as(p + " note bytes").isEqualTo(table.noteBytes);
        }
      }
    }
  }

  @Test
  void the_npm_apache_arrow_package_reads_the_sdk_stream_and_file() throws Exception {
    Path modules = nodeModules();
    Path script = Path.of("src", "test", "resources", "interop", "read-arrow.cjs").toAbsolutePath();
    List<String> cmd = new ArrayList<>(List.of("node", script.toString()));
    files.forEach(f -> cmd.add(f.toAbsolutePath().toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("NODE_PATH", modules.toString());
    Process node = pb.start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(node.exitValue()).as(out).isZero();
    for (Path f : files) {
      String json = section(out, f.toAbsolutePath().toString());
      assertThat(number(json, "rows")).as(f + " rows").isEqualTo(InteropTable.BATCHES * InteropTable.ROWS);
      assertThat(field(json, "id", "int")).as(f + " sum(id)").isEqualTo(Long.toString(table.idSum));
      assertThat(Double.parseDouble(field(json, "qty", "float"))).isEqualTo(table.qtySum);
      assertThat(Double.parseDouble(field(json, "amount", "float"))).isCloseTo(table.amountSum, within(1e-6));
      assertThat(Long.parseLong(field(json, "note", "bytes"))).isEqualTo(table.noteBytes);
    }
  }

  /** Finds apache-arrow: $MESH_INTEROP_NODE_MODULES, else target/interop-node; skipped (not in CI) if absent. */
  private static Path nodeModules() {
    String env = System.getenv("MESH_INTEROP_NODE_MODULES");
    Path modules = env != null ? Path.of(env) : Path.of("target", "interop-node", "node_modules").toAbsolutePath();
    boolean ready = Files.isDirectory(modules.resolve("apache-arrow")) && hasNode();
    String how = "node and the npm package apache-arrow are needed: run `npm install --prefix"
        + " mesh-arrow/target/interop-node apache-arrow` or set MESH_INTEROP_NODE_MODULES (.ci/run does)";
    if (!ready && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI must run the interop test: " + how);
    }
    Assumptions.assumeTrue(ready, "skipped: " + how);
    return modules;
  }

  private static boolean hasNode() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String section(String json, String file) {
    int at = json.indexOf("\"" + file.replace("\\", "\\\\") + "\"");
    assertThat(at).as("node printed no result for " + file + ": " + json).isNotNegative();
    int end = json.indexOf("\"sums\"", at);
    int close = json.indexOf("}}", end);
    return json.substring(at, close + 2);
  }

  private static long number(String json, String key) {
    Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as(key + " in " + json).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static String field(String json, String column, String key) {
    Matcher m = Pattern.compile("\"" + column + "\":\\{[^}]*\"" + key + "\":\"?([-0-9.eE]+)").matcher(json);
    assertThat(m.find()).as(column + "." + key + " in " + json).isTrue();
    return m.group(1);
  }
}
