package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.Test;

/** Runs the example of docs/transforms.md and checks the page still shows exactly this code. */
class TransformsDocTest {
  @Test
  void the_documented_transform_runs_on_an_upstream_publish() {
    try (Mesh mesh = Mesh.builder().build()) {
      mesh.register(Orders.product());
      DataProduct daily = Chain.product("daily", DomainKind.AGGREGATE, new String[] {"daily"}, Orders.PORT);
      mesh.register(daily);

      RunResult run = example(mesh, daily);

      assertThat(run.succeeded()).isTrue();
      assertThat(run.inputSnapshots()).containsExactly(Map.entry(Orders.PORT, 1L));
    }
  }

  private static RunResult example(Mesh mesh, DataProduct daily) {
    // "daily" reads the orders product through its input port "in0" and republishes it.
    mesh.setTransform(daily.urn(), ctx -> {
      ctx.log().info("reading orders snapshot " + ctx.inputSnapshotId("in0"));
      try (ArrowReader orders = ctx.input("in0")) {
        ctx.publish("daily", orders); // staged: it becomes current when the run succeeds
      }
    }, RefreshPolicy.onUpstreamPublish(Duration.ZERO));

    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10)); // an upstream publish triggers the run
    mesh.awaitIdle(Duration.ofSeconds(30));
    RunResult run = mesh.runHistory(daily.urn()).get(0);
    // run.inputSnapshots() == {urn:dpds:com.example:dataproducts:orders:1:outputports:orders=1}
    return run;
  }

  @Test
  void the_page_shows_the_code_this_test_runs() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "transforms.md"));
    String block = page.substring(page.indexOf("<!-- transforms-example:start -->"),
        page.indexOf("<!-- transforms-example:end -->"));
    String code = block.substring(block.indexOf("```java") + 7, block.lastIndexOf("```")).strip();
    String source = Files.readString(Path.of("src/test/java/io/datamesh/core/TransformsDocTest.java"));

    assertThat(source.replaceAll("\\s+", " ")).contains(code.replaceAll("\\s+", " "));
  }
}
