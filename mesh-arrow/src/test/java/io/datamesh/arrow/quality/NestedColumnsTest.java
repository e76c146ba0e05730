package io.datamesh.arrow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.complex.impl.UnionListWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Paths into Struct columns: lists and decimals under a struct, missing paths, and the view's memory. */
class NestedColumnsTest {
  private final BufferAllocator allocator = Batches.allocator();

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  /**
   * a struct{xs list<int>, d decimal(10,2)} over 4 rows: row 1's struct is null while its slots hold 3 items and
   * 9.00 (which would break both rules); row 2 has 2 items and 7.50; rows 0 and 3 are fine.
   */
  private VectorSchemaRoot batch() {
    StructVector a = StructVector.empty("a", allocator);
    ListVector xs = a.addOrGet("xs", FieldType.nullable(ArrowType.List.INSTANCE), ListVector.class);
    DecimalVector d = a.addOrGet("d", FieldType.nullable(new ArrowType.Decimal(10, 2, 128)), DecimalVector.class);
    a.allocateNew();
    UnionListWriter w = xs.getWriter();
    int[] items = {1, 3, 2, 0};
    String[] decimals = {"1.00", "9.00", "7.50", "2.25"};
    for (int r = 0; r < 4; r++) {
      w.setPosition(r);
      w.startList();
      for (int k = 0; k < items[r]; k++) {
        w.integer().writeInt(k);
      }
      w.endList();
      d.setSafe(r, new BigDecimal(decimals[r]));
      if (r == 1) {
        a.setNull(r);
      } else {
        a.setIndexDefined(r);
      }
    }
    a.setValueCount(4);
    return Batches.root(Batches.ints(allocator, "id", 0, 1, 2, 3), a);
  }

  private static List<Integer> rows(BatchViolations v, String id) {
    List<Integer> out = new ArrayList<>();
    for (int i = v.nextViolation(id, 0); i >= 0; i = v.nextViolation(id, i + 1)) {
      out.add(i);
    }
    return out;
  }

  @Test
  void lists_and_decimals_under_a_null_struct_are_absent_for_every_rule() {
    ScanPlan plan = ScanPlan.builder()
        .addCondition("few", Condition.items("a.xs", OptionalLong.empty(), OptionalLong.of(1)))
        .addCondition("small", Condition.atMost("a.d", new BigDecimal("5"), true))
        .addCondition("d_null", Condition.notNull("a.d"))
        .addCondition("d_required", Condition.requiredWithinParent("a.d"))
        .addStatistics("a.d", true)
        .build();
    try (VectorSchemaRoot root = batch()) {
      long before = allocator.getAllocatedMemory();
      Scan scan = plan.start();
      BatchViolations v = scan.accept(root);
      assertThat(allocator.getAllocatedMemory()).as("views are freed with the batch").isEqualTo(before);
      assertThat(rows(v, "few")).containsExactly(2);
      assertThat(rows(v, "small")).containsExactly(2);
      assertThat(rows(v, "d_null")).containsExactly(1);
      assertThat(rows(v, "d_required")).isEmpty();
      ScanResult r = scan.result();
      assertThat(r.statistics().get("a.d").nulls()).isEqualTo(1);
      assertThat(r.statistics().get("a.d").max()).contains(new BigDecimal("7.50"));
      assertThat(r.statistics().get("a.d").distinct()).hasValue(3);
      // the batch itself is untouched: the child still says row 1 holds 9.00
      StructVector a = (StructVector) root.getVector("a");
      assertThat(BitVectorHelper.get(a.getChild("d").getValidityBuffer(), 1)).isEqualTo(1);
    }
  }

  @Test
  void a_path_that_is_not_in_the_batch_is_an_error_of_its_rule_and_paths_resolve_through_structs() {
    try (VectorSchemaRoot root = batch()) {
      Scan scan = ScanPlan.builder().addCondition("c", Condition.notNull("a.nope")).addCondition("t",
          Condition.notNull("id.x")).build().start();
      scan.accept(root);
      assertThat(scan.result().error("c")).hasValueSatisfying(m -> assertThat(m).contains("'a.nope'"));
      assertThat(scan.result().error("t")).isPresent();
      FieldVector d = ColumnPaths.find(root, "a.d");
      assertThat(d).isNotNull();
      assertThat(d.getName()).isEqualTo("d");
      assertThat(ColumnPaths.find(root, "a.nope")).isNull();
      assertThat(ColumnPaths.isNull(root, "a.d", 1)).isTrue();
      assertThat(ColumnPaths.isNull(root, "a.d", 2)).isFalse();
      assertThat(ColumnPaths.isNull(root, "id", 0)).isFalse();
    }
  }
}
