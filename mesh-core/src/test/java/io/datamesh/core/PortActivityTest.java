package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.arrow.snapshot.SnapshotPublisher;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SLO monitor's publish time and the status's {@code last_published} come from one source: the commit. */
class PortActivityTest {
  private final BufferAllocator root = new RootAllocator();
  private final MutableClock clock = new MutableClock();
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final List<Consumer<MeshEvent>> listeners = new CopyOnWriteArrayList<>();
  private final MeshBuilder builder = Mesh.builder().setAllocator(root).setClock(clock);
  private final DataPlane plane = new DataPlane(builder, p -> Orders.product().outputPort(p.name()),
      e -> listeners.forEach(l -> l.accept(e)));
  private final Observability observability = new Observability(builder, plane, () -> {
    throw new AssertionError("the registry is read by SLO checks only");
  }, events::add);

  @AfterEach
  void no_leak() {
    observability.close();
    plane.close(Duration.ZERO);
    root.close();
  }

  @Test
  void the_slo_monitor_counts_from_the_commit_time_even_when_the_published_event_is_emitted_later() {
    Instant committedAt = clock.instant();
    listeners.add(e -> {
      events.add(e);
      if (e.type() == MeshEventType.QUALITY_CHECKED) {
        clock.advance(Duration.ofMinutes(5)); // a slow listener: the SNAPSHOT_PUBLISHED event comes 5 min later
      }
    });
    listeners.add(observability::onEvent);
    var batch = Orders.batch(root, 0, 3);
    plane.publishing.publish(Orders.PORT, Publishing.source(batch, r -> r,
        (d, x) -> SnapshotPublisher.publish(batch, d, x)), OptionalLong.empty());

    assertThat(events).filteredOn(e -> e.type() == MeshEventType.SNAPSHOT_PUBLISHED).singleElement()
        .satisfies(e -> assertThat(e.time()).isAfter(committedAt));
    assertThat(observability.observe(Orders.product().outputPort("orders").orElseThrow()).lastPublished())
        .hasValue(committedAt);
    assertThat(observability.activity.lastPublished(Orders.PORT)).hasValue(committedAt);
  }
}
