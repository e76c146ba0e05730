package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class MeshConcurrencyTest {
  private static final int THREADS = 8;

  @Test
  void concurrent_registrations_and_lookups_lose_nothing_and_see_no_half_state() throws Exception {
    List<MeshEvent> events = new CopyOnWriteArrayList<>();
    try (Mesh mesh = Mesh.builder().addEmitter(events::add).build()) {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      AtomicInteger inconsistent = new AtomicInteger();
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 50; i++) {
            DataProduct p = Products.source("p" + thread + "x" + i, "1.0.0");
            mesh.register(p);
            if (mesh.product(p.urn()).isEmpty() || mesh.product(p.id()).isEmpty()) {
              inconsistent.incrementAndGet(); // a reader must see its own completed registration
            }
            mesh.find(ProductQuery.builder().setFieldName("id").build());
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      mesh.close();

      assertThat(inconsistent).hasValue(0);
      assertThat(mesh.products()).hasSize(THREADS * 50);
      assertThat(events).hasSize(THREADS * 50);
    }
  }

  @RepeatedTest(5)
  void racing_registrations_of_one_product_register_it_exactly_once() throws Exception {
    try (Mesh mesh = Mesh.builder().build()) {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<RegistrationResult>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(pool.submit(() -> {
          start.await();
          return mesh.register(Products.source("orders", "1.0.0"));
        }));
      }
      start.countDown();
      List<RegistrationResult.Action> actions = new ArrayList<>();
      for (Future<RegistrationResult> f : results) {
        actions.add(f.get(30, TimeUnit.SECONDS).action());
      }
      pool.shutdown();

      assertThat(actions).filteredOn(a -> a == RegistrationResult.Action.REGISTERED).hasSize(1);
      assertThat(actions).filteredOn(a -> a == RegistrationResult.Action.UNCHANGED).hasSize(THREADS - 1);
    }
  }

  @Test
  void events_reach_emitters_in_the_order_things_happened() {
    List<MeshEvent> events = new CopyOnWriteArrayList<>();
    try (Mesh mesh = Mesh.builder().addEmitter(events::add).setWorkerThreads(4).build()) {
      for (int i = 0; i < 200; i++) {
        mesh.register(Products.source("orders", "1." + i + ".0"));
      }
      mesh.close();
      assertThat(events).extracting(MeshEvent::type).first().isEqualTo(MeshEventType.PRODUCT_REGISTERED);
      assertThat(events).extracting(e -> e.attributes().get("version"))
          .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 200).mapToObj(i -> "1." + i + ".0")
              .toList());
    }
  }
}
