package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.PortAddress;
import io.datamesh.core.observe.MeshMetrics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/**
 * Once a publish made its snapshot current, nothing after it may turn it into a failed publish: a user clock that
 * throws when the SNAPSHOT_PUBLISHED event is stamped loses that event (logged), not the publish.
 */
class LostEventAfterCommitTest {
  /** Throws on the first reading after {@link #arm}. */
  private static final class ArmedClock extends Clock {
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicBoolean fired = new AtomicBoolean();

    void arm() {
      armed.set(true);
    }

    @Override
    public Instant instant() {
      if (armed.compareAndSet(true, false)) {
        fired.set(true);
        throw new IllegalStateException("the clock's time source is down");
      }
      return Instant.parse("2026-01-01T00:00:00Z");
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void a_clock_failing_after_the_commit_loses_the_event_not_the_publish() {
    ArmedClock clock = new ArmedClock();
    MeshMetrics metrics = new MeshMetrics() {
      @Override
      public void quarantined(PortAddress port, long rows) { // QUALITY_CHECKED of a committed snapshot
        clock.arm(); // the next reading stamps SNAPSHOT_PUBLISHED
      }
    };
    try (RootAllocator leakCheck = new RootAllocator();
        Mesh mesh = Mesh.builder().setClock(clock).setAllocator(leakCheck).setMetrics(metrics).build()) {
      mesh.register(Orders.product());
      PublishResult result = mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));

      assertThat(clock.fired).as("the clock failed after the commit").isTrue();
      assertThat(result.snapshotId()).isEqualTo(1);
      assertThat(mesh.currentSnapshotId(Orders.PORT)).hasValue(1);
      assertThat(mesh.observe(Orders.PORT).lastFailure()).as("no failure recorded for a current snapshot").isEmpty();
    }
  }
}
