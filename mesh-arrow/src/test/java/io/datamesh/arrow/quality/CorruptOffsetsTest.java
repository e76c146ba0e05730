package io.datamesh.arrow.quality;

import static io.datamesh.arrow.quality.Batches.allocator;
import static io.datamesh.arrow.quality.Batches.root;
import static io.datamesh.arrow.quality.Batches.strings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A text column whose middle offsets are corrupt (as a hostile IPC file can deliver them) is refused by every text
 * kernel with a clear error before any byte is read by address: never a read outside the buffer, never a crash.
 */
class CorruptOffsetsTest {
  private final BufferAllocator allocator = allocator();

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  static Stream<Consumer<ScanPlanBuilder>> kernels() {
    return Stream.of(
        b -> b.addKey("unique", List.of("s")),
        b -> b.addStatistics("s", true),
        b -> b.addCondition("c", Condition.length("s", OptionalLong.of(1), OptionalLong.of(9))),
        b -> b.addCondition("c", Condition.pattern("s", "^.*@.*\\..*$")),
        b -> b.addCondition("c", Condition.validValues("s", List.of("aa", "bb"))));
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void a_middle_offset_past_the_data_buffer_is_refused(Consumer<ScanPlanBuilder> kernel) {
    corrupt(kernel, 1, 100_000);
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void a_decreasing_offset_is_refused(Consumer<ScanPlanBuilder> kernel) {
    corrupt(kernel, 2, 1);
  }

  private void corrupt(Consumer<ScanPlanBuilder> kernel, int index, int offset) {
    ScanPlanBuilder plan = ScanPlan.builder();
    kernel.accept(plan);
    Scan scan = plan.build().start();
    try (VectorSchemaRoot r = root(strings(allocator, "s", "aa", "bb", "cc", "dd"))) {
      VarCharVector v = (VarCharVector) r.getVector("s");
      v.getOffsetBuffer().setInt((long) index * 4, offset); // first (0) and last (8) offsets stay plausible
      assertThat(error(scan, r)).contains("column 's'").contains("corrupt");
    }
  }

  @ParameterizedTest
  @MethodSource("nestedKernels")
  void a_corrupt_nested_text_column_is_refused_naming_its_path(Consumer<ScanPlanBuilder> kernel) {
    ScanPlanBuilder plan = ScanPlan.builder();
    kernel.accept(plan);
    Scan scan = plan.build().start();
    StructVector address = StructVector.empty("address", allocator);
    VarCharVector zip = address.addOrGet("zip", FieldType.nullable(ArrowType.Utf8.INSTANCE), VarCharVector.class);
    address.allocateNew();
    for (int r = 0; r < 4; r++) {
      zip.setSafe(r, ("z" + r).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      address.setIndexDefined(r);
    }
    address.setNull(3); // a null parent: the scan reads the child through a view with the combined validity
    address.setValueCount(4);
    try (VectorSchemaRoot r = root(address)) {
      zip.getOffsetBuffer().setInt(4, 100_000);
      assertThat(error(scan, r)).contains("corrupt").contains("address.zip");
    }
  }

  /** The scan's refusal: a condition reports it as check {@code c}'s error, keys and statistics throw it. */
  private static String error(Scan scan, VectorSchemaRoot batch) {
    try {
      scan.accept(batch);
      return scan.result().error("c").orElse("no error");
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  static Stream<Consumer<ScanPlanBuilder>> nestedKernels() {
    return Stream.of(
        b -> b.addCondition("c", Condition.length("address.zip", OptionalLong.of(1), OptionalLong.of(9))),
        b -> b.addCondition("c", Condition.pattern("address.zip", "^z.*$")));
  }
}
