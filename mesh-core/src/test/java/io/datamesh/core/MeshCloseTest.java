package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.Test;

class MeshCloseTest {
  private final Principal ann = Principal.builder("ann").build();

  @Test
  void close_waits_for_open_readers_then_closes_and_names_each_one_and_frees_everything() throws Exception {
    Mesh mesh = Mesh.builder().setName("closing").build();
    mesh.register(Orders.product());
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 100));
    ArrowReader forgotten = mesh.read(ReadRequest.of(Orders.PORT, ann));
    assertThat(forgotten.loadNextBatch()).isTrue();
    assertThat(mesh.openReads()).containsExactly("read #1 of " + Orders.PORT + " by ann");
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      mesh.close(Duration.ofMillis(50)); // would throw if the root allocator still held a byte
    } finally {
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("closed read #1 of " + Orders.PORT + " by ann")
        .contains("grace");
    assertThat(mesh.openReads()).isEmpty();
    assertThat(mesh.allocator().getAllocatedMemory()).isZero();
    assertThatThrownBy(forgotten::loadNextBatch).isInstanceOf(IllegalStateException.class);
    forgotten.close(); // closing again is harmless
  }

  @Test
  void close_returns_as_soon_as_the_last_reader_closes() throws Exception {
    Mesh mesh = Mesh.builder().build();
    mesh.register(Orders.product());
    mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
    ArrowReader reader = mesh.read(ReadRequest.of(Orders.PORT, ann));
    Thread closer = new Thread(() -> {
      try {
        Thread.sleep(50);
        reader.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    closer.start();
    mesh.close(Duration.ofMinutes(1));
    closer.join();
    assertThat(mesh.openReads()).isEmpty();
  }
}
