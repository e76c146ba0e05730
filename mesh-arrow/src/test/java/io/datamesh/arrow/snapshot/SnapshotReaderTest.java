package io.datamesh.arrow.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.arrow.ExtraColumns;
import io.datamesh.arrow.Tables;
import io.datamesh.arrow.filter.RowFilter;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {
  private final BufferAllocator root = new RootAllocator();
  private final SnapshotStore store = SnapshotStore.inMemory(root, 2);

  @BeforeEach
  void publish_three_batches() {
    int[] n = {0};
    try (SnapshotDraft d = store.newDraft("orders", Tables.ordersSchema())) {
      SnapshotPublisher.publish(() -> n[0] < 3 ? Optional.of(Tables.orders(root, 100L * n[0]++, 100))
          : Optional.empty(), d, ExtraColumns.REJECT);
      d.commit();
    }
  }

  @AfterEach
  void no_leak() {
    store.close();
    root.close();
  }

  private SnapshotReader open(List<String> columns, Optional<RowFilter> filter) {
    return SnapshotReader.open(store.acquire("orders").orElseThrow(),
        root.newChildAllocator("read", 0, Long.MAX_VALUE), columns, filter);
  }

  @Test
  void a_projection_serves_the_named_columns_in_order_without_copying_values() throws Exception {
    long snapshotBytes = root.getAllocatedMemory();
    try (ArrowReader r = open(List.of("note", "id"), Optional.empty())) {
      VectorSchemaRoot out = r.getVectorSchemaRoot();
      assertThat(out.getSchema().getFields()).extracting(f -> f.getName()).containsExactly("note", "id");
      long rows = 0;
      long sum = 0;
      while (r.loadNextBatch()) {
        rows += out.getRowCount();
        sum += Tables.sumIds(List.of(out));
        assertThat(root.getAllocatedMemory()).as("no value copied").isLessThan(snapshotBytes + 8 * 1024);
      }
      assertThat(rows).isEqualTo(300);
      assertThat(sum).isEqualTo(299L * 300 / 2);
    }
  }

  @Test
  void a_filter_serves_only_the_passing_rows() throws Exception {
    RowFilter even = new RowFilter() {
      @Override
      public List<String> columns() {
        return List.of("id");
      }

      @Override
      public int select(VectorSchemaRoot batch, int[] selection) {
        BigIntVector id = (BigIntVector) batch.getVector("id");
        int n = 0;
        for (int i = 0; i < batch.getRowCount(); i++) {
          if (id.get(i) % 2 == 0 && id.get(i) < 150) {
            selection[n++] = i;
          }
        }
        return n;
      }
    };
    try (ArrowReader r = open(List.of("note"), Optional.of(even))) {
      long rows = 0;
      while (r.loadNextBatch()) {
        rows += r.getVectorSchemaRoot().getRowCount();
      }
      assertThat(rows).isEqualTo(75);
    }
  }

  @Test
  void a_reader_closed_early_releases_its_lease_and_memory() throws Exception {
    ArrowReader r = open(List.of(), Optional.empty());
    assertThat(r.loadNextBatch()).isTrue();
    r.close();
    assertThat(root.getChildAllocators()).extracting(BufferAllocator::getName).containsExactly("snapshots");
  }

  @Test
  void a_retired_snapshot_is_served_to_the_end_by_a_reader_that_holds_it() throws Exception {
    try (ArrowReader r = open(List.of("id"), Optional.empty())) {
      for (int i = 0; i < 2; i++) {
        try (SnapshotDraft d = store.newDraft("orders", Tables.ordersSchema())) {
          d.append(Tables.orders(d.allocator(), 0, 1));
          d.commit();
        }
      }
      long rows = 0;
      while (r.loadNextBatch()) {
        rows += r.getVectorSchemaRoot().getRowCount();
      }
      assertThat(rows).isEqualTo(300);
    }
  }

  @Test
  void an_unknown_column_is_named_and_nothing_leaks() {
    assertThatThrownBy(() -> open(List.of("id", "nope"), Optional.empty()))
        .hasMessageContaining("column 'nope'").hasMessageContaining("[id, amount, note]");
  }
}
