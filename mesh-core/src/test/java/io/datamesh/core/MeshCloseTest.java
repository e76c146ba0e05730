package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.mask.MaskMethod;
import io.datamesh.arrow.mask.SecretProvider;
import io.datamesh.core.governance.AccessPolicies;
import io.datamesh.core.governance.Grant;
import io.datamesh.core.governance.MaskingRule;
import io.datamesh.core.governance.PrincipalMatch;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
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

  @Test
  void closing_while_a_read_builds_its_cached_result_waits_for_it_and_frees_every_byte() throws Exception {
    RootAllocator leakCheck = new RootAllocator();
    CountDownLatch building = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger keys = new AtomicInteger();
    SecretProvider slow = keyId -> {
      if (keys.incrementAndGet() == 1) {
        building.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return "a-32-byte-secret-for-the-tests!!".getBytes(StandardCharsets.UTF_8);
    };
    PrincipalMatch marketing = PrincipalMatch.attribute("department", "marketing");
    Mesh mesh = Mesh.builder().setAllocator(leakCheck).setAccessPolicies(AccessPolicies.builder()
        .addGrant(Grant.of("grant.marketing", marketing, ReadCacheTest.CUSTOMERS))
        .addMaskingRule(MaskingRule.of("mask.hash", "restricted", marketing, MaskMethod.HASH, 0, "k-2025"))
        .setSecrets(slow).build()).build();
    mesh.register(EnforcementTest.withEmails("customers"));
    VectorSchemaRoot b = VectorSchemaRoot.create(ArrowSchemas.of(
        EnforcementTest.withEmails("customers").outputPorts().get(0).contract(), "customers"), mesh.allocator());
    b.allocateNew();
    ((BigIntVector) b.getVector("id")).setSafe(0, 1);
    ((VarCharVector) b.getVector("email")).setSafe(0, "ann@example.com".getBytes(StandardCharsets.UTF_8));
    b.setRowCount(1);
    mesh.publish(ReadCacheTest.CUSTOMERS, b);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<List<String>> reading = pool.submit(() -> ReadCacheTest.rows(mesh.read(
          ReadRequest.of(ReadCacheTest.CUSTOMERS, ReadCacheTest.HASHER_1))));
      assertThat(building.await(30, TimeUnit.SECONDS)).isTrue();
      Thread closer = new Thread(() -> mesh.close(Duration.ofMillis(10)));
      closer.start();
      while (closer.isAlive() && !Arrays.toString(closer.getStackTrace()).contains("OpenReads.closeAll")) {
        Thread.sleep(1); // until close waits for the read (or, without the gate, has already finished)
      }
      release.countDown();
      closer.join(30_000);
      assertThat(closer.isAlive()).isFalse();

      try {
        assertThat(reading.get(30, TimeUnit.SECONDS)).hasSize(1);
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOfSatisfying(MeshException.class, m -> {
          assertThat(m.status()).isEqualTo(MeshStatus.UNAVAILABLE);
          assertThat(m.getMessage()).contains("closed while").contains("read #1");
        });
      }
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    assertThat(leakCheck.getChildAllocators()).as("the mesh closed its allocator").isEmpty();
    leakCheck.close();
  }
}
