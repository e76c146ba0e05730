package io.datamesh.core.quality;

import static io.datamesh.core.quality.Vectors.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.Operator;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.Threshold;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.quality.CheckResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuarantineTest {
  private final BufferAllocator allocator = allocator();
  private final Contract contract = Contracts.withRules(List.of(QualityRule.builder()
      .setMetric(QualityMetric.ROW_COUNT).setThreshold(Threshold.of(Operator.MUST_BE_GREATER_OR_EQUAL_TO, 4))
      .setId("enough_rows").build()));

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  private VectorSchemaRoot batch() {
    return root(strings(allocator, "order_id", "A", "A", "C", "D"),
        strings(allocator, "email", "a@x.io", "b@x.io", null, "d@x.io"),
        ints(allocator, "qty", 1, 2, 3, 4), strings(allocator, "status", "s", "s", "s", "s"));
  }

  private static QualitySettings quarantine(double max) {
    return QualitySettings.builder().setQuarantine(QuarantineMode.QUARANTINE).setMaxQuarantinedPercent(max).build();
  }

  @Test
  void bad_rows_go_to_the_quarantine_with_the_checks_they_broke_and_good_rows_are_published() {
    QualityPass pass = QualityEngine.forContract(contract, "orders", quarantine(50)).start();
    List<String> goodIds = new ArrayList<>();
    List<String> badIds = new ArrayList<>();
    List<List<?>> violations = new ArrayList<>();
    try (VectorSchemaRoot b = batch()) {
      BatchVerdict v = pass.accept(b);
      assertThat(v.badRowCount()).isEqualTo(2);
      try (QuarantineSplit split = v.split(b, allocator)) {
        VarCharVector good = (VarCharVector) split.good().getVector("order_id");
        for (int i = 0; i < split.good().getRowCount(); i++) {
          goodIds.add(good.getObject(i).toString());
        }
        VarCharVector bad = (VarCharVector) split.bad().getVector("order_id");
        ListVector why = (ListVector) split.bad().getVector(QuarantineSplit.VIOLATIONS_COLUMN);
        for (int i = 0; i < split.bad().getRowCount(); i++) {
          badIds.add(bad.getObject(i).toString());
          violations.add(why.getObject(i));
        }
        assertThat(split.bad().getSchema().getFields()).hasSize(5);
      }
      assertThat(b.getRowCount()).as("the input batch is untouched").isEqualTo(4);
    }
    assertThat(goodIds).containsExactly("A", "D");
    assertThat(badIds).containsExactly("A", "C");
    assertThat(violations.get(0).toString()).contains("orders__order_id__field_primary_key_unique");
    assertThat(violations.get(1).toString()).contains("orders__email__field_required");
    QualityOutcome o = pass.finish();
    assertThat(o.gate().accepted()).isTrue();
    assertThat(o.report().publishedRowCount()).isEqualTo(2);
    assertThat(o.report().quarantinedRowCount()).isEqualTo(2);
    CheckResult unique = o.report().check("orders__order_id__field_primary_key_unique").orElseThrow();
    assertThat(unique.outcome()).isEqualTo(CheckOutcome.WARNING);
    assertThat(unique.reason()).contains("quarantined");
    CheckResult rows = o.report().check("enough_rows").orElseThrow();
    assertThat(rows.outcome()).as("dataset rules gate on all rows").isEqualTo(CheckOutcome.PASSED);
    assertThat(rows.reason()).contains("On the 2 published rows: 2 (fails)");
    assertThat(o.report().check("orders__quarantine_percent").orElseThrow().outcome())
        .isEqualTo(CheckOutcome.PASSED);
  }

  @Test
  void good_and_bad_rows_can_land_in_two_allocators_and_be_taken_by_a_consumer_that_closes_them() {
    QualityPass pass = QualityEngine.forContract(contract, "orders", quarantine(100)).start();
    try (BufferAllocator snapshot = allocator.newChildAllocator("snapshot", 0, Long.MAX_VALUE);
         BufferAllocator quarantined = allocator.newChildAllocator("quarantine", 0, Long.MAX_VALUE);
         VectorSchemaRoot b = batch()) {
      BatchVerdict v = pass.accept(b);
      try (QuarantineSplit split = v.split(b, snapshot, quarantined)) {
        assertThat(split.good().getVector("order_id").getAllocator()).isSameAs(snapshot);
        assertThat(split.bad().getVector("order_id").getAllocator()).isSameAs(quarantined);
        assertThat(quarantined.getAllocatedMemory()).isPositive();
        split.good().close();
        split.bad().close();
      }
      assertThat(snapshot.getAllocatedMemory()).isZero();
      assertThat(quarantined.getAllocatedMemory()).isZero();
    }
  }

  @Test
  void above_the_quarantine_ceiling_the_whole_snapshot_is_rejected() {
    QualityOutcome o = QualityEngineTest.run(contract, quarantine(5), batch());
    assertThat(o.gate().accepted()).isFalse();
    assertThat(o.gate().blockingChecks()).containsExactly("orders__quarantine_percent");
    assertThat(o.gate().reason()).contains("50%").contains("ceiling is 5.0%");
  }

  @Test
  void without_quarantine_the_same_rows_reject_the_snapshot() {
    QualityOutcome o = QualityEngineTest.run(contract, QualitySettings.defaults(), batch());
    assertThat(o.gate().accepted()).isFalse();
    assertThat(o.report().quarantinedRowCount()).isZero();
    assertThat(o.gate().blockingChecks()).contains("orders__order_id__field_primary_key_unique",
        "orders__email__field_required");
  }

  @Test
  void duplicates_across_batches_are_quarantined_keep_first() {
    QualityPass pass = QualityEngine.forContract(contract, "orders", quarantine(100)).start();
    try (VectorSchemaRoot one = root(strings(allocator, "order_id", "A"), strings(allocator, "email", "a@x.io"),
        ints(allocator, "qty", 1), strings(allocator, "status", "s"));
         VectorSchemaRoot two = root(strings(allocator, "order_id", "B", "A"), strings(allocator, "email", "b@x.io",
             "c@x.io"), ints(allocator, "qty", 1, 1), strings(allocator, "status", "s", "s"))) {
      assertThat(pass.accept(one).badRowCount()).isZero();
      BatchVerdict v = pass.accept(two);
      assertThat(v.isBad(0)).isFalse();
      assertThat(v.isBad(1)).isTrue();
      assertThat(v.firstRow()).isEqualTo(1);
      assertThat(v.brokenChecks(1)).containsExactly("orders__order_id__field_primary_key_unique");
    }
  }

  @Test
  void a_clean_batch_is_shared_into_the_good_side_without_a_copy() {
    QualityPass pass = QualityEngine.forContract(contract, "orders", quarantine(5)).start();
    try (VectorSchemaRoot b = root(strings(allocator, "order_id", "A", "B"), strings(allocator, "email", "a@x.io",
        "b@x.io"), ints(allocator, "qty", 1, 2), strings(allocator, "status", "s", "s"))) {
      BatchVerdict v = pass.accept(b);
      long before = allocator.getAllocatedMemory();
      try (QuarantineSplit split = v.split(b, allocator)) {
        assertThat(split.good().getRowCount()).isEqualTo(2);
        assertThat(split.bad().getRowCount()).isZero();
        assertThat(split.good().getVector("email").getObject(1).toString()).isEqualTo("b@x.io");
        assertThat(allocator.getAllocatedMemory() - before).as("only the empty _violations column is new")
            .isLessThan(before);
      }
    }
  }
}
