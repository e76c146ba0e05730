package io.datamesh.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.ProductUrn;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryEmitterTest {
  private static final ProductUrn URN = ProductUrn.parse("urn:dpds:com.example:dataproducts:orders:1");

  @Test
  void await_returns_an_event_emitted_from_another_thread() throws InterruptedException {
    InMemoryEmitter emitter = InMemoryEmitter.create();
    Thread t = new Thread(() -> emitter.emit(MeshEvent.of(MeshEventType.PRODUCT_REGISTERED, Instant.EPOCH, URN,
        Map.of())));
    t.start();

    MeshEvent e = emitter.await(ev -> ev.type() == MeshEventType.PRODUCT_REGISTERED, Duration.ofSeconds(30));
    t.join();
    assertThat(e.product()).isEqualTo(URN);
    assertThat(emitter.events(MeshEventType.PRODUCT_REGISTERED)).hasSize(1);
  }

  @Test
  void await_fails_listing_what_arrived() {
    InMemoryEmitter emitter = InMemoryEmitter.create();
    emitter.emit(MeshEvent.of(MeshEventType.PRODUCT_UPDATED, Instant.EPOCH, URN, Map.of()));

    assertThatThrownBy(() -> emitter.await(ev -> ev.type() == MeshEventType.PRODUCT_DEREGISTERED,
        Duration.ofMillis(20))).isInstanceOf(AssertionError.class)
        .hasMessageContaining("PRODUCT_UPDATED urn:dpds:com.example:dataproducts:orders:1");
  }
}
