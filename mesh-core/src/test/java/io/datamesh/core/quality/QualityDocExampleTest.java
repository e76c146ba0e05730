package io.datamesh.core.quality;

import static io.datamesh.core.quality.Vectors.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.Operator;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.Threshold;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** The examples of docs/quality.md, run as written. */
class QualityDocExampleTest {
  @Test
  void the_first_run_of_the_quality_guide_works_as_documented() {
    try (BufferAllocator allocator = allocator();
         VectorSchemaRoot batch = root(strings(allocator, "order_id", "A", "B"),
             strings(allocator, "email", "a@x.io", "not-an-email"))) {
      Contract contract = Contract.builder().setId("orders-contract").setVersion("1.0.0")
          .addSchemaObject(SchemaObject.builder("orders")
              .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING).setPrimaryKey(true).build())
              .addProperty(SchemaProperty.builder("email", LogicalType.STRING).setRequired(true)
                  .setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat("email").build()).build())
              .addQualityRule(QualityRule.builder().setMetric(QualityMetric.ROW_COUNT)
                  .setThreshold(Threshold.of(Operator.MUST_BE_GREATER_THAN, 0)).setId("has_rows").build())
              .build())
          .build();

      QualityEngine engine = QualityEngine.forContract(contract, "orders", QualitySettings.defaults());
      QualityPass pass = engine.start();
      BatchVerdict verdict = pass.accept(batch);
      QualityOutcome outcome = pass.finish();
      String json = QualityReports.toJson(outcome.report());
      String junit = QualityReports.toJunitXml(outcome.report());

      assertThat(verdict.brokenChecks(1)).containsExactly("orders__email__field_format");
      assertThat(json).contains("\"field_format\"");
      assertThat(junit).contains("<failure");
      assertThatThrownBy(() -> outcome.gate().throwIfRejected()).isInstanceOf(MeshException.class)
          .hasMessageContaining("orders__email__field_format");

      QualitySettings settings = QualitySettings.builder().setQuarantine(QuarantineMode.QUARANTINE)
          .setMaxQuarantinedPercent(50.0).build();
      QualityPass quarantining = QualityEngine.forContract(contract, "orders", settings).start();
      BatchVerdict v = quarantining.accept(batch);
      try (QuarantineSplit split = v.split(batch, allocator)) {
        assertThat(split.good().getRowCount()).isEqualTo(1);
        assertThat(split.bad().getRowCount()).isEqualTo(1);
      }
      assertThat(quarantining.finish().gate().accepted()).isTrue();
    }
  }
}
