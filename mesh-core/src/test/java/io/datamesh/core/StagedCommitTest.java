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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
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
  private final DataPlane plane = new DataPlane(Mesh.builder().setAllocator(root),
      p -> product.outputPort(p.name()), events::add);
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
}
