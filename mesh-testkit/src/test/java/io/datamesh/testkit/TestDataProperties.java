package io.datamesh.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.contract.Contract;
import io.datamesh.testkit.jqwik.MeshArbitraries;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.arrow.vector.VectorSchemaRoot;

class TestDataProperties {
  private static final Contract ALL_TYPES = Fixtures.allTypes();

  @Property(tries = 200)
  void rows_built_into_a_batch_read_back_as_the_values_put_in(@ForAll("allTypes") List<List<Object>> rows) {
    TestData data = TestData.of(ALL_TYPES).rows(rows);
    List<Map<String, Object>> read;
    try (LeakCheck leaks = LeakCheck.create("round trip");
        VectorSchemaRoot batch = data.build(leaks.allocator())) {
      read = Rows.of(batch);
    }

    assertThat(read).hasSize(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      assertThat(read.get(r).values()).as("row %s", r + 1).containsExactlyElementsOf(rows.get(r));
    }
  }

  @Provide
  Arbitrary<List<List<Object>>> allTypes() {
    return MeshArbitraries.rowsFor(ALL_TYPES, "all_types").ofMaxSize(20);
  }
}
