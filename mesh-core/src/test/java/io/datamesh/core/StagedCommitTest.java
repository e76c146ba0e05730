package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.arrow.ExtraColumns;
import io.datamesh.arrow.snapshot.PublishStats;
import io.datamesh.arrow.snapshot.SnapshotDraft;
import io.datamesh.arrow.snapshot.SnapshotPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The commit of a transform run's staged outputs, on a real data plane: all of them become current, or none. */
class StagedCommitTest {
  private final DataProduct product = Products.product("pair", "1.0.0", DomainKind.SOURCE_ALIGNED)
      .addOutputPort(OutputPort.builder("a").setContract(Orders.contract()))
      .addOutputPort(OutputPort.builder("b").setContract(Orders.contract()))
      .build();
  private final PortAddress a = product.outputPort("a").orElseThrow().address();
  private final PortAddress b = product.outputPort("b").orElseThrow().address();
  private final BufferAllocator root = new RootAllocator();
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final LockWatchingClock clock = new LockWatchingClock();
  private final DataPlane plane = new DataPlane(Mesh.builder().setAllocator(root).setClock(clock),
      p -> product.outputPort(p.name()), events::add);

  {
    clock.lock = plane.commitLock;
  }
  private final RunPlane runs = new MeshRunPlane(plane);
  private final UUID runId = UUID.randomUUID();

  @AfterEach
  void no_leak() {
    plane.close(Duration.ZERO);
    root.close(); // throws on any leaked byte
  }

  private RunPlane.Staged stage(PortAddress port, long start) {
    return runs.stage(port, Orders.batch(root, start, 5), runId);
  }

  private List<MeshEventType> eventsOf(PortAddress port) {
    return events.stream().filter(e -> e.port().equals(Optional.of(port))).map(MeshEvent::type).toList();
  }

  private Optional<PublishLedger.Failure> failure(PortAddress port) {
    synchronized (plane.commitLock) {
      return plane.ledger.failure(port);
    }
  }

  @Test
  void a_run_whose_second_output_cannot_commit_makes_neither_current_and_records_a_failure_for_each() {
    RunPlane.Staged first = stage(a, 0);
    RunPlane.Staged second = stage(b, 100);
    second.close(); // discarded before the commit: the second output cannot commit

    assertThatThrownBy(() -> runs.commit(List.of(first, second), runId)).isInstanceOf(MeshException.class)
        .hasMessageContaining(b + " was already committed or discarded");

    assertThat(plane.store.currentId(a.toString())).as("no output of the run is current").isEmpty();
    assertThat(plane.store.currentId(b.toString())).isEmpty();
    assertThat(failure(a)).hasValueSatisfying(f -> {
      assertThat(f.failure().status()).isEqualTo(MeshStatus.ABORTED);
      assertThat(f.failure().reason()).contains("output " + a + " of run " + runId + " was not committed");
    });
    assertThat(failure(b)).hasValueSatisfying(f ->
        assertThat(f.failure().status()).isEqualTo(MeshStatus.FAILED_PRECONDITION));
    assertThat(eventsOf(a)).containsExactly(MeshEventType.PUBLISH_FAILED);
    assertThat(eventsOf(b)).containsExactly(MeshEventType.PUBLISH_FAILED);
    assertThat(events).allSatisfy(e -> assertThat(e.attributes()).containsEntry("runId", runId.toString()));

    first.close(); // what the run does with outputs it could not commit: their writer slots are free again
    RunPlane.Staged again = stage(a, 0);
    assertThat(runs.commit(List.of(again), runId)).containsEntry(a, 1L);
  }

  /**
   * Appends one batch and then frees its last buffer behind the draft's back, so discarding the draft throws (the
   * second release of that buffer) before it closes its allocator; then fails if asked to. Nothing leaks: the
   * buffer is freed once, and {@link #cleanUp} closes the allocator the draft could not.
   */
  private static final class Breaking implements Publishing.Source {
    private final boolean fail;
    private @org.jspecify.annotations.Nullable BufferAllocator allocator;

    Breaking(boolean fail) {
      this.fail = fail;
    }

    @Override
    public PublishStats into(SnapshotDraft draft, ExtraColumns extra) {
      allocator = draft.allocator();
      VectorSchemaRoot batch = Orders.batch(allocator, 0, 5);
      ArrowBuf last = ((VarCharVector) batch.getVector("region")).getDataBuffer();
      draft.append(batch);
      assertThat(last.refCnt()).as("the draft holds the only reference").isEqualTo(1);
      last.getReferenceManager().release();
      if (fail) {
        throw new IllegalStateException("copying the last batch failed");
      }
      return new PublishStats(5, 1, 0, List.of(), List.of());
    }

    @Override
    public void close() {}

    void cleanUp() {
      assertThat(allocator).isNotNull();
      assertThat(allocator.getAllocatedMemory()).isZero();
      allocator.close();
    }
  }

  /** Publishes to the port only if no writer holds it (a held slot fails fast instead of blocking). */
  private long publishNow(PortAddress port) {
    var batch = Orders.batch(root, 0, 3);
    return plane.publishing.publish(port, Publishing.source(batch, r -> r,
        (d, x) -> SnapshotPublisher.publish(batch, d, x)), OptionalLong.of(0)).snapshotId();
  }

  @Test
  void a_staged_output_whose_draft_fails_to_free_still_frees_the_port_for_the_next_publish() {
    Breaking source = new Breaking(false);
    Publishing.Staged staged = plane.publishing.stage(a, source, runId);

    assertThatThrownBy(staged::close).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RefCnt has gone negative");
    source.cleanUp();

    assertThat(publishNow(a)).isEqualTo(1);
  }

  @Test
  void a_stage_that_fails_and_cannot_free_its_draft_still_frees_the_port_and_reports_both_failures() {
    Breaking source = new Breaking(true);

    assertThatThrownBy(() -> plane.publishing.stage(a, source, runId)).isInstanceOf(MeshException.class)
        .hasMessageContaining("copying the last batch failed")
        .satisfies(e -> assertThat(e.getCause().getSuppressed()).singleElement().satisfies(d ->
            assertThat(d).hasMessageContaining("RefCnt has gone negative")));
    source.cleanUp();

    assertThat(publishNow(a)).isEqualTo(1);
    assertThat(eventsOf(a)).startsWith(MeshEventType.PUBLISH_FAILED);
  }

  @Test
  void a_discarded_output_records_no_report_so_the_latest_report_stays_the_current_snapshots() {
    publishNow(a);
    var published = plane.quality.store().latest(a.toString()).orElseThrow();

    stage(a, 100).close(); // accepted by the gate, then discarded: another output of its run failed

    assertThat(plane.quality.store().latest(a.toString())).containsSame(published);
    assertThat(plane.quality.store().history(a.toString())).hasSize(1);
    assertThat(plane.store.currentId(a.toString())).hasValue(1);
  }

  /** A fixed clock that notes every call made while holding the commit lock: user code must not run under it. */
  private static final class LockWatchingClock extends Clock {
    private volatile Object lock = new Object();
    private final List<String> underLock = new CopyOnWriteArrayList<>();

    @Override
    public Instant instant() {
      if (Thread.holdsLock(lock)) {
        underLock.add(String.valueOf(StackWalker.getInstance().walk(f -> f.skip(1).findFirst()).orElseThrow()));
      }
      return Instant.parse("2025-01-01T00:00:00Z");
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the test clock stays in UTC");
    }
  }

  @Test
  void rejected_and_failed_publishes_read_the_clock_before_taking_the_commit_lock() {
    VectorSchemaRoot nullId = Orders.batch(root, 0, 5);
    ((BigIntVector) nullId.getVector("id")).setNull(0);
    assertThatThrownBy(() -> runs.stage(a, nullId, runId)).isInstanceOfSatisfying(MeshException.class,
        e -> assertThat(e.status()).isEqualTo(MeshStatus.QUALITY_GATE_FAILED));
    Breaking failing = new Breaking(true);
    assertThatThrownBy(() -> plane.publishing.stage(b, failing, runId)).isInstanceOf(MeshException.class);
    failing.cleanUp();

    assertThat(failure(a)).isPresent();
    assertThat(failure(b)).isPresent();
    assertThat(clock.underLock).isEmpty();
  }
}
