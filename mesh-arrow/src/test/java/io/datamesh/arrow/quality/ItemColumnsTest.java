package io.datamesh.arrow.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.complex.impl.UnionListWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Item paths through real Arrow lists: under a null struct, corrupt offsets, and what stays unsupported. */
class ItemColumnsTest {
  private final BufferAllocator allocator = Batches.allocator();

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  private VectorSchemaRoot tags(String... middle) {
    return Batches.root(Batches.stringLists(allocator, "tags", Batches.list("a", "bb"),
        Batches.list(middle), Batches.list(), null, Batches.list("dddd")));
  }

  @Test
  void a_row_breaks_an_item_rule_when_any_item_breaks_it() {
    Scan scan = ScanPlan.builder().addCondition("len", Condition.length("tags[]",
        java.util.OptionalLong.empty(), java.util.OptionalLong.of(2))).build().start();
    try (VectorSchemaRoot r = tags("ccc", "c")) {
      BatchViolations v = scan.accept(r);
      assertThat(v.nextViolation("len", 0)).isEqualTo(1);
      assertThat(v.nextViolation("len", 2)).isEqualTo(4);
      assertThat(scan.result().violationCounts()).containsEntry("len", 2L);
      assertThat(ColumnPaths.itemValues(r, "tags[]", 1)).hasToString("[ccc, c]");
      assertThat(ColumnPaths.itemValues(r, "tags[]", 3)).isEmpty();
      assertThat(ColumnPaths.isNull(r, "tags[]", 3)).isTrue();
      assertThat(ColumnPaths.isNull(r, "tags[]", 2)).isFalse();
    }
  }

  @Test
  void a_middle_list_offset_that_decreases_is_refused_with_the_column() {
    Scan scan = ScanPlan.builder().addCondition("c", Condition.pattern("tags[]", "^a")).build().start();
    try (VectorSchemaRoot r = tags("c", "cc")) {
      ((ListVector) r.getVector("tags")).getOffsetBuffer().setInt(2 * 4, 0);
      scan.accept(r);
      assertThat(scan.result().error("c").orElse("no error")).contains("list column 'tags'")
          .contains("index 2").contains("corrupt");
    }
  }

  @Test
  void a_last_list_offset_past_the_items_is_refused_before_any_item_is_read() {
    Scan scan = ScanPlan.builder().addCondition("c", Condition.atMost("tags[]", BigDecimal.ONE, true))
        .addCondition("n", Condition.notNull("tags[]")).build().start();
    try (VectorSchemaRoot r = tags("c")) {
      ((ListVector) r.getVector("tags")).getOffsetBuffer().setInt(5 * 4, 1_000_000);
      scan.accept(r);
      assertThat(scan.result().error("n").orElse("no error")).contains("list column 'tags'")
          .contains("1000000").contains("outside its 4 items");
    }
  }

  @Test
  void items_of_a_list_under_a_null_struct_break_nothing() {
    StructVector address = StructVector.empty("address", allocator);
    ListVector floors = address.addOrGetList("floors");
    address.allocateNew();
    UnionListWriter w = floors.getWriter();
    for (int r = 0; r < 3; r++) {
      w.setPosition(r);
      w.startList();
      w.writeInt(r == 0 ? 1 : 99);
      w.endList();
    }
    floors.setValueCount(3);
    address.setIndexDefined(0);
    address.setNull(1); // its floors slot still holds 99
    address.setIndexDefined(2);
    address.setValueCount(3);
    Scan scan = ScanPlan.builder().addCondition("max", Condition.atMost("address.floors[]", BigDecimal.TEN, true))
        .addCondition("req", Condition.requiredWithinParent("address.floors[]")).build().start();
    try (VectorSchemaRoot r = Batches.root(address)) {
      BatchViolations v = scan.accept(r);
      assertThat(v.nextViolation("max", 0)).isEqualTo(2);
      assertThat(v.nextViolation("max", 3)).isEqualTo(-1);
      assertThat(v.nextViolation("req", 0)).isEqualTo(-1);
      assertThat(ColumnPaths.itemValues(r, "address.floors[]", 1)).isEmpty();
      assertThat(ColumnPaths.itemValues(r, "address.floors[]", 2)).containsExactly(99);
    }
  }

  @Test
  void keys_and_nested_arrays_inside_items_are_errors_that_say_so() {
    ListVector outer = ListVector.empty("m", allocator);
    outer.addOrGetVector(FieldType.nullable(ArrowType.List.INSTANCE));
    ((ListVector) outer.getDataVector()).addOrGetVector(FieldType.nullable(new ArrowType.Int(32, true)));
    outer.setValueCount(0);
    Scan scan = ScanPlan.builder().addKey("u", List.of("tags[]"))
        .addCondition("nested", Condition.notNull("m[][]"))
        .addCondition("absent", Condition.notNull("nope[]"))
        .build().start();
    try (VectorSchemaRoot r = Batches.root(Batches.stringLists(allocator, "tags", Batches.list("a")), outer)) {
      r.setRowCount(1);
      outer.setValueCount(1);
      scan.accept(r);
      ScanResult result = scan.result();
      assertThat(result.error("u").orElse("")).contains("inside array items").contains("keys");
      assertThat(result.error("nested").orElse("")).contains("arrays inside array items");
      assertThat(result.error("absent").orElse("")).contains("no list column holds the items 'nope[]'");
    }
    assertThatThrownBy(() -> {
      try (VectorSchemaRoot r = Batches.root(Batches.ints(allocator, "i", 1))) {
        ColumnPaths.itemValues(r, "i", 0);
      }
    }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a path into the items");
  }
}
